package org.commonground.dialogue;

import java.util.Collection;
import java.util.Map;

/**
 * Implemented by each module that leaves work waiting for a dialogue's facilitators
 * (vision comments to answer, reports to look at), so that the home page shows how much
 * is waiting in each dialogue they facilitate. Each implementation answers with a fixed
 * number of queries whatever the number of dialogues.
 */
public interface WaitingWork {

	/** The kind of work: the message {@code home.waiting.<kind>} names it. */
	String kind();

	/**
	 * The page of a dialogue where this work is done, below {@code /dialogues/<slug>}.
	 */
	String path();

	/**
	 * How many items wait in each of these dialogues (absent when none), by dialogue id.
	 */
	Map<Long, Long> countWaiting(Collection<Long> dialogueIds);

	/** Work of one kind waiting in one dialogue. */
	record Count(String kind, String path, long count) {
	}

}
