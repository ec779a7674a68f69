-- Each email about an account records the account, so that the account's data archive
-- lists the emails sent to its earlier addresses (and never another account's sent to an
-- address it took over), and erasure deletes them all. Null for emails to an address
-- that is no account's (a newsletter subscriber). No foreign key: an account's emails are
-- stored in a transaction of their own, while the account being registered is not yet
-- committed; accounts are never deleted (erasure keeps the row).
ALTER TABLE outbound_email ADD COLUMN account_id BIGINT;

-- Emails sent before: to the account whose address they went to, as far as it is known.
UPDATE outbound_email e
SET account_id = a.id
FROM account a
WHERE lower(e.recipient) = a.email;

CREATE INDEX outbound_email_account_idx ON outbound_email (account_id) WHERE account_id IS NOT NULL;
