-- Whether each notification still waits for an email, and when it was emailed (right away or
-- in a digest). A digest takes what still waits in the categories set to it at send time, so
-- changing a category's frequency neither emails an item twice nor loses one.
--   email_pending  emailed_at
--   true           null        waits for the next digest
--   false          a time      emailed then
--   false          null        never emailed: no email wanted, or no longer readable at send time
ALTER TABLE notification ADD COLUMN email_pending BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE notification ADD COLUMN emailed_at TIMESTAMPTZ;

-- What the digests' cursors already covered, or what the category's current setting (its
-- default where none is stored) did not leave for a digest, waits no more. When those were
-- emailed is not known.
UPDATE notification n SET email_pending = FALSE
WHERE NOT EXISTS (
    SELECT 1 FROM (
        SELECT coalesce(p.frequency,
                        CASE WHEN n.category IN ('REPLIES', 'MODERATION') THEN 'IMMEDIATE' ELSE 'DAILY' END) AS frequency
        FROM (SELECT 1) one
        LEFT JOIN notification_preference p ON p.account_id = n.recipient_id AND p.category = n.category
    ) f
    LEFT JOIN notification_digest d ON d.account_id = n.recipient_id
    WHERE (f.frequency = 'DAILY' AND n.id > coalesce(d.daily_cursor, 0))
       OR (f.frequency = 'WEEKLY' AND n.id > coalesce(d.weekly_cursor, 0))
);

CREATE INDEX notification_email_pending_idx ON notification (recipient_id, id) WHERE email_pending;
