package org.commonground.dialogue;

import java.time.ZoneId;

/**
 * A dialogue in a list, with its number of active members (as its member list, its
 * representation panel and its summary count them) and how many of them take part
 * offline, by SMS or recorded at a meeting.
 */
public record DialogueSummary(Dialogue dialogue, long memberCount, long offlineCount) {

	/** The dialogue's time zone. */
	public ZoneId zone() {
		return this.dialogue.getTimeZone();
	}

}
