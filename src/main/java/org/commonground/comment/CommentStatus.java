package org.commonground.comment;

/** Whether a comment's text is shown. */
public enum CommentStatus {

	VISIBLE,

	/** Hidden by a moderator, with a reason; replies stay. */
	HIDDEN,

	/**
	 * Deleted by its author: the text is gone, a placeholder keeps the replies in place.
	 */
	DELETED

}
