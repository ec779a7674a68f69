-- Every email the platform sends. Without an SMTP server the message is only stored here
-- (status STORED) so that a demo works and admins can read it.
CREATE TABLE outbound_email (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recipient   VARCHAR(254) NOT NULL,
    subject     VARCHAR(200) NOT NULL,
    body        TEXT         NOT NULL,
    status      VARCHAR(10)  NOT NULL,
    error       VARCHAR(500),
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT outbound_email_status_valid CHECK (status IN ('STORED', 'SENT', 'FAILED'))
);
CREATE INDEX outbound_email_created_idx ON outbound_email (created_at DESC, id DESC);
CREATE INDEX outbound_email_recipient_idx ON outbound_email (recipient);
