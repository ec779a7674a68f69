-- ShedLock's lock table (net.javacrumbs.shedlock, JDBC provider): scheduled work that must run on
-- one instance at a time takes a named row here. The notification module's locks are "notification-*".
CREATE TABLE IF NOT EXISTS shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMPTZ  NOT NULL,
    locked_at  TIMESTAMPTZ  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);

-- Spring Modulith's event publication registry (schema v2 for PostgreSQL): an event handed to an
-- @ApplicationModuleListener is recorded with the publishing transaction and completed when the
-- listener succeeds, so that it survives a crash and is delivered again after a restart.
CREATE TABLE IF NOT EXISTS event_publication (
    id                     UUID NOT NULL PRIMARY KEY,
    listener_id            TEXT NOT NULL,
    event_type             TEXT NOT NULL,
    serialized_event       TEXT NOT NULL,
    publication_date       TIMESTAMPTZ NOT NULL,
    completion_date        TIMESTAMPTZ,
    status                 TEXT,
    completion_attempts    INT,
    last_resubmission_date TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX IF NOT EXISTS event_publication_by_completion_date_idx ON event_publication (completion_date);

-- The key that signs unsubscribe links, made once so that every instance and every restart
-- checks the same signatures (app.notification.signing-secret overrides it).
CREATE TABLE notification_secret (
    id     SMALLINT PRIMARY KEY CHECK (id = 1),
    secret VARCHAR(100) NOT NULL
);

-- What a person follows: a dialogue or a challenge.
CREATE TABLE notification_follow (
    account_id  BIGINT      NOT NULL,
    target_type VARCHAR(20) NOT NULL,
    target_id   BIGINT      NOT NULL,
    dialogue_id BIGINT      NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (account_id, target_type, target_id)
);
CREATE INDEX notification_follow_target_idx ON notification_follow (target_type, target_id);

-- One notification per recipient and event (source_key), whatever how often the event is delivered.
-- The dialogue's slug and title are copied at write time, so that the inbox is one statement.
CREATE TABLE notification (
    id             BIGSERIAL PRIMARY KEY,
    recipient_id   BIGINT       NOT NULL,
    dialogue_id    BIGINT       NOT NULL,
    dialogue_slug  VARCHAR(120) NOT NULL,
    dialogue_title VARCHAR(200) NOT NULL,
    category       VARCHAR(20)  NOT NULL,
    kind           VARCHAR(40)  NOT NULL,
    subject        VARCHAR(300) NOT NULL,
    detail         VARCHAR(100),
    path           VARCHAR(300) NOT NULL,
    source_key     VARCHAR(200) NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL,
    read_at        TIMESTAMPTZ,
    UNIQUE (recipient_id, source_key)
);
CREATE INDEX notification_recipient_idx ON notification (recipient_id, id DESC);
CREATE INDEX notification_unread_idx ON notification (recipient_id) WHERE read_at IS NULL;

-- How often a person gets email per category (a missing row means the category's default).
CREATE TABLE notification_preference (
    account_id BIGINT      NOT NULL,
    category   VARCHAR(20) NOT NULL,
    frequency  VARCHAR(10) NOT NULL CHECK (frequency IN ('NONE', 'IMMEDIATE', 'DAILY', 'WEEKLY')),
    PRIMARY KEY (account_id, category)
);

-- Per person: the weekday of the weekly digest and the cursors of the digests (the highest
-- notification id each covered), so that every digest covers exactly the items since the last one.
CREATE TABLE notification_digest (
    account_id     BIGINT   PRIMARY KEY,
    weekly_day     SMALLINT NOT NULL DEFAULT 1 CHECK (weekly_day BETWEEN 1 AND 7),
    daily_cursor   BIGINT   NOT NULL DEFAULT 0,
    weekly_cursor  BIGINT   NOT NULL DEFAULT 0,
    daily_sent_at  TIMESTAMPTZ,
    weekly_sent_at TIMESTAMPTZ
);
