package org.commonground.comment;

/**
 * An author deleted their comment. Published inside the deleting transaction.
 *
 * @param wasVisible whether everyone saw it until now (not hidden, not held)
 */
public record CommentDeleted(long dialogueId, String targetType, long targetId, long commentId, boolean wasVisible) {
}
