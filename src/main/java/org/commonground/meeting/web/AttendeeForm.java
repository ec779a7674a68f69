package org.commonground.meeting.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Naming someone who came to a meeting, who agreed to be named. */
class AttendeeForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 120, message = "{validation.too-long}")
	private String name;

	@NotBlank(message = "{validation.required}")
	private String group;

	@AssertTrue(message = "{attendance.error.consent}")
	private boolean consent;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getGroup() {
		return this.group;
	}

	public void setGroup(String group) {
		this.group = group;
	}

	public boolean isConsent() {
		return this.consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

}
