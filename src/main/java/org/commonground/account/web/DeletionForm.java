package org.commonground.account.web;

import jakarta.validation.constraints.NotBlank;

/** Asking for one's account to be deleted, confirmed with the password. */
class DeletionForm {

	@NotBlank(message = "{validation.required}")
	private String password;

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
