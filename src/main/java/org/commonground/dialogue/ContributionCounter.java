package org.commonground.dialogue;

import java.util.Map;

/**
 * Implemented by every module whose contributions count in a dialogue's representation
 * panel (challenges, comments, endorsements, workshop records…). Each implementation must
 * answer with a fixed number of queries.
 */
public interface ContributionCounter {

	/** Contributions in the dialogue by stakeholder group code of their authors. */
	Map<String, Long> contributionsByGroup(long dialogueId);

}
