-- Issue 16. A recorded contribution may keep a photo of the card or the flip chart it was typed
-- up from: a file of the resource module's store that only the dialogue's facilitators see
-- (never served by the library's download address). And a facilitator may record a comment
-- on a paragraph of the vision (kind VISION: the comment, its version and paragraph).
ALTER TABLE stored_file ADD COLUMN facilitators_only BOOLEAN NOT NULL DEFAULT false;

ALTER TABLE recorded_contribution
    ADD COLUMN photo_file_id BIGINT REFERENCES stored_file (id) ON DELETE SET NULL,
    DROP CONSTRAINT recorded_contribution_kind_check,
    ADD CONSTRAINT recorded_contribution_kind_check CHECK (kind IN ('CHALLENGE', 'COMMENT', 'VISION', 'STANCES')),
    DROP CONSTRAINT recorded_contribution_check,
    ADD CONSTRAINT recorded_contribution_check CHECK (
           (kind = 'CHALLENGE' AND challenge_id IS NOT NULL AND comment_id IS NULL)
        OR (kind = 'COMMENT' AND comment_id IS NOT NULL)
        OR (kind = 'VISION' AND comment_id IS NOT NULL AND version_number IS NOT NULL)
        OR (kind = 'STANCES' AND stance_id IS NOT NULL));
