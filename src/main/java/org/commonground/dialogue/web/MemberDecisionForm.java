package org.commonground.dialogue.web;

/**
 * A facilitator's reason for declining a join request (optional) or removing a member
 * (required, checked by the controller so the answer names it).
 */
public class MemberDecisionForm {

	private String reason = "";

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = (reason != null) ? reason : "";
	}

}
