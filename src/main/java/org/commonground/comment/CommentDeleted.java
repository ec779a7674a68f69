package org.commonground.comment;

/** An author deleted their comment. Published inside the deleting transaction. */
public record CommentDeleted(long dialogueId, String targetType, long targetId, long commentId) {
}
