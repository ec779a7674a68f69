package org.commonground.account.web;

import jakarta.validation.constraints.NotBlank;

/** The confirmation of an address: the emailed link's token and the password chosen. */
class ConfirmForm {

	private String token;

	@NotBlank(message = "{validation.required}")
	private String password;

	public String getToken() {
		return this.token;
	}

	public void setToken(String token) {
		this.token = token;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
