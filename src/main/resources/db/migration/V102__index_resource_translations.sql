-- Resources are indexed in the language they were written in (V81), no longer their file's first
-- language, and each translation of a resource gets a search_entry row of its own in its language
-- (as V100 does for the other translations), leading to the resource's page in that language
-- (?text=). A translation carries its resource's facts, so it is hidden exactly as the resource is.

CREATE OR REPLACE FUNCTION search_translation_path(p_kind TEXT, p_path TEXT, p_language TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE WHEN p_kind IN ('DIALOGUE', 'VISION_PARAGRAPH', 'MEETING_MINUTES', 'RESOURCE')
                THEN split_part(p_path, '#', 1)
                     || CASE p_kind WHEN 'MEETING_MINUTES' THEN '?version=' ELSE '?text=' END || p_language
                     || CASE WHEN strpos(p_path, '#') > 0 THEN '#' || split_part(p_path, '#', 2) ELSE '' END
                ELSE p_path END;

CREATE OR REPLACE FUNCTION search_index_resource(r resource) RETURNS void LANGUAGE sql AS $$
    SELECT search_index('RESOURCE', r.id, r.dialogue_id, r.language,
        r.title, r.summary || E'\n' || search_plain(r.body_source) || E'\n' || r.transcript || E'\n'
        || r.authors || E'\n' || r.organisation, NULL, '/resources/' || r.id, TRUE, r.created_at)
$$;

CREATE FUNCTION search_index_resource_translation(t resource_translation) RETURNS void LANGUAGE sql AS $$
    SELECT search_index_translation('RESOURCE', t.resource_id, t.language, t.title,
        t.summary || E'\n' || search_plain(t.body_source) || E'\n' || t.transcript)
$$;

CREATE FUNCTION search_resource_translation_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM search_unindex_translation('RESOURCE', OLD.resource_id, OLD.language);
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    PERFORM search_index_resource_translation(NEW);
    RETURN NEW;
END;
$$;

CREATE TRIGGER resource_translation_search AFTER INSERT OR UPDATE OR DELETE ON resource_translation
    FOR EACH ROW EXECUTE FUNCTION search_resource_translation_sync();

-- What was written before this migration.
SELECT search_index_resource(r) FROM resource r;
SELECT search_index_resource_translation(t) FROM resource_translation t;
