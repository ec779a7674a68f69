package org.commonground.resource.web;

import jakarta.validation.constraints.Size;

/** A translation of a library entry's texts into one language. */
public class ResourceTranslationForm {

	private String language;

	@Size(max = 200, message = "{resource.error.title.size}")
	private String title;

	@Size(max = 5000, message = "{resource.error.summary.size}")
	private String summary;

	@Size(max = 50000, message = "{resource.error.body.size}")
	private String body;

	@Size(max = 100000, message = "{resource.error.transcript.size}")
	private String transcript;

	@Size(max = 300, message = "{resource.error.text.size}")
	private String imageAlt;

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

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

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getTranscript() {
		return this.transcript;
	}

	public void setTranscript(String transcript) {
		this.transcript = transcript;
	}

	public String getImageAlt() {
		return this.imageAlt;
	}

	public void setImageAlt(String imageAlt) {
		this.imageAlt = imageAlt;
	}

}
