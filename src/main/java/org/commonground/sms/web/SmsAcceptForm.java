package org.commonground.sms.web;

import jakarta.validation.constraints.NotBlank;
import org.commonground.shared.web.TextLength;

/** Accepting a text as a challenge: the title the facilitator gives it. */
public class SmsAcceptForm {

	@NotBlank(message = "{challenge.error.title}")
	@TextLength(min = 5, max = 150, message = "{challenge.error.title.size}")
	private String title;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

}
