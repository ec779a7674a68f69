-- Stances on a vision paragraph recorded by a facilitator from a show of hands in a room
-- (issue 16): how many people of one stakeholder group agree, can live with it or disagree.
-- Weighted: they count once per person in the common-ground view; otherwise the show of
-- hands counts as one voice, for its most common stance. The meeting module keeps who
-- recorded it, where and when (recorded_contribution).
CREATE TABLE vision_recorded_stance (
    id                    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    version_id            BIGINT      NOT NULL REFERENCES vision_version (id) ON DELETE CASCADE,
    paragraph_key         VARCHAR(12) NOT NULL,
    stakeholder_group_id  BIGINT      NOT NULL REFERENCES stakeholder_group (id),
    agree                 INT         NOT NULL,
    can_live_with         INT         NOT NULL,
    disagree              INT         NOT NULL,
    weighted              BOOLEAN     NOT NULL,
    recorded_on           DATE        NOT NULL,
    recorded_at           TIMESTAMPTZ NOT NULL,
    form_token            VARCHAR(40) NOT NULL,
    CONSTRAINT vision_recorded_stance_form_unique UNIQUE (version_id, form_token),
    CONSTRAINT vision_recorded_stance_counts CHECK (agree >= 0 AND can_live_with >= 0 AND disagree >= 0
        AND agree + can_live_with + disagree BETWEEN 1 AND 10000)
);
CREATE INDEX vision_recorded_stance_version_idx ON vision_recorded_stance (version_id);
