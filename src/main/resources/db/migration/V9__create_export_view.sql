-- The read model of the summary exports: every contribution of every dialogue, one row each,
-- in the shape docs/exports.md documents. Owned by the export module; the modules whose
-- tables feed it keep it working when they change them (the migration tests build it).
-- type: CHALLENGE, CHALLENGE_COMMENT or DRAFT_COMMENT; visibility: VISIBLE, HIDDEN, PENDING
-- (a challenge's moderation; a comment's status mapped the same way, DELETED kept apart).
CREATE VIEW export_contribution AS
SELECT c.dialogue_id,
       0                       AS sort_group,
       'CHALLENGE'             AS type,
       c.id,
       CAST(NULL AS BIGINT)    AS parent_id,
       c.id                    AS challenge_id,
       CAST(NULL AS INT)       AS version,
       CAST(NULL AS VARCHAR)   AS paragraph_key,
       c.created_at,
       c.author_id,
       c.author_group_id,
       c.title,
       c.body_source           AS text,
       c.status,
       c.moderation            AS visibility,
       c.endorsement_count     AS endorsements,
       CAST(NULL AS VARCHAR)   AS disposition,
       CAST(NULL AS VARCHAR)   AS disposition_reason
FROM challenge c
UNION ALL
SELECT m.dialogue_id, 1, 'CHALLENGE_COMMENT', m.id, m.parent_id, m.target_id, NULL, NULL, m.created_at,
       m.author_id, m.author_group_id, NULL, m.body_source, m.status,
       CASE m.status WHEN 'DELETED' THEN 'VISIBLE' ELSE m.status END, NULL, NULL, NULL
FROM comment m
WHERE m.target_type = 'CHALLENGE'
UNION ALL
SELECT m.dialogue_id, 2, 'DRAFT_COMMENT', m.id, m.parent_id, NULL, m.target_version, NULLIF(m.target_anchor, ''),
       m.created_at, m.author_id, m.author_group_id, NULL, m.body_source, m.status,
       CASE m.status WHEN 'DELETED' THEN 'VISIBLE' ELSE m.status END, NULL, d.disposition, d.reason
FROM comment m
LEFT JOIN vision_disposition d ON d.comment_id = m.id
WHERE m.target_type = 'VISION';
