-- The export view (V116) gains, for a draft comment, the version its answer says it landed in
-- (landed_version), so that the exports say "incorporated in version 3" as the site does. The new
-- column comes last, so the view is replaced in place and the columns before it keep their places.
CREATE OR REPLACE VIEW export_contribution AS
SELECT u.dialogue_id, u.sort_group, u.type, u.id, u.parent_id, u.grandparent_id, u.depth, u.challenge_id,
       u.version, u.paragraph_key, u.created_at, u.author_id, u.author_group_id, u.title, u.text, u.status,
       u.visibility, u.challenge_visibility, u.endorsements, u.disposition, u.disposition_reason,
       g.code AS author_group_code, g.labels AS author_group_labels, a.display_name AS author_name,
       u.language, u.recorded_for, u.recorded_on, u.recorded_checked,
       mt.title AS recorded_meeting, coalesce(rc.channel, rm.channel) AS recorded_channel,
       coalesce(rc.weighted, rm.weighted) AS recorded_weighted, u.merged_into, u.landed_version
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
           CAST(NULL AS VARCHAR)   AS disposition_reason,
           c.language,
           c.recorded_for,
           c.recorded_on,
           c.recorded_checked,
           CASE WHEN c.recorded_for IS NOT NULL THEN c.id END AS recorded_challenge_id,
           CAST(NULL AS BIGINT)    AS recorded_comment_id,
           c.merged_into_id        AS merged_into,
           CAST(NULL AS INT)       AS landed_version
    FROM challenge c
    UNION ALL
    SELECT m.dialogue_id, 1, 'CHALLENGE_COMMENT', m.id, m.parent_id, p.parent_id, m.depth, m.target_id, NULL, NULL,
           m.created_at, m.author_id, m.author_group_id, NULL, m.body_source, m.status,
           CASE m.status WHEN 'DELETED' THEN 'VISIBLE' ELSE m.status END, h.moderation, NULL, NULL, NULL,
           m.language, m.recorded_for, m.recorded_on, m.recorded_checked, NULL,
           CASE WHEN m.recorded_for IS NOT NULL THEN m.id END, NULL, NULL
    FROM comment m
    JOIN challenge h ON h.id = m.target_id
    LEFT JOIN comment p ON p.id = m.parent_id
    WHERE m.target_type = 'CHALLENGE'
    UNION ALL
    SELECT m.dialogue_id, 2, 'DRAFT_COMMENT', m.id, m.parent_id, p.parent_id, m.depth, NULL, m.target_version,
           NULLIF(m.target_anchor, ''), m.created_at, m.author_id, m.author_group_id, NULL, m.body_source, m.status,
           CASE m.status WHEN 'DELETED' THEN 'VISIBLE' ELSE m.status END, 'VISIBLE', NULL, d.disposition, d.reason,
           m.language, m.recorded_for, m.recorded_on, m.recorded_checked, NULL,
           CASE WHEN m.recorded_for IS NOT NULL THEN m.id END, NULL, d.landed_version
    FROM comment m
    LEFT JOIN vision_disposition d ON d.comment_id = m.id
    LEFT JOIN comment p ON p.id = m.parent_id
    WHERE m.target_type = 'VISION'
) u
JOIN stakeholder_group g ON g.id = u.author_group_id
LEFT JOIN account a ON a.id = u.author_id
-- Equality joins only (hash joins over a million rows); rows not recorded join nothing.
LEFT JOIN recorded_contribution rc ON rc.kind = 'CHALLENGE' AND rc.challenge_id = u.recorded_challenge_id
LEFT JOIN recorded_contribution rm ON rm.comment_id = u.recorded_comment_id
LEFT JOIN meeting mt ON mt.id = coalesce(rc.meeting_id, rm.meeting_id);
