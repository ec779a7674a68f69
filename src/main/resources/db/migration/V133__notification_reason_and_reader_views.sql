-- A notification keeps the reason its event gave (a declined resource suggestion's, a cancelled
-- meeting's), so that the inbox shows it under the entry as the email does.
ALTER TABLE notification ADD COLUMN reason TEXT;

-- The dialogue module's published rule of who may read a dialogue now (ViewerContext.canRead in SQL):
-- a facilitator of it or an admin always; a member of one that is not a draft; anyone signed in when it
-- is public and not a draft. Other modules ask it with both ids given ("exists ... where dialogue_id = ?
-- and account_id = ?"), never list it. Owned by the dialogue module, which keeps it true when it changes
-- its tables or its rule.
CREATE VIEW dialogue_reader AS
SELECT d.id AS dialogue_id, a.id AS account_id
FROM dialogue d
CROSS JOIN account a
WHERE a.role = 'ADMIN'
   OR EXISTS (SELECT 1 FROM membership m
              WHERE m.dialogue_id = d.id AND m.account_id = a.id AND m.status = 'ACTIVE'
                AND (m.role = 'FACILITATOR' OR d.status <> 'DRAFT'))
   OR (d.status <> 'DRAFT' AND d.visibility = 'PUBLIC');

-- The challenge module's published read model (as comment_directory, ADR 0016): what other modules may
-- know of a challenge in SQL, to leave out what is about a hidden or held one. Never the title or body.
CREATE VIEW challenge_directory AS
SELECT id, dialogue_id, moderation, author_id
FROM challenge;
