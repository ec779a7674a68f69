package org.commonground.moderation.web;

import jakarta.validation.constraints.Size;
import org.commonground.moderation.ModerationNote;

/**
 * A moderator's decision on an author's review request: restore the contribution or keep
 * it hidden, with an optional note to the author. Bound as the case page's
 * {@code noteForm}, whose buttons send the decision.
 */
@DecisionChosen
public class ReviewDecisionForm {

	static final String RESTORE = "restore";

	static final String KEEP = "keep";

	private String decision;

	@Size(max = ModerationNote.MAX_LENGTH, message = "{moderation.error.note-long}")
	private String note;

	/** Ticked to confirm a restore, which shows the text to everyone again. */
	private boolean confirmed;

	/** Whether the moderator restores the contribution (else it stays hidden). */
	public boolean restores() {
		return RESTORE.equals(this.decision);
	}

	public String getDecision() {
		return this.decision;
	}

	public void setDecision(String decision) {
		this.decision = decision;
	}

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
