-- The stakeholder map of a dialogue: actors (a stakeholder group, held by id, or a named
-- organisation) and typed, directed relations between them, with strength, a typed evidence
-- reference, and the disputes members raise (a dispute counts once accepted, by group).
CREATE TABLE map_actor (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dialogue_id  BIGINT       NOT NULL REFERENCES dialogue (id) ON DELETE CASCADE,
    group_id     BIGINT,
    label        VARCHAR(120) NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    region       VARCHAR(120) NOT NULL DEFAULT '',
    influence    INT          NOT NULL DEFAULT 0,
    goal         VARCHAR(1000) NOT NULL DEFAULT '',
    tags         VARCHAR(500) NOT NULL DEFAULT '',
    pin_x        DOUBLE PRECISION,
    pin_y        DOUBLE PRECISION,
    CONSTRAINT map_actor_influence_range CHECK (influence BETWEEN 0 AND 5),
    CONSTRAINT map_actor_pin_both CHECK ((pin_x IS NULL) = (pin_y IS NULL))
);
-- A group actor may go without a label: it is then named by its group, in each reader's language.
CREATE UNIQUE INDEX map_actor_label_unique ON map_actor (dialogue_id, lower(label)) WHERE label <> '';
CREATE UNIQUE INDEX map_actor_group_unique ON map_actor (dialogue_id, group_id) WHERE label = '';

CREATE TABLE map_relation (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dialogue_id      BIGINT       NOT NULL REFERENCES dialogue (id) ON DELETE CASCADE,
    from_actor_id    BIGINT       NOT NULL REFERENCES map_actor (id) ON DELETE CASCADE,
    to_actor_id      BIGINT       NOT NULL REFERENCES map_actor (id) ON DELETE CASCADE,
    type             VARCHAR(30)  NOT NULL,
    strength         INT          NOT NULL,
    evidence_kind    VARCHAR(20),
    evidence_id      BIGINT,
    status           VARCHAR(10)  NOT NULL,
    reason           VARCHAR(1000) NOT NULL DEFAULT '',
    proposed_by      BIGINT,
    created_at       TIMESTAMPTZ  NOT NULL,
    decided_by       BIGINT,
    decided_at       TIMESTAMPTZ,
    CONSTRAINT map_relation_strength_range CHECK (strength BETWEEN 1 AND 3),
    CONSTRAINT map_relation_not_self CHECK (from_actor_id <> to_actor_id),
    CONSTRAINT map_relation_status_valid CHECK (status IN ('AGREED', 'PROPOSED', 'DECLINED')),
    CONSTRAINT map_relation_evidence_both CHECK ((evidence_kind IS NULL) = (evidence_id IS NULL))
);
CREATE INDEX map_relation_dialogue_idx ON map_relation (dialogue_id, status);

CREATE TABLE map_dispute (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    relation_id  BIGINT        NOT NULL REFERENCES map_relation (id) ON DELETE CASCADE,
    dialogue_id  BIGINT        NOT NULL REFERENCES dialogue (id) ON DELETE CASCADE,
    group_id     BIGINT        NOT NULL,
    account_id   BIGINT,
    reason       VARCHAR(1000) NOT NULL DEFAULT '',
    status       VARCHAR(10)   NOT NULL,
    created_at   TIMESTAMPTZ   NOT NULL,
    decided_by   BIGINT,
    CONSTRAINT map_dispute_status_valid CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED'))
);
CREATE INDEX map_dispute_dialogue_idx ON map_dispute (dialogue_id);
CREATE UNIQUE INDEX map_dispute_account_unique ON map_dispute (relation_id, account_id) WHERE account_id IS NOT NULL;
