package org.commonground.dialogue;

import java.util.Locale;

/**
 * Implemented by modules that show a section on a dialogue's page, in their
 * {@code @Order}. Each must answer with at most one query.
 */
public interface DialogueSectionProvider {

	/**
	 * The section for a dialogue the viewer has already been allowed to read, or
	 * {@code null} for none.
	 */
	DialogueSection section(DialogueView view, Locale locale);

}
