-- The account module's published read model: what other modules may know of a person in SQL
-- (a name to show, the organisation and region a member gives, the stakeholder group, whether the account is
-- active), never an email address, a password hash or a role. Other modules keep account ids in
-- their own tables and join this view, not the account table, where a page must stay at one
-- statement (an author's label beside the membership's display mode, a publisher's name).
-- Owned by the account module, which keeps it working when it changes its table.
CREATE VIEW account_directory AS
SELECT id, display_name, organisation, region, stakeholder_group_id, status
FROM account;
