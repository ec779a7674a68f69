-- The languages a dialogue is held in (one or more of the five), the one its texts were
-- written in, and facilitators' translations of its title, summary and description into the
-- others (issue 15). Readers see the translation in their language where there is one.
ALTER TABLE dialogue
    ADD COLUMN original_language VARCHAR(5)   NOT NULL DEFAULT 'en',
    ADD COLUMN languages         VARCHAR(5)[] NOT NULL DEFAULT '{en}',
    ADD CONSTRAINT dialogue_original_language_valid CHECK (original_language IN ('en', 'fr', 'sw', 'es', 'pt')),
    ADD CONSTRAINT dialogue_languages_valid CHECK (languages <@ ARRAY['en', 'fr', 'sw', 'es', 'pt']::VARCHAR(5)[]
        AND original_language = ANY (languages));

CREATE TABLE dialogue_translation (
    dialogue_id        BIGINT       NOT NULL REFERENCES dialogue (id) ON DELETE CASCADE,
    language           VARCHAR(5)   NOT NULL CHECK (language IN ('en', 'fr', 'sw', 'es', 'pt')),
    title              VARCHAR(150) NOT NULL,
    summary            VARCHAR(300) NOT NULL,
    description_source TEXT         NOT NULL DEFAULT '',
    description_html   TEXT         NOT NULL DEFAULT '',
    translated_by      BIGINT       NOT NULL,
    translated_at      TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (dialogue_id, language)
);
