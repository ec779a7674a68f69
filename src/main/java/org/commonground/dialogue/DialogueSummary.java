package org.commonground.dialogue;

import java.time.ZoneId;

/** A dialogue in a list, with its number of active members. */
public record DialogueSummary(Dialogue dialogue, long memberCount) {

	/** The dialogue's time zone. */
	public ZoneId zone() {
		return this.dialogue.getTimeZone();
	}

}
