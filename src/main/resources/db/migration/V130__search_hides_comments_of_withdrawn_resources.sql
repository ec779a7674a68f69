-- Search follows two library rules it missed:
-- * comments on a withdrawn (deleted) resource kept their search entries, leading to a page that answers
--   404: they are now out of search (container_visible, as the comments of a hidden challenge), also when
--   one of them is edited or restored later;
-- * a photo story without pictures is shown to its facilitators only (the library's rule): it is in
--   search once it has a picture, and again out of it when its last picture is taken down.

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
        shown := search_resource_shown(c.target_id);
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

-- A resource is shown to the dialogue's readers while it exists and, for a photo story, has a picture.
CREATE FUNCTION search_resource_shown(p_resource_id BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT r.kind <> 'PHOTO_STORY'
                            OR EXISTS (SELECT 1 FROM photo_frame f WHERE f.resource_id = r.id)
                       FROM resource r WHERE r.id = p_resource_id), FALSE)
$$;

CREATE OR REPLACE FUNCTION search_index_resource(r resource) RETURNS void LANGUAGE sql AS $$
    SELECT search_index('RESOURCE', r.id, r.dialogue_id, r.language,
        r.title, r.summary || E'\n' || search_plain(r.body_source) || E'\n' || r.transcript || E'\n'
        || r.authors || E'\n' || r.organisation, NULL, '/resources/' || r.id,
        r.kind <> 'PHOTO_STORY' OR EXISTS (SELECT 1 FROM photo_frame f WHERE f.resource_id = r.id), r.created_at)
$$;

-- The resource's entries (and its translations', which search_index keeps in step) and its comments'
-- follow whether it is shown.
CREATE FUNCTION search_resource_shown_sync(p_resource_id BIGINT) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    shown BOOLEAN := search_resource_shown(p_resource_id);
BEGIN
    UPDATE search_entry SET visible = shown
     WHERE kind = 'RESOURCE' AND source_id = p_resource_id AND visible <> shown;
    UPDATE search_entry SET container_visible = shown
     WHERE container_kind = 'RESOURCE' AND container_id = p_resource_id AND container_visible <> shown;
END;
$$;

CREATE FUNCTION search_photo_frame_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM search_resource_shown_sync(CASE WHEN TG_OP = 'DELETE' THEN OLD.resource_id ELSE NEW.resource_id END);
    RETURN NULL;
END;
$$;

CREATE TRIGGER photo_frame_search AFTER INSERT OR DELETE ON photo_frame
    FOR EACH ROW EXECUTE FUNCTION search_photo_frame_sync();

CREATE FUNCTION search_resource_withdrawn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM search_resource_shown_sync(OLD.id);
    RETURN NULL;
END;
$$;

CREATE TRIGGER resource_withdrawn_search AFTER DELETE ON resource
    FOR EACH ROW EXECUTE FUNCTION search_resource_withdrawn();

-- What was written before this migration.
SELECT search_resource_shown_sync(r.id) FROM resource r WHERE r.kind = 'PHOTO_STORY';
UPDATE search_entry e SET container_visible = FALSE
 WHERE e.container_kind = 'RESOURCE' AND e.container_visible
   AND NOT EXISTS (SELECT 1 FROM resource r WHERE r.id = e.container_id);
