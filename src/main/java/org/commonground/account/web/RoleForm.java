package org.commonground.account.web;

import jakarta.validation.constraints.NotNull;
import org.commonground.account.AccountRole;

/** The platform role an admin gives an account: {@code role}. */
public class RoleForm {

	@NotNull
	private AccountRole role;

	public AccountRole getRole() {
		return this.role;
	}

	public void setRole(AccountRole role) {
		this.role = role;
	}

}
