package org.commonground.account.web;

import org.commonground.account.AcceptablePassword;

class ResetPasswordForm {

	private String token;

	@AcceptablePassword
	private String newPassword;

	public String getToken() {
		return this.token;
	}

	public void setToken(String token) {
		this.token = token;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

}
