package org.commonground.dialogue;

import java.util.List;

/**
 * Implemented by every module whose contributions count in a dialogue's representation
 * panel (challenges, comments, endorsements, workshop records…). Each implementation
 * gives one SQL select over its own module's tables; {@link RepresentationService} runs
 * every module's select and the members' count as one statement ({@code union all}), so
 * that the dialogue page runs the same number of statements whatever the modules. The
 * select reads the dialogue from the named parameter {@code :dialogueId} and has three
 * columns: the kind (one of {@link #kinds()}), the id of the stakeholder group the
 * authors spoke for, and the count. Implementations are asked in their {@code @Order};
 * the panel shows the kinds in that order.
 */
public interface ContributionCounter {

	/**
	 * The kinds it counts, in display order; each names
	 * {@code representation.kind.<kind>}.
	 */
	List<String> kinds();

	/** The select: (kind, stakeholder group id, count) rows for {@code :dialogueId}. */
	String countQuery();

}
