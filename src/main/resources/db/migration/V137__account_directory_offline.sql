-- Whether the account is one that cannot sign in because it was made for someone who takes part
-- offline (by SMS or at meetings, ADR 0011): its address is in the reserved domain and never
-- confirmed (Account.isOffline). The dialogue module reads it to not offer, and to refuse, the
-- facilitator role to such an account (W4 #4). A new last column: the view's other columns stay.
CREATE OR REPLACE VIEW account_directory AS
SELECT id, CAST(CASE WHEN erased_at IS NULL THEN display_name END AS VARCHAR(80)) AS display_name, organisation, region,
       stakeholder_group_id, status,
       (email LIKE '%@offline.invalid' AND email_confirmed_at IS NULL) AS offline
FROM account;
