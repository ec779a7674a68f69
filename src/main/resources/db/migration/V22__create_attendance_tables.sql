-- Who came to a meeting, as counts per stakeholder group (the group they speak for), with
-- women and men where the facilitators recorded them; the rest of a group's people are
-- not counted by gender.
CREATE TABLE meeting_attendance (
    meeting_id            BIGINT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    stakeholder_group_id  BIGINT NOT NULL REFERENCES stakeholder_group (id),
    people                INT    NOT NULL,
    women                 INT,
    men                   INT,
    PRIMARY KEY (meeting_id, stakeholder_group_id),
    CONSTRAINT meeting_attendance_counts CHECK (people > 0 AND coalesce(women, 0) >= 0 AND coalesce(men, 0) >= 0
        AND coalesce(women, 0) + coalesce(men, 0) <= people)
);

-- Attendees named on a meeting's page: only people who agreed to be named, and the
-- facilitator who recorded their consent.
CREATE TABLE meeting_attendee (
    id                    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id            BIGINT       NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    name                  VARCHAR(120) NOT NULL,
    stakeholder_group_id  BIGINT       NOT NULL REFERENCES stakeholder_group (id),
    consent_recorded_by   BIGINT       NOT NULL REFERENCES account (id),
    consent_recorded_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX meeting_attendee_meeting_idx ON meeting_attendee (meeting_id);
