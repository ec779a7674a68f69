-- A text accepted from the SMS inbox is kept as a recorded contribution too (channel SMS, on
-- behalf of its sender), so that pages and exports say how it came in; it belongs to no meeting.
-- Challenges and comments read their record's channel and meeting through the indexes of V98.
ALTER TABLE recorded_contribution ALTER COLUMN meeting_id DROP NOT NULL;
