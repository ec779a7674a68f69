package org.commonground.meeting.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A minute item's text in one language: the original, or a language version. */
class MinuteTextForm {

	@NotBlank(message = "{validation.required}")
	private String language;

	@NotBlank(message = "{validation.required}")
	@Size(max = 10000, message = "{validation.too-long}")
	private String text;

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
