-- Facilitators' translations of the reason they gave with a disposition (their answer to a
-- comment on the vision), one per answer and language of the dialogue (issue 15). Readers see
-- the reason in their language where it is translated, marked as a translation, otherwise the
-- original. A changed reason drops its translations (VisionService.answer).
CREATE TABLE vision_disposition_translation (
    comment_id    BIGINT        NOT NULL REFERENCES vision_disposition (comment_id) ON DELETE CASCADE,
    language      VARCHAR(5)    NOT NULL CHECK (language IN ('en', 'fr', 'sw', 'es', 'pt')),
    reason        VARCHAR(1000) NOT NULL,
    translated_by BIGINT        NOT NULL,
    translated_at TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (comment_id, language)
);
