package org.commonground.dialogue.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A translation of a dialogue's title, summary and description. */
public class TranslationForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 150, message = "{validation.too-long}")
	private String title;

	@NotBlank(message = "{validation.required}")
	@Size(max = 300, message = "{validation.too-long}")
	private String summary;

	@Size(max = 20000, message = "{validation.too-long}")
	private String description;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
