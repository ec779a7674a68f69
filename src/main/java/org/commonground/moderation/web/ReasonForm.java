package org.commonground.moderation.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.commonground.moderation.ModerationNote;
import org.commonground.moderation.ModerationReason;

/**
 * A reason category with an optional note: a member's report, or a moderator hiding a
 * contribution (the note then goes to its author).
 */
public class ReasonForm {

	@NotNull(message = "{moderation.error.reason}")
	private ModerationReason reason;

	@Size(max = ModerationNote.MAX_LENGTH, message = "{moderation.error.note-long}")
	private String note;

	public ModerationReason getReason() {
		return this.reason;
	}

	public void setReason(ModerationReason reason) {
		this.reason = reason;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
