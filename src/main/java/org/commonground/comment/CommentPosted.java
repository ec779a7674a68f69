package org.commonground.comment;

/** A new comment or reply was stored. Published inside the posting transaction. */
public record CommentPosted(long dialogueId, String targetType, long targetId, long commentId, Long parentId) {
}
