-- Contributions recorded by facilitators on behalf of people in a room or on the phone
-- (issue 16). Each meeting speaks through one account per stakeholder group that cannot log
-- in (ADR 0015, like the SMS accounts of ADR 0011): the challenges and comments it posts count
-- for that group everywhere. The provenance of each one is kept here.
CREATE TABLE meeting_voice (
    meeting_id            BIGINT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    stakeholder_group_id  BIGINT NOT NULL REFERENCES stakeholder_group (id),
    account_id            BIGINT NOT NULL REFERENCES account (id),
    PRIMARY KEY (meeting_id, stakeholder_group_id)
);

-- A CSV file of cards uploaded for a meeting: kept from its preview until it is imported
-- (then its text is dropped), imported once per meeting (its SHA-256); the rows done so far
-- show the progress of a long import.
CREATE TABLE recorded_import (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id   BIGINT      NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    file_sha256  VARCHAR(64) NOT NULL,
    file_name    VARCHAR(200),
    content      TEXT,
    total_rows   INT         NOT NULL,
    done_rows    INT         NOT NULL DEFAULT 0,
    status       VARCHAR(12) NOT NULL CHECK (status IN ('PREVIEW', 'RUNNING', 'DONE', 'FAILED')),
    uploaded_by  BIGINT      REFERENCES account (id) ON DELETE SET NULL,
    started_at   TIMESTAMPTZ NOT NULL,
    finished_at  TIMESTAMPTZ,
    UNIQUE (meeting_id, file_sha256)
);

CREATE TABLE recorded_contribution (
    id                    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dialogue_id           BIGINT      NOT NULL REFERENCES dialogue (id) ON DELETE CASCADE,
    meeting_id            BIGINT      NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    kind                  VARCHAR(12) NOT NULL CHECK (kind IN ('CHALLENGE', 'COMMENT', 'STANCES')),
    challenge_id          BIGINT,
    comment_id            BIGINT,
    -- For stances from a show of hands: the version, the paragraph and the vision module's row.
    version_number        INT,
    paragraph_key         VARCHAR(12),
    stance_id             BIGINT,
    agree                 INT,
    can_live_with         INT,
    disagree              INT,
    stakeholder_group_id  BIGINT      NOT NULL REFERENCES stakeholder_group (id),
    people                INT         NOT NULL CHECK (people BETWEEN 1 AND 10000),
    weighted              BOOLEAN     NOT NULL DEFAULT false,
    channel               VARCHAR(12) NOT NULL CHECK (channel IN ('CARD', 'FLIP_CHART', 'ORAL', 'SMS', 'PHONE')),
    -- What was written down, as captured (the challenge or comment may be edited later).
    title                 VARCHAR(150),
    body                  TEXT        NOT NULL,
    captured_by           BIGINT      REFERENCES account (id) ON DELETE SET NULL,
    captured_at           TIMESTAMPTZ NOT NULL,
    verified_by           BIGINT      REFERENCES account (id) ON DELETE SET NULL,
    verified_at           TIMESTAMPTZ,
    import_id             BIGINT      REFERENCES recorded_import (id) ON DELETE SET NULL,
    import_row            INT,
    CHECK ((kind = 'CHALLENGE' AND challenge_id IS NOT NULL AND comment_id IS NULL)
        OR (kind = 'COMMENT' AND comment_id IS NOT NULL)
        OR (kind = 'STANCES' AND stance_id IS NOT NULL))
);
CREATE INDEX recorded_contribution_meeting_idx ON recorded_contribution (meeting_id, id);
CREATE INDEX recorded_contribution_dialogue_idx ON recorded_contribution (dialogue_id);

-- A challenge or comment recorded on behalf of others says for how many people, on which day,
-- and whether a second facilitator has checked it (its owning modules show it; the meeting
-- module sets it).
ALTER TABLE challenge ADD COLUMN recorded_for INT, ADD COLUMN recorded_on DATE,
    ADD COLUMN recorded_checked BOOLEAN;
ALTER TABLE comment ADD COLUMN recorded_for INT, ADD COLUMN recorded_on DATE,
    ADD COLUMN recorded_checked BOOLEAN;
