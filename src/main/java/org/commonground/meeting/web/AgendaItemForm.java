package org.commonground.meeting.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.commonground.meeting.AgendaItemDetails;

/** A new agenda item: a title, and optionally the challenge or paragraph it is about. */
class AgendaItemForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.too-long}")
	private String title;

	private Long challengeId;

	@Size(max = 40, message = "{validation.too-long}")
	private String paragraphKey;

	AgendaItemDetails toDetails() {
		return new AgendaItemDetails(this.title, this.challengeId,
				(this.paragraphKey == null || this.paragraphKey.isBlank()) ? null : this.paragraphKey.strip());
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
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
