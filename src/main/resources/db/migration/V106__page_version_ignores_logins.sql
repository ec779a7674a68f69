-- A login writes account.last_login_at and previous_login_at, which no page shows; with V105's trigger it
-- bumped page_version and so emptied every visitor's kept page. The account table's trigger now fires on an
-- update only when something other than those two columns changed; inserts and deletes still always bump.
DROP TRIGGER page_version_changed ON account;

CREATE CONSTRAINT TRIGGER page_version_changed AFTER UPDATE ON account
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN ((to_jsonb(OLD) - 'last_login_at' - 'previous_login_at')
          IS DISTINCT FROM (to_jsonb(NEW) - 'last_login_at' - 'previous_login_at'))
    EXECUTE FUNCTION page_version_bump();

CREATE CONSTRAINT TRIGGER page_version_added_or_removed AFTER INSERT OR DELETE ON account
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_version_bump();
