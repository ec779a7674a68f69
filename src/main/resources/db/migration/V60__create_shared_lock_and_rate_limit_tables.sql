-- What several application instances on one database share (issue 21).
--
-- ShedLock's table: a scheduled job runs on the instance that holds its row's lock, once
-- across instances. The standard columns of ShedLock's JDBC provider; IF NOT EXISTS because
-- another migration may create the same table for the same library.
CREATE TABLE IF NOT EXISTS shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
);

-- Bucket4j's token buckets of the rate limits (login, registration, reset, posting, exports),
-- one row per limit and subject, locked with SELECT ... FOR UPDATE while an attempt is taken,
-- so that every instance draws on the same budget. expires_at (epoch milliseconds) is when
-- the bucket would be full again; rows past it are deleted by a scheduled job.
CREATE TABLE rate_limit_bucket (
    id         VARCHAR(400) PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX rate_limit_bucket_expires_idx ON rate_limit_bucket (expires_at);
