-- A facilitators' response rewritten after it was translated leaves its translations out of date (as a vision
-- paragraph's, V28): readers see them marked so below the new response, facilitators in the translation form and
-- on the dialogue's languages page, until a facilitator updates the translation or confirms that it still fits.
ALTER TABLE challenge_translation ADD COLUMN response_out_of_date BOOLEAN NOT NULL DEFAULT false;
