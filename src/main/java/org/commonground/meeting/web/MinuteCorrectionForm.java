package org.commonground.meeting.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A correction of published minutes: an item's corrected text, with the reason. */
class MinuteCorrectionForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 10000, message = "{validation.too-long}")
	private String text;

	@NotBlank(message = "{validation.required}")
	@Size(max = 300, message = "{validation.too-long}")
	private String reason;

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
