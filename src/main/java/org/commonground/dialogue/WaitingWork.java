package org.commonground.dialogue;

/**
 * Implemented by each module that leaves work waiting for a dialogue's facilitators
 * (vision comments to answer, reports to look at), so that the home page shows how much
 * is waiting in each dialogue they facilitate.
 */
public interface WaitingWork {

	/** The kind of work: the message {@code home.waiting.<kind>} names it. */
	String kind();

	/**
	 * The page of a dialogue where this work is done, below {@code /dialogues/<slug>}.
	 */
	String path();

	/**
	 * One SQL select over the module's own tables (or another module's published view)
	 * with two columns, a dialogue id among the named parameter {@code :dialogueIds} and
	 * how many items wait in it (no row when none). {@link DialogueService} runs every
	 * module's select as one statement, so the home page's statements do not grow with
	 * the modules or the dialogues.
	 */
	String countQuery();

	/** Work of one kind waiting in one dialogue. */
	record Count(String kind, String path, long count) {
	}

}
