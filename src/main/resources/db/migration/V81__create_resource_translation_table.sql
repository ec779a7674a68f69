-- Resources in the reader's language (issue 15, ADR 0014). A resource records the language its
-- title, summary, article and transcript were written in (its `languages` say which languages the
-- file or medium itself is in); facilitators and the members they trust as translators add
-- translations of those texts, one row per language, beside the original and never replacing it.

ALTER TABLE resource ADD COLUMN language VARCHAR(5);
-- Entries written before: the first language of the file or medium, else the dialogue's original.
UPDATE resource r
   SET language = coalesce(r.languages[1], (SELECT d.original_language FROM dialogue d WHERE d.id = r.dialogue_id));
-- Rows written without one (by SQL, outside the application) are in English, as dialogues are.
ALTER TABLE resource
    ALTER COLUMN language SET DEFAULT 'en',
    ALTER COLUMN language SET NOT NULL,
    ADD CONSTRAINT resource_language_valid CHECK (language IN ('en', 'fr', 'sw', 'es', 'pt'));

CREATE TABLE resource_translation (
    resource_id   BIGINT       NOT NULL REFERENCES resource (id) ON DELETE CASCADE,
    language      VARCHAR(5)   NOT NULL CHECK (language IN ('en', 'fr', 'sw', 'es', 'pt')),
    title         VARCHAR(200) NOT NULL,
    summary       TEXT         NOT NULL DEFAULT '',
    body_source   TEXT         NOT NULL DEFAULT '',
    body_html     TEXT         NOT NULL DEFAULT '',
    transcript    TEXT         NOT NULL DEFAULT '',
    image_alt     TEXT         NOT NULL DEFAULT '',
    translated_by BIGINT       NOT NULL,
    translated_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (resource_id, language)
);
