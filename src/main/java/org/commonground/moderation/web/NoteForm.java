package org.commonground.moderation.web;

import jakarta.validation.constraints.Size;
import org.commonground.moderation.ModerationNote;

/**
 * A note with a moderator's decision (restore, dismiss, review) or, required there, with
 * an author's review request.
 */
public class NoteForm {

	@Size(max = ModerationNote.MAX_LENGTH, message = "{moderation.error.note-long}")
	private String note;

	/** Ticked to confirm a restore, which shows the text to everyone again. */
	private boolean confirmed;

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public boolean isConfirmed() {
		return this.confirmed;
	}

	public void setConfirmed(boolean confirmed) {
		this.confirmed = confirmed;
	}

}
