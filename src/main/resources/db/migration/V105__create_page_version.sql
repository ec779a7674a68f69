-- One number that changes whenever anything a page can show changes: the visitors' page cache
-- (shared/web/VisitorPageCache) keeps a rendered page with the number it was rendered under and serves it
-- only while the number is the same, on every instance, because every instance reads it from here.
--
-- The number is bumped by a deferred trigger, at commit, once per transaction, in the writing transaction
-- itself: a reader sees the new number exactly when it sees the new content, never before (so a page
-- rendered from old content cannot be kept under the new number), and the lock on the row is taken last,
-- after every other lock of the transaction, so two writers cannot deadlock on it.
CREATE TABLE page_version (
    id      smallint PRIMARY KEY CHECK (id = 1),
    version bigint NOT NULL
);

INSERT INTO page_version (id, version) VALUES (1, 0);

CREATE FUNCTION page_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('common_ground.page_version_bumped', true) IS DISTINCT FROM 'on' THEN
        UPDATE page_version SET version = version + 1 WHERE id = 1;
        PERFORM set_config('common_ground.page_version_bumped', 'on', true);
    END IF;
    RETURN NULL;
END;
$$;

-- Every table gets the trigger except those no page shows (sessions, tokens, logs, queues, the search index
-- derived from tables that have it, newsletter subscriptions): PageVersionIT fails when a new table has
-- neither, so a new table is a decision. Keep this list and PageVersionIT.NOT_SHOWN the same.
DO $$
DECLARE
    t text;
BEGIN
    FOR t IN
        SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = current_schema() AND c.relkind = 'r' AND NOT c.relispartition
           AND c.relname NOT IN ('page_version', 'flyway_schema_history', 'shedlock', 'spring_session',
               'spring_session_attributes', 'persistent_logins', 'rate_limit_bucket', 'account_token',
               'api_token', 'audit_entry', 'event_publication', 'outbound_email', 'notification',
               'notification_digest', 'notification_secret', 'newsletter_subscriber', 'newsletter_consent',
               'newsletter_delivery', 'sms_inbound', 'sms_outbound', 'search_entry', 'search_word')
    LOOP
        EXECUTE format('CREATE CONSTRAINT TRIGGER page_version_changed AFTER INSERT OR UPDATE OR DELETE ON %I '
            'DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_version_bump()', t);
        EXECUTE format('CREATE TRIGGER page_version_truncated AFTER TRUNCATE ON %I '
            'FOR EACH STATEMENT EXECUTE FUNCTION page_version_bump()', t);
    END LOOP;
END;
$$;
