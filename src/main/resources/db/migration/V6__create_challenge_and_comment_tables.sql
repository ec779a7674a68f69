-- Challenges: problems members raise in a dialogue, endorsed ("affects me too") and discussed.
-- The author's stakeholder group is kept as it was when they wrote, because "speaking as" and
-- the representation panel must show whom they spoke for then, even if their profile changes.
CREATE TABLE challenge (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dialogue_id       BIGINT       NOT NULL REFERENCES dialogue (id) ON DELETE CASCADE,
    author_id         BIGINT       NOT NULL REFERENCES account (id),
    author_group_id   BIGINT       NOT NULL REFERENCES stakeholder_group (id),
    title             VARCHAR(150) NOT NULL,
    body_source       TEXT         NOT NULL,
    body_html         TEXT         NOT NULL,
    status            VARCHAR(20)  NOT NULL DEFAULT 'OPEN',
    response_source   TEXT,
    response_html     TEXT,
    responded_by      BIGINT REFERENCES account (id),
    responded_at      TIMESTAMPTZ,
    merged_into_id    BIGINT REFERENCES challenge (id),
    merged_by         BIGINT REFERENCES account (id),
    merged_at         TIMESTAMPTZ,
    endorsement_count INT          NOT NULL DEFAULT 0,
    comment_count     INT          NOT NULL DEFAULT 0,
    form_token        VARCHAR(40),
    created_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    edited_at         TIMESTAMPTZ,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT challenge_status_valid
        CHECK (status IN ('OPEN', 'UNDER_DISCUSSION', 'ADDRESSED', 'OUT_OF_SCOPE', 'MERGED')),
    CONSTRAINT challenge_merged_has_target CHECK ((status = 'MERGED') = (merged_into_id IS NOT NULL)),
    CONSTRAINT challenge_not_merged_into_itself CHECK (merged_into_id IS NULL OR merged_into_id <> id),
    CONSTRAINT challenge_counts_valid CHECK (endorsement_count >= 0 AND comment_count >= 0),
    -- A double click or a reload posts once: one challenge per author and form token.
    CONSTRAINT challenge_form_token_unique UNIQUE (author_id, form_token)
);
CREATE INDEX challenge_newest_idx ON challenge (dialogue_id, id DESC);
CREATE INDEX challenge_endorsed_idx ON challenge (dialogue_id, endorsement_count DESC, id DESC);
CREATE INDEX challenge_discussed_idx ON challenge (dialogue_id, comment_count DESC, id DESC);
CREATE INDEX challenge_group_idx ON challenge (dialogue_id, author_group_id);

CREATE TABLE challenge_theme (
    challenge_id BIGINT NOT NULL REFERENCES challenge (id) ON DELETE CASCADE,
    theme_id     BIGINT NOT NULL REFERENCES theme (id),
    PRIMARY KEY (challenge_id, theme_id)
);
CREATE INDEX challenge_theme_theme_idx ON challenge_theme (theme_id, challenge_id);

-- "This affects me too": one per member and challenge.
CREATE TABLE challenge_endorsement (
    challenge_id BIGINT      NOT NULL REFERENCES challenge (id) ON DELETE CASCADE,
    account_id   BIGINT      NOT NULL REFERENCES account (id),
    group_id     BIGINT      NOT NULL REFERENCES stakeholder_group (id),
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (challenge_id, account_id)
);
CREATE INDEX challenge_endorsement_account_idx ON challenge_endorsement (account_id);

-- Earlier texts of an edited challenge, readable by anyone who can read the challenge.
CREATE TABLE challenge_revision (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    challenge_id BIGINT       NOT NULL REFERENCES challenge (id) ON DELETE CASCADE,
    title        VARCHAR(150) NOT NULL,
    body_source  TEXT         NOT NULL,
    body_html    TEXT         NOT NULL,
    written_at   TIMESTAMPTZ  NOT NULL,
    replaced_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX challenge_revision_challenge_idx ON challenge_revision (challenge_id, id);

-- Comments on anything that can be discussed: a challenge, a vision version, a paragraph.
-- (target_type, target_id) names the thing; target_anchor a part of it (a paragraph key, or
-- '' for the whole); target_version the version of it that was commented on, if it has any.
CREATE TABLE comment (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dialogue_id      BIGINT      NOT NULL REFERENCES dialogue (id) ON DELETE CASCADE,
    target_type      VARCHAR(20) NOT NULL,
    target_id        BIGINT      NOT NULL,
    target_anchor    VARCHAR(40) NOT NULL DEFAULT '',
    target_version   INT,
    parent_id        BIGINT REFERENCES comment (id),
    depth            INT         NOT NULL DEFAULT 0,
    author_id        BIGINT      NOT NULL REFERENCES account (id),
    author_group_id  BIGINT      NOT NULL REFERENCES stakeholder_group (id),
    body_source      TEXT,
    body_html        TEXT,
    status           VARCHAR(10) NOT NULL DEFAULT 'VISIBLE',
    reply_count      INT         NOT NULL DEFAULT 0,
    form_token       VARCHAR(40),
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    edited_at        TIMESTAMPTZ,
    deleted_at       TIMESTAMPTZ,
    version          BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT comment_status_valid CHECK (status IN ('VISIBLE', 'HIDDEN', 'DELETED')),
    CONSTRAINT comment_depth_valid CHECK (depth BETWEEN 0 AND 2 AND (depth = 0) = (parent_id IS NULL)),
    CONSTRAINT comment_body_present CHECK (status = 'DELETED' OR body_source IS NOT NULL),
    CONSTRAINT comment_reply_count_valid CHECK (reply_count >= 0),
    CONSTRAINT comment_form_token_unique UNIQUE (author_id, form_token)
);
-- Keyset pagination: newest top-level comments of a target, then the first replies of each.
CREATE INDEX comment_thread_idx ON comment (target_type, target_id, target_anchor, id DESC) WHERE parent_id IS NULL;
CREATE INDEX comment_replies_idx ON comment (parent_id, id) WHERE parent_id IS NOT NULL;
CREATE INDEX comment_dialogue_group_idx ON comment (dialogue_id, author_group_id) WHERE status = 'VISIBLE';
CREATE INDEX comment_author_idx ON comment (author_id);

-- Earlier texts of an edited comment ("edited": anyone who can read the comment may open them).
CREATE TABLE comment_revision (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    comment_id  BIGINT      NOT NULL REFERENCES comment (id) ON DELETE CASCADE,
    body_source TEXT        NOT NULL,
    body_html   TEXT        NOT NULL,
    written_at  TIMESTAMPTZ NOT NULL,
    replaced_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX comment_revision_comment_idx ON comment_revision (comment_id, id);
