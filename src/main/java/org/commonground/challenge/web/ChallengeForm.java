package org.commonground.challenge.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.commonground.challenge.Challenge;
import org.commonground.challenge.ChallengeText;
import org.commonground.challenge.EditableChallenge;
import org.commonground.dialogue.Theme;
import org.commonground.shared.web.TextLength;

/** Raising or editing a challenge. */
public class ChallengeForm {

	@NotBlank(message = "{challenge.error.title}")
	@TextLength(min = 5, max = 150, message = "{challenge.error.title.size}")
	private String title;

	@NotBlank(message = "{challenge.error.body}")
	@Size(max = 10000, message = "{challenge.error.body.long}")
	private String body;

	private List<String> themes = new ArrayList<>();

	@Pattern(regexp = "[A-Za-z0-9]{1,40}", message = "{form.error.token}")
	private String formToken;

	@Pattern(regexp = "(en|fr|sw|es|pt)?", message = "{comment.error.language}")
	private String language;

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	private long version;

	static ChallengeForm of(EditableChallenge editable) {
		Challenge challenge = editable.challenge();
		ChallengeForm form = new ChallengeForm();
		form.title = challenge.getTitle();
		form.body = challenge.getBodySource();
		form.themes = new ArrayList<>(editable.themes().stream().map(Theme::getCode).toList());
		form.version = challenge.getVersion();
		return form;
	}

	ChallengeText toText() {
		return new ChallengeText(this.title, this.body, this.themes, this.formToken,
				(this.language != null && !this.language.isBlank()) ? this.language : null);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public List<String> getThemes() {
		return this.themes;
	}

	public void setThemes(List<String> themes) {
		this.themes = (themes != null) ? themes : new ArrayList<>();
	}

	public String getFormToken() {
		return this.formToken;
	}

	public void setFormToken(String formToken) {
		this.formToken = formToken;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
