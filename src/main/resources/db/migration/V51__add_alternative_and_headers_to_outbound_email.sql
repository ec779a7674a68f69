-- A message may carry an HTML alternative to its plain text and extra headers (List-Unsubscribe),
-- kept, like the body, until the SMTP server accepts it.
ALTER TABLE outbound_email ADD COLUMN html_body TEXT;
ALTER TABLE outbound_email ADD COLUMN headers TEXT;
