-- The directory tells which accounts take part offline (recorded at a meeting or by SMS: an address
-- in the reserved domain, never confirmed, so they never log in; Account.isOffline), so that the
-- dialogue cards can say how many of a dialogue's members take part that way, and so that the dialogue
-- module neither offers nor gives the facilitator role to such an account.
CREATE OR REPLACE VIEW account_directory AS
SELECT id, CAST(CASE WHEN erased_at IS NULL THEN display_name END AS VARCHAR(80)) AS display_name, organisation, region,
       stakeholder_group_id, status, (email LIKE '%@offline.invalid' AND email_confirmed_at IS NULL) AS offline
FROM account;
