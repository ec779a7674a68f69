package org.commonground.comment;

/** Whether a comment's text is shown. */
public enum CommentStatus {

	VISIBLE,

	/** Hidden by a moderator, with a reason; replies stay. */
	HIDDEN,

	/**
	 * Deleted by its author: the text is gone, a placeholder keeps the replies in place.
	 */
	DELETED,

	/**
	 * Held by pre-moderation until a moderator approves it: its author and moderators see
	 * it marked "awaiting review", others a placeholder.
	 */
	PENDING

}
