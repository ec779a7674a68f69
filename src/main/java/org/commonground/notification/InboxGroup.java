package org.commonground.notification;

import java.time.ZoneId;
import java.util.List;

/**
 * The inbox's notifications of one dialogue, newest first.
 *
 * @param titleLanguage the language of {@code dialogueTitle}, or null when unknown (the
 * dialogue is gone)
 * @param zone the zone the dialogue shows its times in, or null when unknown (UTC)
 */
public record InboxGroup(String dialogueSlug, String dialogueTitle, String titleLanguage, ZoneId zone,
		List<InboxEntry> entries) {

	public long unread() {
		return this.entries.stream().filter((e) -> !e.read()).count();
	}

}
