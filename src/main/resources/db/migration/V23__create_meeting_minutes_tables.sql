-- The minutes of a meeting (one per meeting): written by the dialogue's facilitators as a
-- draft, put up for review until a date (members and facilitators comment through the
-- comment module, target type MINUTES and the meeting's id), then published.
CREATE TABLE meeting_minutes (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id         BIGINT      NOT NULL UNIQUE REFERENCES meeting (id) ON DELETE CASCADE,
    status             VARCHAR(12) NOT NULL,
    original_language  VARCHAR(2)  NOT NULL,
    review_ends_on     DATE,
    published_at       TIMESTAMPTZ,
    created_by         BIGINT      NOT NULL REFERENCES account (id),
    created_at         TIMESTAMPTZ NOT NULL,
    version            BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT meeting_minutes_status_valid CHECK (status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED')),
    CONSTRAINT meeting_minutes_review_dated CHECK (status = 'DRAFT' OR review_ends_on IS NOT NULL)
);

-- A point discussed or decided, in order, optionally leading to a challenge or a vision
-- paragraph (held by id and stable paragraph key, checked by the owning modules).
CREATE TABLE minute_item (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    minutes_id     BIGINT      NOT NULL REFERENCES meeting_minutes (id) ON DELETE CASCADE,
    position       INT         NOT NULL,
    challenge_id   BIGINT,
    paragraph_key  VARCHAR(40),
    CONSTRAINT minute_item_one_link CHECK (challenge_id IS NULL OR paragraph_key IS NULL)
);
CREATE INDEX minute_item_minutes_idx ON minute_item (minutes_id, position);

-- An item's text in one language: the minutes' original language and optional versions.
CREATE TABLE minute_item_text (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id   BIGINT      NOT NULL REFERENCES minute_item (id) ON DELETE CASCADE,
    language  VARCHAR(2)  NOT NULL,
    source    TEXT        NOT NULL,
    html      TEXT        NOT NULL,
    CONSTRAINT minute_item_text_once UNIQUE (item_id, language)
);
