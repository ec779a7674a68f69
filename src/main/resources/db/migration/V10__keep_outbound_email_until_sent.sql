-- Every message for the SMTP server is kept, body included, until the server accepts it.
-- A sender claims due messages (FOR UPDATE SKIP LOCKED, so one instance sends each), and
-- retries a refused one with exponential backoff; the body is cleared once it is sent,
-- because it may carry a confirmation or password-reset link.
ALTER TABLE outbound_email ALTER COLUMN body DROP NOT NULL;
ALTER TABLE outbound_email ADD COLUMN attempts INT NOT NULL DEFAULT 0;
ALTER TABLE outbound_email ADD COLUMN next_attempt_at TIMESTAMPTZ;
ALTER TABLE outbound_email ADD COLUMN sent_at TIMESTAMPTZ;

-- Messages queued before this version were recorded without their body: they cannot be sent.
UPDATE outbound_email SET body = NULL WHERE status IN ('QUEUED', 'SENT', 'FAILED')
    AND body = '(sent by SMTP; the body is not kept)';
UPDATE outbound_email SET status = 'FAILED', error = 'Queued before the outbox kept messages; its body was not kept'
    WHERE status = 'QUEUED';

CREATE INDEX outbound_email_due_idx ON outbound_email (next_attempt_at) WHERE status = 'QUEUED';
