-- The exports' second read model (ADR 0008): the facilitators' and translators' translations of
-- challenges and comments (issue 15), one row per contribution and language, keyed as the rows of
-- export_contribution are (kind CHALLENGE, or COMMENT for challenge and draft comments alike), with
-- whether the original was edited after the translation was made.
CREATE VIEW export_translation AS
SELECT 'CHALLENGE'                                       AS kind,
       t.challenge_id                                    AS id,
       t.language,
       NULLIF(t.title, '')                               AS title,
       NULLIF(t.body_source, '')                         AS text,
       coalesce(c.edited_at > t.translated_at, false)    AS out_of_date
FROM challenge_translation t
JOIN challenge c ON c.id = t.challenge_id
UNION ALL
SELECT 'COMMENT', t.comment_id, t.language, NULL, NULLIF(t.body_source, ''),
       coalesce(m.edited_at > t.translated_at, false)
FROM comment_translation t
JOIN comment m ON m.id = t.comment_id;
