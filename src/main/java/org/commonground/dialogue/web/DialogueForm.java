package org.commonground.dialogue.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.commonground.dialogue.Dialogue;
import org.commonground.dialogue.DialogueDetails;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Theme;
import org.commonground.dialogue.Visibility;
import org.commonground.shared.web.KnownCountry;
import org.commonground.shared.web.KnownTimeZone;

import org.springframework.format.annotation.DateTimeFormat;

/** Creating or editing a dialogue. Field names of the HTTP contract come first. */
@DatesInOrder
class DialogueForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 150, message = "{validation.too-long}")
	private String title;

	@NotBlank(message = "{validation.required}")
	@Size(max = 300, message = "{validation.too-long}")
	private String summary;

	@Size(max = 20000, message = "{validation.too-long}")
	private String description;

	@Pattern(regexp = "[A-Za-z0-9]{1,40}", message = "{form.error.token}")
	private String formToken;

	public String getFormToken() {
		return this.formToken;
	}

	public void setFormToken(String formToken) {
		this.formToken = formToken;
	}

	@NotNull(message = "{validation.required}")
	private Visibility visibility = Visibility.PUBLIC;

	@NotNull(message = "{validation.required}")
	private JoinPolicy joinPolicy = JoinPolicy.OPEN;

	@Size(max = 120, message = "{validation.too-long}")
	private String location;

	@KnownCountry
	private String country;

	/** An IANA zone id; blank means the country's. */
	@KnownTimeZone
	@Size(max = 64, message = "{validation.too-long}")
	private String timeZone;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;

	private boolean pseudonymityAllowed;

	private List<String> themes = new ArrayList<>();

	/**
	 * The language a new dialogue is written in (its original); blank means the creator's
	 * interface language. Not offered when editing: the languages page changes it.
	 */
	private String language;

	/** The version the editor started from, to detect concurrent edits. */
	private long version;

	static DialogueForm of(Dialogue dialogue) {
		DialogueForm form = new DialogueForm();
		form.title = dialogue.getTitle();
		form.summary = dialogue.getSummary();
		form.description = dialogue.getDescriptionSource();
		form.visibility = dialogue.getVisibility();
		form.joinPolicy = dialogue.getJoinPolicy();
		form.location = dialogue.getLocation();
		form.country = dialogue.getCountry();
		form.timeZone = dialogue.getTimeZone().getId();
		form.startDate = dialogue.getStartDate();
		form.endDate = dialogue.getEndDate();
		form.pseudonymityAllowed = dialogue.isPseudonymityAllowed();
		form.themes = new ArrayList<>(dialogue.getThemes().stream().map(Theme::getCode).toList());
		form.version = dialogue.getVersion();
		return form;
	}

	DialogueDetails toDetails() {
		return new DialogueDetails(this.title, this.summary, this.description, this.location, this.country,
				this.startDate, this.endDate, this.visibility, this.joinPolicy, this.pseudonymityAllowed, this.themes,
				this.timeZone);
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

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Visibility getVisibility() {
		return this.visibility;
	}

	public void setVisibility(Visibility visibility) {
		this.visibility = visibility;
	}

	public JoinPolicy getJoinPolicy() {
		return this.joinPolicy;
	}

	public void setJoinPolicy(JoinPolicy joinPolicy) {
		this.joinPolicy = joinPolicy;
	}

	public String getLocation() {
		return this.location;
	}

	public void setLocation(String location) {
		this.location = location;
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getTimeZone() {
		return this.timeZone;
	}

	public void setTimeZone(String timeZone) {
		this.timeZone = timeZone;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
	}

	public boolean isPseudonymityAllowed() {
		return this.pseudonymityAllowed;
	}

	public void setPseudonymityAllowed(boolean pseudonymityAllowed) {
		this.pseudonymityAllowed = pseudonymityAllowed;
	}

	public List<String> getThemes() {
		return this.themes;
	}

	public void setThemes(List<String> themes) {
		this.themes = (themes != null) ? themes : new ArrayList<>();
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = (language != null && !language.isBlank()) ? language : null;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
