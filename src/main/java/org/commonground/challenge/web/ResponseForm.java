package org.commonground.challenge.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.commonground.challenge.Challenge;
import org.commonground.challenge.ChallengeStatus;

/** A facilitator's status and public response. */
public class ResponseForm {

	@NotNull(message = "{challenge.error.status}")
	private ChallengeStatus status;

	@Size(max = 10000, message = "{challenge.error.body.long}")
	private String response;

	private long version;

	/** The language the response is written in; null: the facilitator's interface's. */
	private String language;

	static ResponseForm of(Challenge challenge) {
		ResponseForm form = new ResponseForm();
		form.status = challenge.getStatus();
		form.response = challenge.getResponseSource();
		form.version = challenge.getVersion();
		form.language = (challenge.getResponseSource() != null) ? challenge.getResponseLanguage() : null;
		return form;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public ChallengeStatus getStatus() {
		return this.status;
	}

	public void setStatus(ChallengeStatus status) {
		this.status = status;
	}

	public String getResponse() {
		return this.response;
	}

	public void setResponse(String response) {
		this.response = response;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
