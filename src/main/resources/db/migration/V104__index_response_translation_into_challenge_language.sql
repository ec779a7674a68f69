-- A response written in another language than its challenge (V82) may be translated into the challenge's own
-- language; that translation is a challenge_translation row in the challenge's language with only a response.
-- V100 indexes a translation only in a language other than its original's, so it was never searchable. It
-- now goes into the challenge's own search row, beside the response as written: a Swahili challenge answered
-- in English is found by the Swahili words of the answer's translation, and, as before, by the English ones.

CREATE OR REPLACE FUNCTION search_index_challenge(c challenge) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM search_index('CHALLENGE', c.id, c.dialogue_id, c.language, c.title,
        search_plain(c.body_source) || E'\n' || search_plain(c.response_source)
            || coalesce(E'\n' || (SELECT search_plain(t.response_source) FROM challenge_translation t
                                   WHERE t.challenge_id = c.id AND t.language = c.language), ''),
        c.author_group_id, '/challenges/' || c.id, c.moderation = 'VISIBLE', c.created_at);
    UPDATE search_entry SET container_visible = (c.moderation = 'VISIBLE')
     WHERE container_kind = 'CHALLENGE' AND container_id = c.id
       AND container_visible <> (c.moderation = 'VISIBLE');
END;
$$;

-- A translation into the challenge's own language re-indexes the challenge when it is written, changed or
-- removed (translations into other languages keep their own rows, V100).
CREATE FUNCTION search_challenge_own_language_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE'
            AND (NEW.challenge_id, NEW.language) IS DISTINCT FROM (OLD.challenge_id, OLD.language)) THEN
        PERFORM search_index_challenge(c) FROM challenge c
         WHERE c.id = OLD.challenge_id AND c.language = OLD.language;
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE'
            AND ((NEW.challenge_id, NEW.language) IS DISTINCT FROM (OLD.challenge_id, OLD.language)
                 OR NEW.response_source IS DISTINCT FROM OLD.response_source)) THEN
        PERFORM search_index_challenge(c) FROM challenge c
         WHERE c.id = NEW.challenge_id AND c.language = NEW.language;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER challenge_own_language_translation_search AFTER INSERT OR UPDATE OR DELETE ON challenge_translation
    FOR EACH ROW EXECUTE FUNCTION search_challenge_own_language_sync();

-- What was translated before this migration.
SELECT search_index_challenge(c) FROM challenge c
 WHERE EXISTS (SELECT 1 FROM challenge_translation t WHERE t.challenge_id = c.id AND t.language = c.language);
