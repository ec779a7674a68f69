-- Moderation: reports, one moderation case per reported or held contribution, per-dialogue
-- settings, and an audit log that can only grow.

-- What readers see of a contribution is kept on the contribution itself, so that a page
-- shows a hidden one's placeholder ("hidden by a moderator on <date>: <reason>") without
-- asking the moderation tables. PENDING: waiting for a moderator's approval.
ALTER TABLE comment DROP CONSTRAINT comment_status_valid;
ALTER TABLE comment ADD CONSTRAINT comment_status_valid
    CHECK (status IN ('VISIBLE', 'HIDDEN', 'DELETED', 'PENDING'));
ALTER TABLE comment ADD COLUMN hidden_at TIMESTAMPTZ;
ALTER TABLE comment ADD COLUMN hidden_reason VARCHAR(30);

ALTER TABLE challenge ADD COLUMN moderation VARCHAR(10) NOT NULL DEFAULT 'VISIBLE';
ALTER TABLE challenge ADD CONSTRAINT challenge_moderation_valid
    CHECK (moderation IN ('VISIBLE', 'HIDDEN', 'PENDING'));
ALTER TABLE challenge ADD COLUMN hidden_at TIMESTAMPTZ;
ALTER TABLE challenge ADD COLUMN hidden_reason VARCHAR(30);
-- A locked discussion takes no new comments.
ALTER TABLE challenge ADD COLUMN comments_locked_at TIMESTAMPTZ;

-- One case per contribution that was reported, hidden or held for approval.
-- state: VISIBLE (shown; may have open reports), PENDING (held for approval), HIDDEN (by a
-- moderator), AUTO_HIDDEN (after enough open reports, until a moderator decides),
-- REVIEW_REQUESTED (hidden, and its author asked for a review).
CREATE TABLE moderation_case (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dialogue_id         BIGINT      NOT NULL REFERENCES dialogue (id) ON DELETE CASCADE,
    content_type        VARCHAR(20) NOT NULL,
    content_id          BIGINT      NOT NULL,
    author_id           BIGINT      NOT NULL REFERENCES account (id),
    state               VARCHAR(20) NOT NULL DEFAULT 'VISIBLE',
    open_reports        INT         NOT NULL DEFAULT 0,
    queued_at           TIMESTAMPTZ NOT NULL,
    hidden_by           BIGINT REFERENCES account (id),
    hidden_at           TIMESTAMPTZ,
    hidden_reason       VARCHAR(30),
    hidden_note         TEXT,
    review_note         TEXT,
    review_requested_at TIMESTAMPTZ,
    reviewed_by         BIGINT REFERENCES account (id),
    reviewed_at         TIMESTAMPTZ,
    version             BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT moderation_case_state_valid
        CHECK (state IN ('VISIBLE', 'PENDING', 'HIDDEN', 'AUTO_HIDDEN', 'REVIEW_REQUESTED')),
    CONSTRAINT moderation_case_reports_valid CHECK (open_reports >= 0),
    CONSTRAINT moderation_case_content_unique UNIQUE (content_type, content_id)
);
-- The queues: most open reports first, then the oldest.
CREATE INDEX moderation_case_queue_idx ON moderation_case (dialogue_id, open_reports DESC, queued_at)
    WHERE open_reports > 0 OR state IN ('PENDING', 'AUTO_HIDDEN', 'REVIEW_REQUESTED');
CREATE INDEX moderation_case_global_queue_idx ON moderation_case (open_reports DESC, queued_at)
    WHERE open_reports > 0 OR state IN ('PENDING', 'AUTO_HIDDEN', 'REVIEW_REQUESTED');

-- A member reports a contribution once, whatever happens to the report.
CREATE TABLE report (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id     BIGINT      NOT NULL REFERENCES moderation_case (id) ON DELETE CASCADE,
    reporter_id BIGINT      NOT NULL REFERENCES account (id),
    reason      VARCHAR(30) NOT NULL,
    note        VARCHAR(1000),
    status      VARCHAR(10) NOT NULL DEFAULT 'OPEN',
    created_at  TIMESTAMPTZ NOT NULL,
    decided_at  TIMESTAMPTZ,
    CONSTRAINT report_reason_valid
        CHECK (reason IN ('SPAM', 'ABUSE', 'OFF_TOPIC', 'PERSONAL_INFORMATION', 'OTHER')),
    CONSTRAINT report_status_valid CHECK (status IN ('OPEN', 'ACTIONED', 'DISMISSED')),
    CONSTRAINT report_once_per_member UNIQUE (case_id, reporter_id)
);

-- Per dialogue; a dialogue without a row uses the defaults (app.moderation.*).
CREATE TABLE moderation_setting (
    dialogue_id        BIGINT PRIMARY KEY REFERENCES dialogue (id) ON DELETE CASCADE,
    premoderate_first  INT         NOT NULL DEFAULT 0,
    auto_hide_reports  INT         NOT NULL DEFAULT 3,
    public_log         BOOLEAN     NOT NULL DEFAULT TRUE,
    updated_at         TIMESTAMPTZ NOT NULL,
    CONSTRAINT moderation_setting_ranges
        CHECK (premoderate_first BETWEEN 0 AND 20 AND auto_hide_reports BETWEEN 0 AND 50)
);

-- Who did which moderation or administrative action, on what, when and why. Written in the
-- transaction of the action; never changed or removed (the trigger refuses it), and with
-- no foreign keys that could cascade a deletion into it.
CREATE TABLE audit_entry (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at        TIMESTAMPTZ NOT NULL,
    actor_id           BIGINT,
    action             VARCHAR(40) NOT NULL,
    dialogue_id        BIGINT,
    subject_type       VARCHAR(20),
    subject_id         BIGINT,
    subject_account_id BIGINT,
    reason             VARCHAR(60),
    note               VARCHAR(2000)
);
CREATE INDEX audit_entry_dialogue_idx ON audit_entry (dialogue_id, id DESC);
CREATE INDEX audit_entry_action_idx ON audit_entry (action, id DESC);

CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit entries are never changed or removed';
END;
$$;
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();
