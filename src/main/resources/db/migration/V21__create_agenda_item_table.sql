-- A meeting's agenda: ordered items, each optionally about a challenge or a paragraph of
-- the dialogue's vision (held by id and stable paragraph key; the owning modules check them).
CREATE TABLE agenda_item (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id     BIGINT       NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position       INT          NOT NULL,
    title          VARCHAR(200) NOT NULL,
    challenge_id   BIGINT,
    paragraph_key  VARCHAR(40),
    CONSTRAINT agenda_item_one_link CHECK (challenge_id IS NULL OR paragraph_key IS NULL)
);
CREATE INDEX agenda_item_meeting_idx ON agenda_item (meeting_id, position);
