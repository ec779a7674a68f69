package org.commonground.export;

import java.util.Locale;

import org.commonground.dialogue.DialogueView;

/**
 * Implemented by modules that add a part to a dialogue's summary exports (the JSON
 * document and the printable summary), so that the export module need not know them. Each
 * answers with a fixed number of statements.
 */
public interface SummarySection {

	/** The property this part is written under in the JSON document. */
	String name();

	/** The part for a dialogue the caller facilitates. */
	SummaryPart part(DialogueView view, Locale locale);

	/**
	 * One part of a summary.
	 *
	 * @param json what the JSON document holds: maps, lists, strings, numbers, booleans
	 * and nulls
	 * @param template the Thymeleaf template of the printable fragment
	 * @param fragment the fragment's name; it takes one parameter, the model
	 * @param model what the fragment shows
	 */
	record SummaryPart(Object json, String template, String fragment, Object model) {
	}

}
