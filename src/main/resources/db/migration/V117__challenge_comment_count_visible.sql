-- "Most discussed" ordered by every comment ever posted, hidden and held ones included,
-- while the lists show the visible ones: the count now keeps the visible comments and
-- replies (ChallengeCommentCounts); existing counts are set to that number.
update challenge c
set comment_count = coalesce((select count(*) from comment m
                              where m.target_type = 'CHALLENGE' and m.target_id = c.id and m.status = 'VISIBLE'), 0)
where c.comment_count <> coalesce((select count(*) from comment m
                                   where m.target_type = 'CHALLENGE' and m.target_id = c.id and m.status = 'VISIBLE'), 0);
