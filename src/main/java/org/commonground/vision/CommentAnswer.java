package org.commonground.vision;

/**
 * The facilitators' answer to one comment on the vision.
 *
 * @param landedVersion the version the comment was taken into, or {@code null}
 */
public record CommentAnswer(long commentId, Disposition disposition, String reason, Integer landedVersion) {
}
