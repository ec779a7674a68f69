-- The value a remember-me series had before its last renewal, accepted for a short grace
-- window so that parallel requests with one cookie are not taken for cookie theft.
ALTER TABLE persistent_logins ADD COLUMN previous_token VARCHAR(64);
