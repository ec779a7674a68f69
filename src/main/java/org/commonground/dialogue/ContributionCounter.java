package org.commonground.dialogue;

import java.util.Map;

/**
 * Implemented by every module whose contributions count in a dialogue's representation
 * panel (challenges, comments, endorsements, workshop records…). Each implementation must
 * answer with one query, so that the dialogue page runs a fixed number of statements.
 * Implementations are asked in their {@code @Order}; the panel shows the kinds in that
 * order.
 */
public interface ContributionCounter {

	/**
	 * Contributions in the dialogue by kind, then by the stakeholder group code their
	 * authors spoke for. A kind names the message {@code representation.kind.<kind>}.
	 */
	Map<String, Map<String, Long>> contributionsByKind(long dialogueId);

}
