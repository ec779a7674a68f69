package org.commonground.notification;

import java.time.Instant;

/**
 * An issue of a newsletter: of a dialogue, or of the platform ({@code dialogueId} 0).
 *
 * @param bodyHtml the Markdown source rendered and sanitised when the issue was saved
 * @param groupId the stakeholder group it is for, or {@code null} for everyone
 * @param sentAt when sending began, or {@code null} for a draft
 * @param recipientCount how many it went to, once sent
 */
public record NewsletterIssue(long id, long dialogueId, long authorId, String subject, String bodySource,
		String bodyHtml, String language, Long groupId, Status status, Instant createdAt, Instant sentAt,
		Integer recipientCount) {

	/** Where an issue is. */
	public enum Status {

		/** Being written; only its authors' side sees it. */
		DRAFT,
		/** Sent: the batch job is working through its audience; in the archive. */
		SENDING,
		/** Every recipient's email is queued. */
		SENT

	}

	public boolean isDraft() {
		return this.status == Status.DRAFT;
	}

}
