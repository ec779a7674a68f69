-- A confirmation link carries the password of the registration that sent it, so that
-- confirming sets the password of the person who owns the mailbox, not of an earlier
-- registration by someone else (account pre-hijacking).
ALTER TABLE account_token ADD COLUMN pending_password_hash VARCHAR(200);

-- Emails to an SMTP server are queued and delivered in the background, so that a reply
-- never takes longer because an email was sent (timing would reveal which addresses exist).
ALTER TABLE outbound_email DROP CONSTRAINT outbound_email_status_valid;
ALTER TABLE outbound_email ADD CONSTRAINT outbound_email_status_valid
    CHECK (status IN ('STORED', 'QUEUED', 'SENT', 'FAILED'));
