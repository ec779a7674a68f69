package org.commonground.notification;

import java.time.Instant;

/**
 * One notification as its recipient sees it. Its text comes from the message bundle:
 * {@code notification.kind.<kind>} with the subject and detail.
 *
 * @param path the page it is about, from the site's root
 */
public record InboxEntry(long id, String dialogueSlug, String dialogueTitle, NotificationCategory category, String kind,
		String subject, String detail, String path, Instant createdAt, boolean read) {

	public String messageKey() {
		return "notification.kind." + this.kind;
	}

}
