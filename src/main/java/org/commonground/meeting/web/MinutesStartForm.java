package org.commonground.meeting.web;

import jakarta.validation.constraints.NotBlank;

/** Starting a meeting's minutes in their original language. */
class MinutesStartForm {

	@NotBlank(message = "{validation.required}")
	private String language;

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

}
