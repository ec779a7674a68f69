-- Facilitators' translations of a published vision version, paragraph by paragraph, aligned on
-- the stable paragraph keys (issue 15): stances and comments stay on the same paragraph whatever
-- language it is read in. A paragraph unchanged in the next version takes its translations along.
CREATE TABLE vision_paragraph_translation (
    paragraph_id  BIGINT      NOT NULL REFERENCES vision_paragraph (id) ON DELETE CASCADE,
    version_id    BIGINT      NOT NULL REFERENCES vision_version (id) ON DELETE CASCADE,
    paragraph_key VARCHAR(12) NOT NULL,
    language      VARCHAR(5)  NOT NULL CHECK (language IN ('en', 'fr', 'sw', 'es', 'pt')),
    source        TEXT        NOT NULL,
    html          TEXT        NOT NULL,
    translated_by BIGINT      NOT NULL,
    translated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (paragraph_id, language)
);
CREATE INDEX vision_paragraph_translation_version_idx ON vision_paragraph_translation (version_id, language);
