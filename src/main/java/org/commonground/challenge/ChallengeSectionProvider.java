package org.commonground.challenge;

import java.util.Locale;

import org.commonground.dialogue.DialogueSection;
import org.commonground.dialogue.DialogueView;

/**
 * Implemented by modules that show a section on a challenge's page (following it), in
 * their {@code @Order}, as {@link org.commonground.dialogue.DialogueSectionProvider} does
 * for a dialogue's page. Each must answer with at most one query.
 */
public interface ChallengeSectionProvider {

	/**
	 * The section for a challenge the viewer has already been allowed to read, or
	 * {@code null} for none.
	 */
	DialogueSection section(DialogueView view, long challengeId, Locale locale);

}
