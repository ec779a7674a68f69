-- The newsletter: people who asked for it (an email address and a language, no account needed),
-- for the platform (dialogue_id null) or for one dialogue, optionally with a stakeholder group.
-- An address is PENDING until it confirms (double opt-in), then CONFIRMED, UNSUBSCRIBED once it
-- stops; only CONFIRMED addresses get issues.
CREATE TABLE newsletter_subscriber (
    id                   BIGSERIAL PRIMARY KEY,
    email                VARCHAR(254) NOT NULL,
    language             VARCHAR(10)  NOT NULL,
    dialogue_id          BIGINT REFERENCES dialogue (id) ON DELETE CASCADE,
    stakeholder_group_id BIGINT,
    status               VARCHAR(12)  NOT NULL CHECK (status IN ('PENDING', 'CONFIRMED', 'UNSUBSCRIBED')),
    created_at           TIMESTAMPTZ  NOT NULL,
    confirmed_at         TIMESTAMPTZ,
    unsubscribed_at      TIMESTAMPTZ
);
CREATE UNIQUE INDEX newsletter_subscriber_address_idx
    ON newsletter_subscriber (lower(email), coalesce(dialogue_id, 0));
CREATE INDEX newsletter_subscriber_audience_idx ON newsletter_subscriber (dialogue_id, status, id);

-- What each step of a subscription showed and when: the sign-up, the confirmation and the
-- unsubscription, with the text shown (as rendered, in the language shown).
CREATE TABLE newsletter_consent (
    id            BIGSERIAL PRIMARY KEY,
    subscriber_id BIGINT       NOT NULL REFERENCES newsletter_subscriber (id) ON DELETE CASCADE,
    step          VARCHAR(12)  NOT NULL CHECK (step IN ('SIGNED_UP', 'CONFIRMED', 'UNSUBSCRIBED')),
    text_key      VARCHAR(100) NOT NULL,
    text_shown    TEXT         NOT NULL,
    language      VARCHAR(10)  NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL
);
CREATE INDEX newsletter_consent_subscriber_idx ON newsletter_consent (subscriber_id, id);

-- An issue written by a facilitator for their dialogue or by an admin for the platform
-- (dialogue_id null). Markdown source with its sanitised HTML, rendered once when saved.
-- DRAFT until sent; SENDING while the batch job works through the audience; SENT when done.
CREATE TABLE newsletter_issue (
    id                   BIGSERIAL PRIMARY KEY,
    dialogue_id          BIGINT REFERENCES dialogue (id) ON DELETE CASCADE,
    author_id            BIGINT       NOT NULL,
    subject              VARCHAR(200) NOT NULL,
    body_source          TEXT         NOT NULL,
    body_html            TEXT         NOT NULL,
    language             VARCHAR(10)  NOT NULL,
    stakeholder_group_id BIGINT,
    status               VARCHAR(10)  NOT NULL CHECK (status IN ('DRAFT', 'SENDING', 'SENT')),
    created_at           TIMESTAMPTZ  NOT NULL,
    updated_at           TIMESTAMPTZ  NOT NULL,
    sent_at              TIMESTAMPTZ,
    completed_at         TIMESTAMPTZ,
    recipient_count      INT
);
CREATE INDEX newsletter_issue_archive_idx ON newsletter_issue (dialogue_id, status, sent_at DESC);

-- One row per issue and subscriber it was queued for, written in the transaction that queues
-- the email: the primary key makes each subscriber get an issue once, however many batch
-- jobs run.
CREATE TABLE newsletter_delivery (
    issue_id      BIGINT      NOT NULL REFERENCES newsletter_issue (id) ON DELETE CASCADE,
    subscriber_id BIGINT      NOT NULL REFERENCES newsletter_subscriber (id) ON DELETE CASCADE,
    queued_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (issue_id, subscriber_id)
);
