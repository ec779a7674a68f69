-- Translations are searchable (issues 15 and 20, ADR 0013/0014): each translation of a dialogue,
-- challenge, comment or vision paragraph gets a search_entry row of its own, in its language, with
-- translation = TRUE. The row carries the original's facts (dialogue, stakeholder group, where the
-- item is, whether it and what it belongs to may be shown, when it was written), copied from the
-- original's row when the translation is written and again whenever the original is re-indexed, so
-- the search service's filters (visible, container_visible, readable dialogues) apply to it exactly as
-- to the original: a translation of a hidden comment is hidden with it. A translation is only indexed
-- while its original is (a paragraph of an older vision version, a draft: neither is).

-- Where a translation leads: the original's page, showing that language where the page can
-- (the dialogue's page and the vision's pages take ?text=); elsewhere translations are shown
-- below their original.
CREATE FUNCTION search_translation_path(p_kind TEXT, p_path TEXT, p_language TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE WHEN p_kind IN ('DIALOGUE', 'VISION_PARAGRAPH')
                THEN split_part(p_path, '#', 1) || '?text=' || p_language
                     || CASE WHEN strpos(p_path, '#') > 0 THEN '#' || split_part(p_path, '#', 2) ELSE '' END
                ELSE p_path END;

-- As in V90, and the original's facts are carried to its translations' rows. An original written in
-- the language of one of its translations takes that row over.
CREATE OR REPLACE FUNCTION search_index(p_kind TEXT, p_source_id BIGINT, p_dialogue_id BIGINT, p_language TEXT,
        p_title TEXT, p_body TEXT, p_group_id BIGINT, p_path TEXT, p_visible BOOLEAN,
        p_created_at TIMESTAMPTZ, p_container_kind TEXT DEFAULT NULL, p_container_id BIGINT DEFAULT NULL,
        p_container_visible BOOLEAN DEFAULT TRUE) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    lang TEXT := CASE WHEN p_language IN ('en', 'fr', 'sw', 'es', 'pt') THEN p_language ELSE 'en' END;
BEGIN
    DELETE FROM search_entry
     WHERE kind = p_kind AND source_id = p_source_id AND NOT translation AND language <> lang;
    INSERT INTO search_entry (kind, source_id, dialogue_id, language, title, body, group_id, path, visible,
            container_kind, container_id, container_visible, created_at)
    VALUES (p_kind, p_source_id, p_dialogue_id, lang, coalesce(p_title, ''), coalesce(p_body, ''), p_group_id,
            p_path, p_visible, p_container_kind, p_container_id, p_container_visible, p_created_at)
    ON CONFLICT (kind, source_id, language) DO UPDATE
       SET dialogue_id = EXCLUDED.dialogue_id, title = EXCLUDED.title, body = EXCLUDED.body,
           group_id = EXCLUDED.group_id, path = EXCLUDED.path, visible = EXCLUDED.visible,
           container_kind = EXCLUDED.container_kind, container_id = EXCLUDED.container_id,
           container_visible = EXCLUDED.container_visible, translation = FALSE,
           created_at = EXCLUDED.created_at;
    UPDATE search_entry t
       SET dialogue_id = p_dialogue_id, group_id = p_group_id,
           path = search_translation_path(p_kind, p_path, t.language), visible = p_visible,
           container_kind = p_container_kind, container_id = p_container_id,
           container_visible = p_container_visible, created_at = p_created_at
     WHERE t.kind = p_kind AND t.source_id = p_source_id AND t.translation;
END;
$$;

-- Indexes (or re-indexes) one translation, with its original's facts; nothing while the original
-- is not indexed.
CREATE FUNCTION search_index_translation(p_kind TEXT, p_source_id BIGINT, p_language TEXT, p_title TEXT,
        p_body TEXT) RETURNS void LANGUAGE sql AS $$
    INSERT INTO search_entry (kind, source_id, dialogue_id, language, translation, title, body, group_id, path,
            visible, container_kind, container_id, container_visible, created_at)
    SELECT o.kind, o.source_id, o.dialogue_id, p_language, TRUE, coalesce(p_title, ''), coalesce(p_body, ''),
           o.group_id, search_translation_path(o.kind, o.path, p_language), o.visible, o.container_kind,
           o.container_id, o.container_visible, o.created_at
      FROM search_entry o
     WHERE o.kind = p_kind AND o.source_id = p_source_id AND NOT o.translation AND o.language <> p_language
    ON CONFLICT (kind, source_id, language) DO UPDATE
       SET title = EXCLUDED.title, body = EXCLUDED.body
     WHERE search_entry.translation
$$;

CREATE FUNCTION search_unindex_translation(p_kind TEXT, p_source_id BIGINT, p_language TEXT) RETURNS void
    LANGUAGE sql AS $$
    DELETE FROM search_entry WHERE kind = p_kind AND source_id = p_source_id AND language = p_language AND translation
$$;

CREATE FUNCTION search_index_dialogue_translation(t dialogue_translation) RETURNS void LANGUAGE sql AS $$
    SELECT search_index_translation('DIALOGUE', t.dialogue_id, t.language, t.title,
        t.summary || E'\n' || search_plain(t.description_source))
$$;

CREATE FUNCTION search_index_challenge_translation(t challenge_translation) RETURNS void LANGUAGE sql AS $$
    SELECT search_index_translation('CHALLENGE', t.challenge_id, t.language, t.title,
        search_plain(t.body_source) || E'\n' || search_plain(t.response_source))
$$;

CREATE FUNCTION search_index_comment_translation(t comment_translation) RETURNS void LANGUAGE sql AS $$
    SELECT search_index_translation('COMMENT', t.comment_id, t.language, '', search_plain(t.body_source))
$$;

CREATE FUNCTION search_index_vision_paragraph_translation(t vision_paragraph_translation) RETURNS void
    LANGUAGE sql AS $$
    SELECT search_index_translation('VISION_PARAGRAPH', t.paragraph_id, t.language, '', search_plain(t.source))
$$;

CREATE FUNCTION search_translation_sync() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    kind TEXT := TG_ARGV[0];
    old_id BIGINT;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        -- One statement per table: OLD has only its own table's columns.
        CASE TG_TABLE_NAME
            WHEN 'dialogue_translation' THEN old_id := OLD.dialogue_id;
            WHEN 'challenge_translation' THEN old_id := OLD.challenge_id;
            WHEN 'comment_translation' THEN old_id := OLD.comment_id;
            WHEN 'vision_paragraph_translation' THEN old_id := OLD.paragraph_id;
        END CASE;
        PERFORM search_unindex_translation(kind, old_id, OLD.language);
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    CASE TG_TABLE_NAME
        WHEN 'dialogue_translation' THEN PERFORM search_index_dialogue_translation(NEW);
        WHEN 'challenge_translation' THEN PERFORM search_index_challenge_translation(NEW);
        WHEN 'comment_translation' THEN PERFORM search_index_comment_translation(NEW);
        WHEN 'vision_paragraph_translation' THEN PERFORM search_index_vision_paragraph_translation(NEW);
    END CASE;
    RETURN NEW;
END;
$$;

CREATE TRIGGER dialogue_translation_search AFTER INSERT OR UPDATE OR DELETE ON dialogue_translation
    FOR EACH ROW EXECUTE FUNCTION search_translation_sync('DIALOGUE');
CREATE TRIGGER challenge_translation_search AFTER INSERT OR UPDATE OR DELETE ON challenge_translation
    FOR EACH ROW EXECUTE FUNCTION search_translation_sync('CHALLENGE');
CREATE TRIGGER comment_translation_search AFTER INSERT OR UPDATE OR DELETE ON comment_translation
    FOR EACH ROW EXECUTE FUNCTION search_translation_sync('COMMENT');
CREATE TRIGGER vision_paragraph_translation_search AFTER INSERT OR UPDATE OR DELETE
    ON vision_paragraph_translation
    FOR EACH ROW EXECUTE FUNCTION search_translation_sync('VISION_PARAGRAPH');

-- What was translated before this migration.
SELECT search_index_dialogue_translation(t) FROM dialogue_translation t;
SELECT search_index_challenge_translation(t) FROM challenge_translation t;
SELECT search_index_comment_translation(t) FROM comment_translation t;
SELECT search_index_vision_paragraph_translation(t) FROM vision_paragraph_translation t;
