-- The visible comments of each target, replies included (replies carry their thread's target), so that
-- a module counts what people see on its targets in the statement that reads them, through the
-- comment_directory view (ADR 0016): the dialogue page's most endorsed challenges with "n comments".
-- Hidden, held and deleted comments are not in it: they show as placeholders and are not counted.
CREATE INDEX comment_visible_target_idx ON comment (target_type, target_id) WHERE status = 'VISIBLE';
