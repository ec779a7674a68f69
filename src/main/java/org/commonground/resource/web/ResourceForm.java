package org.commonground.resource.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.commonground.resource.ResourceKind;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** Adding a resource to a dialogue's library, or writing a blog post (multipart). */
public class ResourceForm {

	@NotNull(message = "{resource.error.kind}")
	private ResourceKind kind;

	@NotBlank(message = "{resource.error.title}")
	@Size(max = 200, message = "{resource.error.title.size}")
	private String title;

	@Size(max = 5000, message = "{resource.error.summary.size}")
	private String summary;

	@Size(max = 50000, message = "{resource.error.body.size}")
	private String body;

	@Size(max = 100000, message = "{resource.error.transcript.size}")
	private String transcript;

	private List<String> languages = new ArrayList<>();

	/** The language the title, summary, article and transcript are written in. */
	private String language;

	@Size(max = 300, message = "{resource.error.text.size}")
	private String authors;

	@Size(max = 200, message = "{resource.error.text.size}")
	private String organisation;

	private List<String> groups = new ArrayList<>();

	private List<String> themes = new ArrayList<>();

	@Size(max = 100, message = "{resource.error.text.size}")
	private String licence;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate publishedOn;

	@Size(max = 1000, message = "{resource.error.url}")
	private String url;

	@Size(max = 300, message = "{resource.error.text.size}")
	private String imageAlt;

	private MultipartFile file;

	public ResourceKind getKind() {
		return this.kind;
	}

	public void setKind(ResourceKind kind) {
		this.kind = kind;
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

	public List<String> getLanguages() {
		return this.languages;
	}

	public void setLanguages(List<String> languages) {
		this.languages = languages;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getAuthors() {
		return this.authors;
	}

	public void setAuthors(String authors) {
		this.authors = authors;
	}

	public String getOrganisation() {
		return this.organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public List<String> getGroups() {
		return this.groups;
	}

	public void setGroups(List<String> groups) {
		this.groups = groups;
	}

	public List<String> getThemes() {
		return this.themes;
	}

	public void setThemes(List<String> themes) {
		this.themes = themes;
	}

	public String getLicence() {
		return this.licence;
	}

	public void setLicence(String licence) {
		this.licence = licence;
	}

	public LocalDate getPublishedOn() {
		return this.publishedOn;
	}

	public void setPublishedOn(LocalDate publishedOn) {
		this.publishedOn = publishedOn;
	}

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public String getImageAlt() {
		return this.imageAlt;
	}

	public void setImageAlt(String imageAlt) {
		this.imageAlt = imageAlt;
	}

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

}
