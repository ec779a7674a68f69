-- A correction of published minutes is shown to visitors beside the item ("Corrected on …"): like every
-- table a page shows (V105), it bumps page_version at commit, so that no kept visitor page outlives it.
CREATE CONSTRAINT TRIGGER page_version_changed AFTER INSERT OR UPDATE OR DELETE ON minute_correction
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_version_bump();
CREATE TRIGGER page_version_truncated AFTER TRUNCATE ON minute_correction
    FOR EACH STATEMENT EXECUTE FUNCTION page_version_bump();
