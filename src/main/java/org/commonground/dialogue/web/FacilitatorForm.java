package org.commonground.dialogue.web;

/** The email address of the account a facilitator appoints as a fellow facilitator. */
public class FacilitatorForm {

	private String email = "";

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = (email != null) ? email : "";
	}

}
