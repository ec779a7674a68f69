package org.commonground.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.commonground.shared.web.DottedDomain;

/** Asking for a new email address, confirmed with the password. */
class EmailChangeForm {

	@NotBlank(message = "{validation.required}")
	@Email(message = "{validation.email}")
	@DottedDomain
	@Size(max = 254, message = "{validation.too-long}")
	private String newEmail;

	@NotBlank(message = "{validation.required}")
	private String currentPassword;

	public String getNewEmail() {
		return this.newEmail;
	}

	/** Spaces around the address (pasted, autocompleted) are dropped, as at login. */
	public void setNewEmail(String newEmail) {
		this.newEmail = (newEmail != null) ? newEmail.strip() : null;
	}

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

}
