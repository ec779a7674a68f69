-- Personal access tokens of the open read API (issue #20): an admin issues one for an
-- account, which then reads through the API what that account may read. Only a SHA-256
-- hash of the secret is kept; the secret is shown once, when the token is issued.
CREATE TABLE api_token (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id  BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    label       VARCHAR(100) NOT NULL,
    secret_hash VARCHAR(64)  NOT NULL UNIQUE,
    issued_by   BIGINT       NOT NULL REFERENCES account (id),
    issued_at   TIMESTAMPTZ  NOT NULL,
    revoked_at  TIMESTAMPTZ,
    revoked_by  BIGINT       REFERENCES account (id),
    last_used_at TIMESTAMPTZ
);
CREATE INDEX api_token_account_idx ON api_token (account_id);
