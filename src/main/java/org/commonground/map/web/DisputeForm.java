package org.commonground.map.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A member's dispute of a relation. */
public class DisputeForm {

	@NotBlank(message = "{map.error.reason.required}")
	@Size(max = 1000, message = "{map.error.reason}")
	private String reason;

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
