-- A translation of a vision paragraph carried into a new version whose wording of the paragraph
-- changed (issue 15): it is still shown, marked as a translation of an earlier wording, until a
-- facilitator updates or confirms it. One row per out-of-date translation (paragraph, language).
-- Numbered in the range handed to this work, so it runs before V41 on a new database: it refers to
-- the paragraph, not to vision_paragraph_translation, and the vision module deletes the mark with
-- the translation it belongs to.
CREATE TABLE vision_translation_out_of_date (
    paragraph_id BIGINT     NOT NULL REFERENCES vision_paragraph (id) ON DELETE CASCADE,
    language     VARCHAR(5) NOT NULL CHECK (language IN ('en', 'fr', 'sw', 'es', 'pt')),
    PRIMARY KEY (paragraph_id, language)
);
