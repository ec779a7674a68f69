-- A facilitator's translation of a challenge (its title and text) and of the facilitators'
-- public response to it (issue 15), one per challenge and language; shown below the original,
-- marked as a translation with who made it, never replacing it.
CREATE TABLE challenge_translation (
    challenge_id    BIGINT       NOT NULL REFERENCES challenge (id) ON DELETE CASCADE,
    language        VARCHAR(5)   NOT NULL CHECK (language IN ('en', 'fr', 'sw', 'es', 'pt')),
    title           VARCHAR(150) NOT NULL DEFAULT '',
    body_source     TEXT         NOT NULL DEFAULT '',
    body_html       TEXT         NOT NULL DEFAULT '',
    response_source TEXT         NOT NULL DEFAULT '',
    response_html   TEXT         NOT NULL DEFAULT '',
    translated_by   BIGINT       NOT NULL,
    translated_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (challenge_id, language)
);
