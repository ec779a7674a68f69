package org.commonground.dialogue.web;

import jakarta.validation.constraints.NotNull;
import org.commonground.dialogue.DialogueStatus;

/** A facilitator moves a dialogue on in its lifecycle: {@code status}. */
public class StatusForm {

	@NotNull
	private DialogueStatus status;

	public DialogueStatus getStatus() {
		return this.status;
	}

	public void setStatus(DialogueStatus status) {
		this.status = status;
	}

}
