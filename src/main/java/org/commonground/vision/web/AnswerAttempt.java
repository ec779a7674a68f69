package org.commonground.vision.web;

import java.io.Serializable;

import org.commonground.vision.Disposition;

/**
 * A facilitator's answer to a comment on the vision that was not saved, carried to the
 * page it came from (a flash attribute, kept in the session: serializable) and shown
 * again in its form, open under the comment, with the error beside its field.
 *
 * @param error the message key of what was wrong
 */
public record AnswerAttempt(long commentId, Disposition disposition, String reason, Integer landedVersion,
		String error) implements Serializable {

	/** Whether the error is about this field of the form. */
	public boolean on(String field) {
		return switch (field) {
			case "reason" -> this.error.startsWith("vision.error.reason");
			case "landedVersion" -> this.error.equals("vision.error.landed");
			default -> this.error.equals("vision.error.disposition");
		};
	}

}
