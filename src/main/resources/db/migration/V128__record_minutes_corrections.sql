-- Published minutes are corrected, not rewritten in silence: each correction of an item's
-- original text (or of the minutes' original language) keeps the earlier wording, the reason,
-- who corrected it and when. The language versions of a corrected item are out of date until a
-- facilitator writes them again.
ALTER TABLE minute_item_text ADD COLUMN out_of_date BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE minute_correction (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    minutes_id        BIGINT       NOT NULL REFERENCES meeting_minutes (id) ON DELETE CASCADE,
    -- NULL when the minutes' original language was corrected.
    item_id           BIGINT       REFERENCES minute_item (id) ON DELETE CASCADE,
    earlier_language  VARCHAR(2)   NOT NULL,
    earlier_source    TEXT,
    earlier_html      TEXT,
    reason            VARCHAR(300) NOT NULL,
    corrected_by      BIGINT       REFERENCES account (id) ON DELETE SET NULL,
    corrected_at      TIMESTAMPTZ  NOT NULL,
    CONSTRAINT minute_correction_wording CHECK (item_id IS NULL OR earlier_source IS NOT NULL)
);
CREATE INDEX minute_correction_minutes_idx ON minute_correction (minutes_id, corrected_at);
