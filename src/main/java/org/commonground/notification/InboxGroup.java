package org.commonground.notification;

import java.util.List;

/** The inbox's notifications of one dialogue, newest first. */
public record InboxGroup(String dialogueSlug, String dialogueTitle, List<InboxEntry> entries) {

	public long unread() {
		return this.entries.stream().filter((e) -> !e.read()).count();
	}

}
