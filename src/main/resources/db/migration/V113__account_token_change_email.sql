-- A link that confirms a new email address for an account carries the address it will set.
ALTER TABLE account_token ADD COLUMN pending_email VARCHAR(254);
ALTER TABLE account_token DROP CONSTRAINT account_token_purpose_valid;
ALTER TABLE account_token ADD CONSTRAINT account_token_purpose_valid
    CHECK (purpose IN ('CONFIRM_EMAIL', 'RESET_PASSWORD', 'CHANGE_EMAIL'));
