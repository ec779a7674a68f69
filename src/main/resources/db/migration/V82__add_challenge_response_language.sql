-- The facilitators' response to a challenge records the language it was written in (issue 15), so
-- that it can be translated into the challenge's own language (a Swahili challenge answered in
-- English gets a Swahili translation of the answer). Null: written before, taken to be in the
-- challenge's language.
ALTER TABLE challenge
    ADD COLUMN response_language VARCHAR(5)
        CONSTRAINT challenge_response_language_valid CHECK (response_language IN ('en', 'fr', 'sw', 'es', 'pt'));
