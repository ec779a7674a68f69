-- Full-text search (issue #20, QUALITY.md P6). One table, search_entry, owned by the search
-- module, holds one row per indexed text and language. It is kept in step by triggers in
-- the same transaction as every write to the indexed tables: the search module reads the
-- owners' rows, no module writes another's tables from Java. See docs/adr/0013.
--
-- Extension point: another module indexes its texts by calling search_index(...) from a
-- trigger in its own migration (and search_unindex(...) on delete), giving a kind (such as
-- MEETING_MINUTES), the path of the item inside its dialogue, and whether it may be shown.

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Per-language configurations: accents removed before stemming, so that "regulation"
-- finds "régulation". Swahili has no stemmer: simple words, helped by trigram matching.
CREATE TEXT SEARCH CONFIGURATION cg_en (COPY = english);
ALTER TEXT SEARCH CONFIGURATION cg_en ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
CREATE TEXT SEARCH CONFIGURATION cg_fr (COPY = french);
ALTER TEXT SEARCH CONFIGURATION cg_fr ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
CREATE TEXT SEARCH CONFIGURATION cg_es (COPY = spanish);
ALTER TEXT SEARCH CONFIGURATION cg_es ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;
CREATE TEXT SEARCH CONFIGURATION cg_pt (COPY = portuguese);
ALTER TEXT SEARCH CONFIGURATION cg_pt ALTER MAPPING FOR hword, hword_part, word WITH unaccent, portuguese_stem;
CREATE TEXT SEARCH CONFIGURATION cg_sw (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION cg_sw ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;

-- A SQL-standard body (not a string): PostgreSQL then records that the function depends on the
-- configurations, so that pg_dump restores them before the table whose generated column uses it.
CREATE FUNCTION search_config(language TEXT) RETURNS regconfig LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE language
        WHEN 'fr' THEN 'cg_fr'::regconfig
        WHEN 'es' THEN 'cg_es'::regconfig
        WHEN 'pt' THEN 'cg_pt'::regconfig
        WHEN 'sw' THEN 'cg_sw'::regconfig
        ELSE 'cg_en'::regconfig
    END;

-- Markdown marks are left out of the indexed text (they would show in snippets).
CREATE FUNCTION search_plain(source TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT regexp_replace(coalesce(source, ''), '[*#`>_~|]+|\]\([^)]*\)|\[', ' ', 'g')
$$;

CREATE TABLE search_entry (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind              VARCHAR(20)  NOT NULL,
    source_id         BIGINT       NOT NULL,
    dialogue_id       BIGINT       NOT NULL REFERENCES dialogue (id) ON DELETE CASCADE,
    -- The language the text is written in; translations get rows of their own.
    language          VARCHAR(5)   NOT NULL,
    translation       BOOLEAN      NOT NULL DEFAULT FALSE,
    title             TEXT         NOT NULL DEFAULT '',
    body              TEXT         NOT NULL DEFAULT '',
    group_id          BIGINT,
    -- Where the item is, below /dialogues/{slug}.
    path              VARCHAR(300) NOT NULL,
    -- The item itself may be shown (not hidden, deleted or pending) ...
    visible           BOOLEAN      NOT NULL,
    -- ... and what it belongs to (a comment's challenge) may be shown.
    container_kind    VARCHAR(20),
    container_id      BIGINT,
    container_visible BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at        TIMESTAMPTZ  NOT NULL,
    document          tsvector     GENERATED ALWAYS AS (
        setweight(to_tsvector(search_config(language), title), 'A')
        || setweight(to_tsvector(search_config(language), body), 'B')) STORED,
    CONSTRAINT search_entry_unique UNIQUE (kind, source_id, language),
    CONSTRAINT search_entry_language_valid CHECK (language IN ('en', 'fr', 'sw', 'es', 'pt'))
);
CREATE INDEX search_entry_document_idx ON search_entry USING gin (document);
CREATE INDEX search_entry_swahili_trgm_idx ON search_entry USING gin ((title || ' ' || body) gin_trgm_ops)
    WHERE language = 'sw';
CREATE INDEX search_entry_container_idx ON search_entry (container_kind, container_id)
    WHERE container_kind IS NOT NULL;

-- Indexes (or re-indexes) the original text of one item, in one language.
CREATE FUNCTION search_index(p_kind TEXT, p_source_id BIGINT, p_dialogue_id BIGINT, p_language TEXT,
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
           container_visible = EXCLUDED.container_visible;
END;
$$;

CREATE FUNCTION search_unindex(p_kind TEXT, p_source_id BIGINT) RETURNS void LANGUAGE sql AS $$
    DELETE FROM search_entry WHERE kind = p_kind AND source_id = p_source_id
$$;

CREATE FUNCTION search_locale(p_account_id BIGINT) RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT locale FROM account WHERE id = p_account_id
$$;

-- Dialogues: title, summary and description, in their original language (V40).
CREATE FUNCTION search_index_dialogue(d dialogue) RETURNS void LANGUAGE sql AS $$
    SELECT search_index('DIALOGUE', d.id, d.id, d.original_language, d.title,
        d.summary || E'\n' || search_plain(d.description_source), NULL, '', TRUE, d.created_at)
$$;

-- Challenges (and the facilitators' response), in the language they were written in (V42); hidden and
-- pending ones are kept out, and so are the comments under them.
CREATE FUNCTION search_index_challenge(c challenge) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM search_index('CHALLENGE', c.id, c.dialogue_id, c.language, c.title,
        search_plain(c.body_source) || E'\n' || search_plain(c.response_source), c.author_group_id,
        '/challenges/' || c.id, c.moderation = 'VISIBLE', c.created_at);
    UPDATE search_entry SET container_visible = (c.moderation = 'VISIBLE')
     WHERE container_kind = 'CHALLENGE' AND container_id = c.id
       AND container_visible <> (c.moderation = 'VISIBLE');
END;
$$;

-- Comments on challenges, vision paragraphs and resources, in the language they were written in (V42).
CREATE FUNCTION search_index_comment(c comment) RETURNS void LANGUAGE plpgsql AS $$
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

-- Vision paragraphs of the newest published version only (drafts are never indexed), in the
-- dialogue's original language (translations are separate, V41).
CREATE FUNCTION search_index_vision_paragraph(p vision_paragraph) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    v vision_version;
BEGIN
    SELECT * INTO v FROM vision_version WHERE id = p.version_id;
    DELETE FROM search_entry e
     WHERE e.kind = 'VISION_PARAGRAPH' AND e.dialogue_id = v.dialogue_id AND e.container_id <> v.id;
    PERFORM search_index('VISION_PARAGRAPH', p.id, v.dialogue_id,
        (SELECT d.original_language FROM dialogue d WHERE d.id = v.dialogue_id), '',
        search_plain(p.source), NULL, '/vision/versions/' || v.number || '#paragraph-' || p.paragraph_key,
        TRUE, v.published_at, 'VISION_VERSION', v.id, TRUE);
END;
$$;

-- Resources: title, summary, article, transcript, authors; in their first language.
CREATE FUNCTION search_index_resource(r resource) RETURNS void LANGUAGE sql AS $$
    SELECT search_index('RESOURCE', r.id, r.dialogue_id, coalesce(r.languages[1], search_locale(r.created_by)),
        r.title, r.summary || E'\n' || search_plain(r.body_source) || E'\n' || r.transcript || E'\n'
        || r.authors || E'\n' || r.organisation, NULL, '/resources/' || r.id, TRUE, r.created_at)
$$;

-- Map actors: label (or their stakeholder group's name), goal, tags, region; in the
-- dialogue's original language.
CREATE FUNCTION search_index_map_actor(a map_actor) RETURNS void LANGUAGE sql AS $$
    SELECT search_index('MAP_ACTOR', a.id, a.dialogue_id, d.original_language,
        CASE WHEN a.label <> '' THEN a.label
             ELSE coalesce((SELECT g.labels ->> d.original_language FROM stakeholder_group g
                            WHERE g.id = a.group_id), '') END,
        a.goal || E'\n' || a.tags || E'\n' || a.region, a.group_id, '/map/actors/' || a.id, TRUE, d.created_at)
      FROM dialogue d WHERE d.id = a.dialogue_id
$$;

CREATE FUNCTION search_entry_sync() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    kind TEXT := TG_ARGV[0];
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM search_unindex(kind, OLD.id);
        RETURN OLD;
    END IF;
    CASE TG_TABLE_NAME
        WHEN 'dialogue' THEN PERFORM search_index_dialogue(NEW);
        WHEN 'challenge' THEN PERFORM search_index_challenge(NEW);
        WHEN 'comment' THEN PERFORM search_index_comment(NEW);
        WHEN 'vision_paragraph' THEN PERFORM search_index_vision_paragraph(NEW);
        WHEN 'resource' THEN PERFORM search_index_resource(NEW);
        WHEN 'map_actor' THEN PERFORM search_index_map_actor(NEW);
    END CASE;
    RETURN NEW;
END;
$$;

CREATE TRIGGER dialogue_search AFTER INSERT OR UPDATE OR DELETE ON dialogue
    FOR EACH ROW EXECUTE FUNCTION search_entry_sync('DIALOGUE');
CREATE TRIGGER challenge_search AFTER INSERT OR UPDATE OR DELETE ON challenge
    FOR EACH ROW EXECUTE FUNCTION search_entry_sync('CHALLENGE');
CREATE TRIGGER comment_search AFTER INSERT OR UPDATE OR DELETE ON comment
    FOR EACH ROW EXECUTE FUNCTION search_entry_sync('COMMENT');
CREATE TRIGGER vision_paragraph_search AFTER INSERT OR UPDATE OR DELETE ON vision_paragraph
    FOR EACH ROW EXECUTE FUNCTION search_entry_sync('VISION_PARAGRAPH');
CREATE TRIGGER resource_search AFTER INSERT OR UPDATE OR DELETE ON resource
    FOR EACH ROW EXECUTE FUNCTION search_entry_sync('RESOURCE');
CREATE TRIGGER map_actor_search AFTER INSERT OR UPDATE OR DELETE ON map_actor
    FOR EACH ROW EXECUTE FUNCTION search_entry_sync('MAP_ACTOR');

-- What was written before this migration.
SELECT search_index_dialogue(d) FROM dialogue d;
SELECT search_index_challenge(c) FROM challenge c;
SELECT search_index_comment(c) FROM comment c;
SELECT search_index_vision_paragraph(p) FROM vision_paragraph p
 WHERE p.version_id IN (SELECT DISTINCT ON (dialogue_id) id FROM vision_version ORDER BY dialogue_id, number DESC);
SELECT search_index_resource(r) FROM resource r;
SELECT search_index_map_actor(a) FROM map_actor a;
