package org.commonground.notification;

import java.time.Instant;

/**
 * One notification as its recipient sees it. Its text comes from the message bundle:
 * {@code notification.kind.<kind>} with the subject and detail.
 *
 * @param path the page it is about, from the site's root
 * @param reason why, as its event gave it (a declined suggestion's, a cancelled meeting's
 * reason), or {@code null}
 * @param subjectLanguage the language {@code subject} is in where known (a challenge's
 * title), else {@code null}
 */
public record InboxEntry(long id, String dialogueSlug, String dialogueTitle, NotificationCategory category, String kind,
		String subject, String detail, String path, Instant createdAt, boolean read, String reason,
		String subjectLanguage) {

	/** A notification without a stored reason, its subject's language unknown. */
	public InboxEntry(long id, String dialogueSlug, String dialogueTitle, NotificationCategory category, String kind,
			String subject, String detail, String path, Instant createdAt, boolean read) {
		this(id, dialogueSlug, dialogueTitle, category, kind, subject, detail, path, createdAt, read, null, null);
	}

	/** The same notification naming its subject otherwise (in another language). */
	public InboxEntry withSubject(String other) {
		return new InboxEntry(this.id, this.dialogueSlug, this.dialogueTitle, this.category, this.kind, other,
				this.detail, this.path, this.createdAt, this.read, this.reason, this.subjectLanguage);
	}

	/** The same notification naming its subject otherwise, in that language. */
	public InboxEntry withSubject(String other, String language) {
		return new InboxEntry(this.id, this.dialogueSlug, this.dialogueTitle, this.category, this.kind, other,
				this.detail, this.path, this.createdAt, this.read, this.reason, language);
	}

	/** Whether its detail is a meeting's time (see {@link MeetingTimes}). */
	public boolean hasTime() {
		return MeetingTimes.isTime(this.detail);
	}

	/** The meeting's time its detail holds, in the reader's language. */
	public String when(java.util.Locale locale) {
		return MeetingTimes.describe(this.detail, locale);
	}

	public String messageKey() {
		return "notification.kind." + this.kind;
	}

}
