-- The language a challenge or a comment was written in (issue 15): from the author's interface
-- language, changeable on the form. Rows written before this knew no language: English, the
-- platform's default, as the interface assumed.
ALTER TABLE comment
    ADD COLUMN language VARCHAR(5) NOT NULL DEFAULT 'en'
        CONSTRAINT comment_language_valid CHECK (language IN ('en', 'fr', 'sw', 'es', 'pt'));
ALTER TABLE challenge
    ADD COLUMN language VARCHAR(5) NOT NULL DEFAULT 'en'
        CONSTRAINT challenge_language_valid CHECK (language IN ('en', 'fr', 'sw', 'es', 'pt'));
