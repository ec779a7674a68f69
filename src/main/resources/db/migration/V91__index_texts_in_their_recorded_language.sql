-- Search (V90) guessed a text's language from its author's interface language. Challenges and
-- comments now record the language they were written in, and dialogues their original
-- language (V40, V42): index each text under that language, and re-index what exists.
CREATE OR REPLACE FUNCTION search_index_dialogue(d dialogue) RETURNS void LANGUAGE sql AS $$
    SELECT search_index('DIALOGUE', d.id, d.id, d.original_language, d.title,
        d.summary || E'\n' || search_plain(d.description_source), NULL, '', TRUE, d.created_at)
$$;

CREATE OR REPLACE FUNCTION search_index_challenge(c challenge) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM search_index('CHALLENGE', c.id, c.dialogue_id, c.language, c.title,
        search_plain(c.body_source) || E'\n' || search_plain(c.response_source), c.author_group_id,
        '/challenges/' || c.id, c.moderation = 'VISIBLE', c.created_at);
    UPDATE search_entry SET container_visible = (c.moderation = 'VISIBLE')
     WHERE container_kind = 'CHALLENGE' AND container_id = c.id
       AND container_visible <> (c.moderation = 'VISIBLE');
END;
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
    ELSE
        item_path := '';
    END IF;
    PERFORM search_index('COMMENT', c.id, c.dialogue_id, c.language, '',
        search_plain(c.body_source), c.author_group_id, item_path || '#comment-' || c.id,
        c.status = 'VISIBLE', c.created_at, c.target_type, c.target_id, coalesce(shown, FALSE));
END;
$$;

SELECT search_index_dialogue(d) FROM dialogue d;
SELECT search_index_challenge(c) FROM challenge c;
SELECT search_index_comment(c) FROM comment c;
