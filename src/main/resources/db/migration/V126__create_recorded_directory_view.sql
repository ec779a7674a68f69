-- The meeting module's published read model of recorded contributions (ADR 0017): how a challenge or a
-- comment recorded on behalf of others came in (its channel) and at which meeting, so that the challenge and
-- comment modules can say so beside the contribution in the statement that reads it. Never the body, the
-- photo or who wrote it down. Owned by the meeting module, which keeps it working when it changes its tables.
CREATE VIEW recorded_directory AS
SELECT r.kind, r.challenge_id, r.comment_id, r.channel, r.meeting_id, m.title AS meeting_title
FROM recorded_contribution r
LEFT JOIN meeting m ON m.id = r.meeting_id;
