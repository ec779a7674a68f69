package org.commonground.vision;

/**
 * A facilitator answered (disposed of) a comment on the vision.
 *
 * @param commentAuthorId who wrote the comment
 */
public record CommentAnswered(long dialogueId, long commentId, long commentAuthorId, Disposition disposition,
		long answeredBy) {
}
