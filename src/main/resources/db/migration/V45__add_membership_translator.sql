-- A member a facilitator trusts to translate the dialogue's challenges and comments
-- (issue 15). Only an active member's mark counts; their translations stay when it goes.
ALTER TABLE membership ADD COLUMN translator BOOLEAN NOT NULL DEFAULT FALSE;
