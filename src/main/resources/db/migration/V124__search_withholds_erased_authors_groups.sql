-- Whether the stakeholder group of an indexed text's author is withheld where it is shown: an
-- erased author's group is named only where at least p_fewest active members of it are in
-- the dialogue (AuthorLabelPolicy, the rule of the pages). The search's group filter finds
-- no text whose group is withheld, so that filtering by group cannot reveal it.
CREATE FUNCTION search_group_withheld(p_kind TEXT, p_source_id BIGINT, p_dialogue_id BIGINT, p_fewest INT)
        RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT coalesce((
        SELECT a.status = 'DELETED'
               AND (SELECT count(*) FROM membership o JOIN account_directory oa ON oa.id = o.account_id
                     WHERE o.dialogue_id = p_dialogue_id AND o.status = 'ACTIVE'
                       AND oa.stakeholder_group_id = a.stakeholder_group_id) < p_fewest
          FROM account_directory a
         WHERE a.id = CASE p_kind
                          WHEN 'COMMENT' THEN (SELECT c.author_id FROM comment c WHERE c.id = p_source_id)
                          WHEN 'CHALLENGE' THEN (SELECT c.author_id FROM challenge c WHERE c.id = p_source_id)
                      END), FALSE)
$$;
