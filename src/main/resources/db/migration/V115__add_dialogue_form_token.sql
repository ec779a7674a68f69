-- The token of the "New dialogue" form a dialogue came from: a second post of the same
-- form (a double click, a reload, a resubmission) finds the dialogue the first made
-- instead of making another.
ALTER TABLE dialogue ADD COLUMN form_token VARCHAR(40);
ALTER TABLE dialogue ADD CONSTRAINT dialogue_form_token_key UNIQUE (created_by, form_token);
