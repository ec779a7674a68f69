package org.commonground.meeting;

/** How a recorded contribution reached the facilitator who wrote it down. */
public enum RecordedChannel {

	/** A card written by a participant. */
	CARD,
	/** A line on a flip chart. */
	FLIP_CHART,
	/** Said aloud and noted by the facilitator. */
	ORAL,
	/** A text message read out or forwarded. */
	SMS,
	/** Said on a phone call. */
	PHONE

}
