-- An erased account has no name left to show: the directory gives NULL, which every page shows as
-- "Former participant" in the reader's language (author.former), instead of the English text the
-- account row keeps.
CREATE OR REPLACE VIEW account_directory AS
SELECT id, CAST(CASE WHEN erased_at IS NULL THEN display_name END AS VARCHAR(80)) AS display_name, organisation, region,
       stakeholder_group_id, status
FROM account;
