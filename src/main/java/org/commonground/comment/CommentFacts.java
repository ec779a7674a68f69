package org.commonground.comment;

import org.jsoup.Jsoup;

/**
 * What is sent about a comment later (a notification, a digest) needs to know of it:
 * where it was posted, whether it is a reply, who wrote it, whether it is shown, and the
 * start of its text.
 *
 * @param parentId the comment it replies to, or {@code null} for a top-level comment
 */
public record CommentFacts(long id, long dialogueId, CommentTarget target, Long parentId, long authorId,
		CommentStatus status, String html) {

	private static final int EXCERPT_LENGTH = 120;

	/** Whether everyone who may read its dialogue sees it. */
	public boolean visible() {
		return this.status == CommentStatus.VISIBLE;
	}

	/**
	 * Whether the reader sees its text: a visible one, or their own hidden or held one.
	 */
	public boolean shownTo(long readerId) {
		return visible() || (this.authorId == readerId
				&& (this.status == CommentStatus.HIDDEN || this.status == CommentStatus.PENDING));
	}

	/** The start of its text, plain, at most 120 characters. */
	public String excerpt() {
		String text = (this.html != null) ? Jsoup.parse(this.html).text().strip() : "";
		return (text.length() > EXCERPT_LENGTH) ? text.substring(0, EXCERPT_LENGTH - 1).stripTrailing() + "\u2026"
				: text;
	}

}
