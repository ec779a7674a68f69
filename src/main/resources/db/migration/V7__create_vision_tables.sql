-- The shared vision of a dialogue: one working text that facilitators edit (guarded by version),
-- published as immutable numbered versions whose paragraphs keep stable keys across versions.
CREATE TABLE vision_draft (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dialogue_id   BIGINT      NOT NULL UNIQUE REFERENCES dialogue (id) ON DELETE CASCADE,
    working_text  TEXT        NOT NULL DEFAULT '',
    updated_at    TIMESTAMPTZ,
    updated_by    BIGINT REFERENCES account (id),
    next_key      INT         NOT NULL DEFAULT 1,
    version       BIGINT      NOT NULL DEFAULT 0
);

CREATE TABLE vision_version (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    draft_id        BIGINT       NOT NULL REFERENCES vision_draft (id) ON DELETE CASCADE,
    dialogue_id     BIGINT       NOT NULL REFERENCES dialogue (id) ON DELETE CASCADE,
    number          INT          NOT NULL,
    change_summary  VARCHAR(500) NOT NULL,
    published_at    TIMESTAMPTZ  NOT NULL,
    published_by    BIGINT       NOT NULL REFERENCES account (id),
    CONSTRAINT vision_version_number_unique UNIQUE (draft_id, number),
    CONSTRAINT vision_version_number_positive CHECK (number > 0)
);
CREATE INDEX vision_version_dialogue_idx ON vision_version (dialogue_id, number);

CREATE TABLE vision_paragraph (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    version_id     BIGINT      NOT NULL REFERENCES vision_version (id) ON DELETE CASCADE,
    position       INT         NOT NULL,
    paragraph_key  VARCHAR(12) NOT NULL,
    heading        BOOLEAN     NOT NULL,
    source         TEXT        NOT NULL,
    html           TEXT        NOT NULL,
    change         VARCHAR(10) NOT NULL,
    CONSTRAINT vision_paragraph_position_unique UNIQUE (version_id, position),
    CONSTRAINT vision_paragraph_key_unique UNIQUE (version_id, paragraph_key),
    CONSTRAINT vision_paragraph_key_format CHECK (paragraph_key ~ '^p[0-9]+$'),
    CONSTRAINT vision_paragraph_change_valid CHECK (change IN ('NEW', 'UNCHANGED', 'MODIFIED'))
);

-- A member's position on one paragraph of one version; one per member, changed in place.
CREATE TABLE vision_stance (
    version_id     BIGINT      NOT NULL REFERENCES vision_version (id) ON DELETE CASCADE,
    paragraph_key  VARCHAR(12) NOT NULL,
    account_id     BIGINT      NOT NULL REFERENCES account (id),
    group_id       BIGINT      NOT NULL REFERENCES stakeholder_group (id),
    stance         VARCHAR(15) NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (version_id, paragraph_key, account_id),
    CONSTRAINT vision_stance_valid CHECK (stance IN ('AGREE', 'CAN_LIVE_WITH', 'DISAGREE'))
);

-- A facilitator's answer to a comment on the vision: what became of it, why, and in which version.
CREATE TABLE vision_disposition (
    comment_id      BIGINT        PRIMARY KEY REFERENCES comment (id) ON DELETE CASCADE,
    draft_id        BIGINT        NOT NULL REFERENCES vision_draft (id) ON DELETE CASCADE,
    disposition     VARCHAR(20)   NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    landed_version  INT,
    decided_by      BIGINT        NOT NULL REFERENCES account (id),
    decided_at      TIMESTAMPTZ   NOT NULL,
    CONSTRAINT vision_disposition_valid
        CHECK (disposition IN ('INCORPORATED', 'PARTLY_INCORPORATED', 'NOT_INCORPORATED', 'NOTED'))
);
CREATE INDEX vision_disposition_draft_idx ON vision_disposition (draft_id);
