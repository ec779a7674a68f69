package org.commonground.meeting;

/** Where a meeting's minutes are: written, up for review, or published. */
public enum MinutesStatus {

	/** Written by the facilitators; only they see it. */
	DRAFT,
	/** Up for review: members and facilitators read it and comment until the end date. */
	IN_REVIEW,
	/** Final and public to whoever may read the dialogue; comments are closed. */
	PUBLISHED

}
