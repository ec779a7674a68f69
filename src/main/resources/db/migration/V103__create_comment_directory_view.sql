-- The comment module's published read model (ADR 0016): what other modules may know of a comment in SQL,
-- to count the comments on their own targets in the statement that reads those targets (the vision module's
-- "not answered yet" counts on the facilitators' home page). Never the body, the author or the history.
-- Owned by the comment module, which keeps it working when it changes its table.
CREATE VIEW comment_directory AS
SELECT id, dialogue_id, target_type, target_id, status, created_at
FROM comment;
