package org.commonground.sms.web;

import jakarta.validation.constraints.NotNull;

/** The challenge a text is added to as a comment, or merged into. */
public class SmsChallengeChoiceForm {

	@NotNull
	private Long challengeId;

	public Long getChallengeId() {
		return this.challengeId;
	}

	public void setChallengeId(Long challengeId) {
		this.challengeId = challengeId;
	}

}
