package org.commonground.vision.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.commonground.vision.Disposition;

/**
 * A facilitator's answer to a comment on the vision that was not saved, carried to the
 * page it came from (a flash attribute, kept in the session: serializable) and shown
 * again in its form, open under the comment, with each error beside its field.
 *
 * @param errors the message keys of what was wrong, in the order of the fields
 */
public record AnswerAttempt(long commentId, Disposition disposition, String reason, Integer landedVersion,
		List<String> errors) implements Serializable {

	public AnswerAttempt {
		errors = new ArrayList<>(errors);
	}

	/** Whether an error is about this field of the form. */
	public boolean on(String field) {
		return error(field) != null;
	}

	/** The message key of the error about this field of the form, or {@code null}. */
	public String error(String field) {
		return this.errors.stream().filter((key) -> field.equals(fieldOf(key))).findFirst().orElse(null);
	}

	private static String fieldOf(String key) {
		if (key.startsWith("vision.error.reason")) {
			return "reason";
		}
		return key.startsWith("vision.error.landed") ? "landedVersion" : "disposition";
	}

}
