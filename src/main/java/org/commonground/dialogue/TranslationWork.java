package org.commonground.dialogue;

import java.util.List;
import java.util.Map;

/**
 * Implemented by each module that holds texts of a dialogue to translate (the vision's
 * paragraphs, the library, meeting minutes), so that the dialogue's languages page lists
 * what is left to translate into each of its languages, all in one place (issue 15). Each
 * implementation answers with one statement whatever the number of texts; the page lists
 * them in their {@code @Order}.
 */
public interface TranslationWork {

	/** The kind of text: the message {@code translation.work.<kind>} names it. */
	String kind();

	/** The page where that work is done, below {@code /dialogues/<slug>}. */
	String path();

	/**
	 * For each of these languages (none of them the texts' original), how many of the
	 * dialogue's texts of this kind are left to translate into it; absent when there are
	 * no such texts at all.
	 */
	Map<String, Left> left(DialogueView view, List<String> languages);

	/**
	 * What is left to translate into one language.
	 *
	 * @param missing texts without a translation into it
	 * @param outOfDate translated texts whose original changed since
	 * @param total texts of this kind that could be translated into it
	 */
	record Left(long missing, long outOfDate, long total) {

		public boolean done() {
			return this.missing == 0 && this.outOfDate == 0;
		}

	}

	/** What is left of one kind, for the languages page. */
	record Line(String kind, String path, Left left) {
	}

}
