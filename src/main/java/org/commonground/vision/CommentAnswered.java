package org.commonground.vision;

/**
 * A facilitator answered (disposed of) a comment on the vision.
 *
 * @param commentAuthorId who wrote the comment
 * @param reason the facilitators' reason, as they typed it (Markdown source)
 */
public record CommentAnswered(long dialogueId, long commentId, long commentAuthorId, Disposition disposition,
		long answeredBy, String reason) {
}
