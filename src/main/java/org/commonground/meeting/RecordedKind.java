package org.commonground.meeting;

/** What a recorded contribution became. */
public enum RecordedKind {

	/** A new challenge of the dialogue. */
	CHALLENGE,
	/** A comment on one of the dialogue's challenges. */
	COMMENT,
	/** A comment on a paragraph of the newest vision version. */
	VISION,
	/** Stances on a paragraph of the newest vision version, from a show of hands. */
	STANCES

}
