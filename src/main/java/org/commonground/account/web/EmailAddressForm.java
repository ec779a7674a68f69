package org.commonground.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A form of one email address: where to send a password link or a new confirmation link.
 */
class EmailAddressForm {

	@NotBlank(message = "{validation.required}")
	@Email(message = "{validation.email}")
	@Size(max = 254, message = "{validation.too-long}")
	private String email;

	public String getEmail() {
		return this.email;
	}

	/** Spaces around the address (pasted, autocompleted) are dropped, as at login. */
	public void setEmail(String email) {
		this.email = (email != null) ? email.strip() : null;
	}

}
