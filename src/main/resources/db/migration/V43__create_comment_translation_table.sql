-- A facilitator's translation of a comment (issue 15), shown below the original and marked as
-- a translation with who made it; it never replaces the original. One per comment and language.
CREATE TABLE comment_translation (
    comment_id    BIGINT      NOT NULL REFERENCES comment (id) ON DELETE CASCADE,
    language      VARCHAR(5)  NOT NULL CHECK (language IN ('en', 'fr', 'sw', 'es', 'pt')),
    body_source   TEXT        NOT NULL,
    body_html     TEXT        NOT NULL,
    translated_by BIGINT      NOT NULL,
    translated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (comment_id, language)
);
