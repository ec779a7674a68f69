package org.commonground.resource.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A link a member suggests for the library: its title, address, summary and themes. */
public class SuggestionForm {

	@NotBlank(message = "{resource.error.title}")
	@Size(max = 200, message = "{resource.error.title.size}")
	private String title;

	@NotBlank(message = "{resource.error.url}")
	@Size(max = 1000, message = "{resource.error.url}")
	private String url;

	@Size(max = 5000, message = "{resource.error.summary.size}")
	private String summary;

	private String language;

	private List<String> themes = new ArrayList<>();

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public List<String> getThemes() {
		return this.themes;
	}

	public void setThemes(List<String> themes) {
		this.themes = themes;
	}

}
