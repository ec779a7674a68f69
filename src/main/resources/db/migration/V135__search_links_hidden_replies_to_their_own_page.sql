-- A search hit on a reply that the page of what it is on does not show (W1 #4) linked to an anchor
-- missing from that page. That page shows, under each top-level comment, its first 3 replies and the
-- first 3 replies of each of those (CommentRepository.findThreadIds and findAnchoredThreadIds,
-- app.comment.replies-shown, 3 by default): any other reply now links to its own page,
-- /comments/{id}, which always shows it. Whether a reply is among the first is fixed when it is
-- written (replies come in id order, and rows are not deleted but marked), so the path is computed here.

CREATE FUNCTION search_reply_shown_on_target(c comment) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT c.parent_id IS NULL
        OR ((SELECT count(*) FROM comment s WHERE s.parent_id = c.parent_id AND s.id < c.id) < 3
            AND (SELECT p.parent_id IS NULL
                        OR (gp.parent_id IS NULL
                            AND (SELECT count(*) FROM comment s WHERE s.parent_id = p.parent_id AND s.id < p.id) < 3)
                   FROM comment p LEFT JOIN comment gp ON gp.id = p.parent_id
                  WHERE p.id = c.parent_id))
$$;

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
    IF NOT coalesce(search_reply_shown_on_target(c), TRUE) THEN
        item_path := '/comments/' || c.id;
    END IF;
    PERFORM search_index('COMMENT', c.id, c.dialogue_id, c.language, '',
        search_plain(c.body_source), c.author_group_id, item_path || '#comment-' || c.id,
        c.status = 'VISIBLE', c.created_at, c.target_type, c.target_id, coalesce(shown, FALSE));
END;
$$;

-- The replies written before this migration (their translations' rows follow, as search_index
-- keeps them in step).
SELECT search_index_comment(c) FROM comment c
 WHERE c.parent_id IS NOT NULL AND NOT search_reply_shown_on_target(c);
