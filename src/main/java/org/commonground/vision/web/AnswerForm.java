package org.commonground.vision.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.commonground.vision.Disposition;

/** A facilitator's answer to a comment on the vision. */
public class AnswerForm {

	@NotNull(message = "{vision.error.disposition}")
	private Disposition disposition;

	@NotBlank(message = "{vision.error.reason.required}")
	@Size(max = 1000, message = "{vision.error.reason}")
	private String reason;

	private Integer landedVersion;

	public Disposition getDisposition() {
		return this.disposition;
	}

	public void setDisposition(Disposition disposition) {
		this.disposition = disposition;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public Integer getLandedVersion() {
		return this.landedVersion;
	}

	public void setLandedVersion(Integer landedVersion) {
		this.landedVersion = landedVersion;
	}

}
