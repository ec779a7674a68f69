package org.commonground.challenge;

import java.util.List;

/** Where a challenge stands, set by the dialogue's facilitators. */
public enum ChallengeStatus {

	OPEN, UNDER_DISCUSSION, ADDRESSED, OUT_OF_SCOPE,

	/** A duplicate merged into another challenge; its link leads there. */
	MERGED;

	/** The statuses facilitators choose from; MERGED comes only from a merge. */
	public static List<ChallengeStatus> settable() {
		return List.of(OPEN, UNDER_DISCUSSION, ADDRESSED, OUT_OF_SCOPE);
	}

}
