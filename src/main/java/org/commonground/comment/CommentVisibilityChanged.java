package org.commonground.comment;

/**
 * A moderator hid a comment everyone saw, or showed (restored or approved) one nobody but
 * its author and the moderators saw. Published inside the moderating transaction.
 *
 * @param visible whether everyone sees it now
 */
public record CommentVisibilityChanged(long dialogueId, String targetType, long targetId, long commentId,
		boolean visible) {
}
