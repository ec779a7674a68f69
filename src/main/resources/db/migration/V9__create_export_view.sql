-- The read model of the summary exports: every contribution of every dialogue, one row each,
-- in the shape docs/exports.md documents, with everything an export needs (the author's group
-- and name, the depth and grandparent of a reply, whether its challenge is shown), so that the
-- export module reads this view and no table of another module. Owned by the export module; the
-- modules whose tables feed it keep it working when they change them (the migration tests build
-- it). type: CHALLENGE, CHALLENGE_COMMENT or DRAFT_COMMENT. visibility: VISIBLE, HIDDEN or
-- PENDING (a deleted comment's placeholder is public: VISIBLE). challenge_visibility: the
-- visibility of the challenge a row belongs to (VISIBLE for draft comments).
CREATE VIEW export_contribution AS
SELECT u.*, g.code AS author_group_code, g.labels AS author_group_labels, a.display_name AS author_name
FROM (
    SELECT c.dialogue_id,
           0                       AS sort_group,
           'CHALLENGE'             AS type,
           c.id,
           CAST(NULL AS BIGINT)    AS parent_id,
           CAST(NULL AS BIGINT)    AS grandparent_id,
           0                       AS depth,
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
           c.moderation            AS challenge_visibility,
           c.endorsement_count     AS endorsements,
           CAST(NULL AS VARCHAR)   AS disposition,
           CAST(NULL AS VARCHAR)   AS disposition_reason
    FROM challenge c
    UNION ALL
    SELECT m.dialogue_id, 1, 'CHALLENGE_COMMENT', m.id, m.parent_id, p.parent_id, m.depth, m.target_id, NULL, NULL,
           m.created_at, m.author_id, m.author_group_id, NULL, m.body_source, m.status,
           CASE m.status WHEN 'DELETED' THEN 'VISIBLE' ELSE m.status END, h.moderation, NULL, NULL, NULL
    FROM comment m
    JOIN challenge h ON h.id = m.target_id
    LEFT JOIN comment p ON p.id = m.parent_id
    WHERE m.target_type = 'CHALLENGE'
    UNION ALL
    SELECT m.dialogue_id, 2, 'DRAFT_COMMENT', m.id, m.parent_id, p.parent_id, m.depth, NULL, m.target_version,
           NULLIF(m.target_anchor, ''), m.created_at, m.author_id, m.author_group_id, NULL, m.body_source, m.status,
           CASE m.status WHEN 'DELETED' THEN 'VISIBLE' ELSE m.status END, 'VISIBLE', NULL, d.disposition, d.reason
    FROM comment m
    LEFT JOIN vision_disposition d ON d.comment_id = m.id
    LEFT JOIN comment p ON p.id = m.parent_id
    WHERE m.target_type = 'VISION'
) u
JOIN stakeholder_group g ON g.id = u.author_group_id
LEFT JOIN account a ON a.id = u.author_id;
