package org.commonground.meeting.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.commonground.meeting.MinuteItemDetails;

/** A new minute item: its text, and optionally the challenge or paragraph it led to. */
class MinuteItemForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 10000, message = "{validation.too-long}")
	private String text;

	private Long challengeId;

	@Size(max = 40, message = "{validation.too-long}")
	private String paragraphKey;

	MinuteItemDetails toDetails() {
		return new MinuteItemDetails(this.text, this.challengeId,
				(this.paragraphKey == null || this.paragraphKey.isBlank()) ? null : this.paragraphKey.strip());
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public Long getChallengeId() {
		return this.challengeId;
	}

	public void setChallengeId(Long challengeId) {
		this.challengeId = challengeId;
	}

	public String getParagraphKey() {
		return this.paragraphKey;
	}

	public void setParagraphKey(String paragraphKey) {
		this.paragraphKey = paragraphKey;
	}

}
