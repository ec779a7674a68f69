-- Swahili has no stemmer, so misspellings and partial words are found by trigram similarity
-- (issue 20). Comparing each query word with every Swahili text (the partial trigram index of
-- V90) was the slow path of search (P6): a word like "madinni" shares trigrams with most of
-- the Swahili rows. Instead, as pg_trgm's documentation suggests, the distinct words of the
-- Swahili texts are kept in a small table with a trigram index: a query word is matched to its
-- nearest words there, and those words are then looked up in the full-text index like any
-- other query. The words are the lexemes of the Swahili configuration (unaccented, lower case).
CREATE TABLE search_word (
    word TEXT PRIMARY KEY
);
CREATE INDEX search_word_trgm_idx ON search_word USING gin (word gin_trgm_ops);

INSERT INTO search_word
SELECT DISTINCT w FROM search_entry e,
    unnest(tsvector_to_array(to_tsvector('cg_sw', e.title || ' ' || e.body))) AS w
WHERE e.language = 'sw' AND length(w) BETWEEN 3 AND 40
ON CONFLICT DO NOTHING;

CREATE FUNCTION search_word_collect() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_word
    SELECT DISTINCT w FROM unnest(tsvector_to_array(to_tsvector('cg_sw', NEW.title || ' ' || NEW.body))) AS w
    WHERE length(w) BETWEEN 3 AND 40
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

CREATE TRIGGER search_entry_words AFTER INSERT OR UPDATE OF title, body ON search_entry
    FOR EACH ROW WHEN (NEW.language = 'sw') EXECUTE FUNCTION search_word_collect();

-- The partial trigram index over whole texts is no longer read.
DROP INDEX search_entry_swahili_trgm_idx;
