package org.commonground.dialogue.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

class InvitationForm {

	@NotNull(message = "{validation.required}")
	@Min(value = 1, message = "{invitation.error.days}")
	@Max(value = 90, message = "{invitation.error.days}")
	private Integer validDays = 14;

	@Min(value = 1, message = "{invitation.error.uses}")
	@Max(value = 10000, message = "{invitation.error.uses}")
	private Integer maxUses;

	@Size(max = 120, message = "{validation.too-long}")
	private String note;

	public Integer getValidDays() {
		return this.validDays;
	}

	public void setValidDays(Integer validDays) {
		this.validDays = validDays;
	}

	public Integer getMaxUses() {
		return this.maxUses;
	}

	public void setMaxUses(Integer maxUses) {
		this.maxUses = maxUses;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
