-- Deleting one's account: the request starts a grace period (logging in again undoes it); once it
-- is over, the scheduled purge erases the person (name, email, organisation, country, region,
-- sessions, tokens) and keeps their contributions under "Former participant". erased_at says when.
ALTER TABLE account ADD COLUMN deletion_requested_at TIMESTAMPTZ;
ALTER TABLE account ADD COLUMN erased_at TIMESTAMPTZ;
CREATE INDEX account_deletion_due_idx ON account (deletion_requested_at) WHERE deletion_requested_at IS NOT NULL;
