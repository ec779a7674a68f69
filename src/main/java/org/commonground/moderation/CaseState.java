package org.commonground.moderation;

/** Where a moderation case stands. */
public enum CaseState {

	/** Shown to everyone; may have open reports. */
	VISIBLE,
	/** Held by pre-moderation until a moderator approves it. */
	PENDING,
	/** Hidden by a moderator. */
	HIDDEN,
	/** Hidden after enough open reports, until a moderator decides. */
	AUTO_HIDDEN,
	/** Hidden, and its author asked for a review. */
	REVIEW_REQUESTED;

	public boolean hidden() {
		return this == HIDDEN || this == AUTO_HIDDEN || this == REVIEW_REQUESTED;
	}

}
