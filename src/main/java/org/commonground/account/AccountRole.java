package org.commonground.account;

/** Platform-wide role of an account. Dialogue-level roles live with memberships. */
public enum AccountRole {

	PARTICIPANT, FACILITATOR, ADMIN;

	/** The Spring Security authority name, for example {@code ROLE_ADMIN}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
