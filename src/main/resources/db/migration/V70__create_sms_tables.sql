-- The sms module's tables (issue 22). Phone numbers are never stored in clear: phone_hash is
-- an HMAC-SHA256 of the normalised number (for lookup), phone_cipher its AES-GCM encryption
-- (for replies). Dialogues and accounts are held by id only.

-- A dialogue's SMS settings: the code people text after JOIN and the monthly budget.
CREATE TABLE sms_dialogue (
    dialogue_id     BIGINT PRIMARY KEY,
    code            VARCHAR(12) NOT NULL UNIQUE,
    monthly_budget  INTEGER NOT NULL DEFAULT 500 CHECK (monthly_budget >= 0),
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A phone number taking part in one dialogue, and where its joining exchange stands.
CREATE TABLE sms_participant (
    id              BIGSERIAL PRIMARY KEY,
    dialogue_id     BIGINT NOT NULL,
    phone_hash      VARCHAR(64) NOT NULL,
    phone_cipher    VARCHAR(200) NOT NULL,
    language        VARCHAR(5) NOT NULL,
    step            VARCHAR(20) NOT NULL,
    group_id        BIGINT,
    district        VARCHAR(80),
    account_id      BIGINT,
    consented_at    TIMESTAMP WITH TIME ZONE,
    opted_out_at    TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (phone_hash, dialogue_id)
);
CREATE INDEX sms_participant_phone ON sms_participant (phone_hash, updated_at DESC);

-- Every message received, once per gateway message id (a repeated delivery stores nothing).
CREATE TABLE sms_inbound (
    id                  BIGSERIAL PRIMARY KEY,
    gateway_message_id  VARCHAR(100) NOT NULL UNIQUE,
    phone_hash          VARCHAR(64) NOT NULL,
    received_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A text sent as a contribution, waiting in the dialogue's SMS inbox or decided.
CREATE TABLE sms_contribution (
    id              BIGSERIAL PRIMARY KEY,
    dialogue_id     BIGINT NOT NULL,
    participant_id  BIGINT NOT NULL REFERENCES sms_participant (id),
    body            VARCHAR(2000) NOT NULL,
    status          VARCHAR(20) NOT NULL DEFAULT 'NEW',
    challenge_id    BIGINT,
    comment_id      BIGINT,
    merged_into_id  BIGINT REFERENCES sms_contribution (id),
    decided_by      BIGINT,
    decided_at      TIMESTAMP WITH TIME ZONE,
    answered_at     TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sms_contribution_inbox ON sms_contribution (dialogue_id, status, created_at);

-- A question on a vision paragraph sent to a dialogue's SMS participants.
CREATE TABLE sms_question (
    id              BIGSERIAL PRIMARY KEY,
    dialogue_id     BIGINT NOT NULL,
    version_number  INTEGER NOT NULL,
    paragraph_key   VARCHAR(40) NOT NULL,
    text            VARCHAR(300) NOT NULL,
    sent_by         BIGINT NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A stance replied by SMS to a question (one per participant and question; a new reply replaces it).
CREATE TABLE sms_stance (
    question_id     BIGINT NOT NULL REFERENCES sms_question (id),
    participant_id  BIGINT NOT NULL REFERENCES sms_participant (id),
    stance          VARCHAR(20) NOT NULL,
    replied_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (question_id, participant_id)
);

-- Every message sent or to be sent, with its segments counted against the dialogue's budget.
CREATE TABLE sms_outbound (
    id              BIGSERIAL PRIMARY KEY,
    dialogue_id     BIGINT,
    participant_id  BIGINT REFERENCES sms_participant (id),
    phone_cipher    VARCHAR(200) NOT NULL,
    body            VARCHAR(1600) NOT NULL,
    segments        INTEGER NOT NULL,
    status          VARCHAR(20) NOT NULL DEFAULT 'QUEUED',
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      VARCHAR(500),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE
);
CREATE INDEX sms_outbound_queue ON sms_outbound (status, id);
CREATE INDEX sms_outbound_month ON sms_outbound (dialogue_id, created_at);
