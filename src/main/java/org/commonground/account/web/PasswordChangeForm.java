package org.commonground.account.web;

import jakarta.validation.constraints.NotBlank;
import org.commonground.account.AcceptablePassword;

class PasswordChangeForm {

	@NotBlank(message = "{validation.required}")
	private String currentPassword;

	@AcceptablePassword
	private String newPassword;

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

}
