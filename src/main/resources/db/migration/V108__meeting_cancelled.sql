-- A facilitator may cancel a meeting: it stays on record, marked cancelled with an optional reason.
ALTER TABLE meeting ADD COLUMN cancelled_at TIMESTAMPTZ;
ALTER TABLE meeting ADD COLUMN cancel_reason VARCHAR(500);
