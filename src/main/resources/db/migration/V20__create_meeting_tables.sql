-- Meetings of a dialogue: site visits, workshops, meetings and online sessions. Start and
-- end are wall-clock times in the meeting's own time zone (an IANA name such as
-- Africa/Dar_es_Salaam), so that "9:00 in Geita" stays 9:00 whatever the server's zone.
CREATE TABLE meeting (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dialogue_id         BIGINT       NOT NULL REFERENCES dialogue (id) ON DELETE CASCADE,
    kind                VARCHAR(12)  NOT NULL,
    title               VARCHAR(150) NOT NULL,
    place               VARCHAR(200) NOT NULL DEFAULT '',
    starts_at           TIMESTAMP    NOT NULL,
    ends_at             TIMESTAMP    NOT NULL,
    time_zone           VARCHAR(60)  NOT NULL DEFAULT 'UTC',
    languages           VARCHAR(60)  NOT NULL DEFAULT '',
    description_source  TEXT         NOT NULL DEFAULT '',
    description_html    TEXT         NOT NULL DEFAULT '',
    created_by          BIGINT       NOT NULL REFERENCES account (id),
    created_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT meeting_kind_valid CHECK (kind IN ('FIELD_VISIT', 'WORKSHOP', 'MEETING', 'ONLINE')),
    CONSTRAINT meeting_times_ordered CHECK (ends_at >= starts_at)
);
CREATE INDEX meeting_dialogue_idx ON meeting (dialogue_id, starts_at);

-- Who facilitates a meeting: facilitators of its dialogue, by account id.
CREATE TABLE meeting_facilitator (
    meeting_id  BIGINT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    account_id  BIGINT NOT NULL REFERENCES account (id),
    PRIMARY KEY (meeting_id, account_id)
);
