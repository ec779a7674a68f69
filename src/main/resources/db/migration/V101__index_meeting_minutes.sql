-- Published meeting minutes are searchable (issue 20, ADR 0013's extension point): one row per
-- minutes in their original language (kind MEETING_MINUTES, the meeting's title and the items'
-- texts in order), and one per language version as a translation (V100), leading to the minutes'
-- page in that version (?version=). Drafts and minutes in review are not indexed; the dialogue's
-- readers are the minutes' readers, as for everything else in search_entry.

-- As in V100, and the minutes' page picks its language with ?version=.
CREATE OR REPLACE FUNCTION search_translation_path(p_kind TEXT, p_path TEXT, p_language TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE WHEN p_kind IN ('DIALOGUE', 'VISION_PARAGRAPH', 'MEETING_MINUTES')
                THEN split_part(p_path, '#', 1)
                     || CASE p_kind WHEN 'MEETING_MINUTES' THEN '?version=' ELSE '?text=' END || p_language
                     || CASE WHEN strpos(p_path, '#') > 0 THEN '#' || split_part(p_path, '#', 2) ELSE '' END
                ELSE p_path END;

-- Comments on minutes (target MINUTES, the meeting's id) were indexed by V90 as if they were
-- always shown, linking to the dialogue's page: while the minutes are a draft or in review only
-- members and facilitators may read those comments. Now they lead to the minutes and are shown only
-- once the minutes are published (container_visible, kept by search_index_minutes below).
CREATE OR REPLACE FUNCTION search_index_comment(c comment) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    item_path TEXT;
    shown BOOLEAN := TRUE;
BEGIN
    IF c.target_type = 'CHALLENGE' THEN
        item_path := '/challenges/' || c.target_id;
        SELECT moderation = 'VISIBLE' INTO shown FROM challenge WHERE id = c.target_id;
    ELSIF c.target_type = 'VISION' THEN
        item_path := '/vision' || coalesce('/versions/' || c.target_version, '');
    ELSIF c.target_type = 'RESOURCE' THEN
        item_path := '/resources/' || c.target_id;
    ELSIF c.target_type = 'MINUTES' THEN
        item_path := '/meetings/' || c.target_id || '/minutes';
        SELECT status = 'PUBLISHED' INTO shown FROM meeting_minutes WHERE meeting_id = c.target_id;
        shown := coalesce(shown, FALSE);
    ELSE
        item_path := '';
    END IF;
    PERFORM search_index('COMMENT', c.id, c.dialogue_id, c.language, '',
        search_plain(c.body_source), c.author_group_id, item_path || '#comment-' || c.id,
        c.status = 'VISIBLE', c.created_at, c.target_type, c.target_id, coalesce(shown, FALSE));
END;
$$;

-- (Re-)indexes the minutes of one meeting in every language they have texts in; removes them
-- while they are not published (or no longer exist).
CREATE FUNCTION search_index_minutes(p_minutes_id BIGINT) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    m meeting_minutes;
    mt meeting;
    version RECORD;
BEGIN
    SELECT * INTO m FROM meeting_minutes WHERE id = p_minutes_id;
    -- The comments on them are shown once they are published.
    UPDATE search_entry e SET container_visible = coalesce(m.status = 'PUBLISHED', FALSE)
     WHERE e.container_kind = 'MINUTES'
       AND e.container_id = m.meeting_id
       AND e.container_visible <> coalesce(m.status = 'PUBLISHED', FALSE);
    IF m.id IS NULL OR m.status <> 'PUBLISHED' THEN
        PERFORM search_unindex('MEETING_MINUTES', p_minutes_id);
        RETURN;
    END IF;
    SELECT * INTO mt FROM meeting WHERE id = m.meeting_id;
    PERFORM search_index('MEETING_MINUTES', m.id, mt.dialogue_id, m.original_language, mt.title,
        (SELECT string_agg(search_plain(t.source), E'\n' ORDER BY i.position)
           FROM minute_item i JOIN minute_item_text t ON t.item_id = i.id AND t.language = m.original_language
          WHERE i.minutes_id = m.id),
        NULL, '/meetings/' || mt.id || '/minutes', TRUE, coalesce(m.published_at, m.created_at));
    DELETE FROM search_entry e
     WHERE e.kind = 'MEETING_MINUTES' AND e.source_id = m.id AND e.translation
       AND NOT EXISTS (SELECT 1 FROM minute_item i JOIN minute_item_text t ON t.item_id = i.id
                        WHERE i.minutes_id = m.id AND t.language = e.language);
    FOR version IN
        SELECT t.language, string_agg(search_plain(t.source), E'\n' ORDER BY i.position) AS body
          FROM minute_item i JOIN minute_item_text t ON t.item_id = i.id
         WHERE i.minutes_id = m.id AND t.language <> m.original_language
         GROUP BY t.language
    LOOP
        PERFORM search_index_translation('MEETING_MINUTES', m.id, version.language, mt.title, version.body);
    END LOOP;
END;
$$;

CREATE FUNCTION search_minutes_sync() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    row_ RECORD;
BEGIN
    IF TG_OP = 'DELETE' THEN
        row_ := OLD;
    ELSE
        row_ := NEW;
    END IF;
    -- One statement per table: the row has only its own table's columns.
    CASE TG_TABLE_NAME
        WHEN 'meeting_minutes' THEN PERFORM search_index_minutes(row_.id);
        WHEN 'minute_item' THEN PERFORM search_index_minutes(row_.minutes_id);
        WHEN 'minute_item_text' THEN
            PERFORM search_index_minutes(i.minutes_id) FROM minute_item i WHERE i.id = row_.item_id;
        WHEN 'meeting' THEN
            PERFORM search_index_minutes(m.id) FROM meeting_minutes m WHERE m.meeting_id = row_.id;
    END CASE;
    RETURN NULL;
END;
$$;

CREATE TRIGGER meeting_minutes_search AFTER INSERT OR UPDATE OR DELETE ON meeting_minutes
    FOR EACH ROW EXECUTE FUNCTION search_minutes_sync();
CREATE TRIGGER minute_item_search AFTER UPDATE OR DELETE ON minute_item
    FOR EACH ROW EXECUTE FUNCTION search_minutes_sync();
CREATE TRIGGER minute_item_text_search AFTER INSERT OR UPDATE OR DELETE ON minute_item_text
    FOR EACH ROW EXECUTE FUNCTION search_minutes_sync();
CREATE TRIGGER meeting_search AFTER UPDATE OF title ON meeting
    FOR EACH ROW EXECUTE FUNCTION search_minutes_sync();

-- Minutes published before this migration, and the comments on any minutes.
SELECT search_index_minutes(m.id) FROM meeting_minutes m WHERE m.status = 'PUBLISHED';
SELECT search_index_comment(c) FROM comment c WHERE c.target_type = 'MINUTES';
