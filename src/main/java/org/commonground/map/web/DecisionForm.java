package org.commonground.map.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A facilitator's decision on a proposal or a dispute: ACCEPT or DECLINE. */
public class DecisionForm {

	@NotBlank(message = "{map.error.decision}")
	@Pattern(regexp = "ACCEPT|DECLINE", message = "{map.error.decision}")
	private String decision;

	public String getDecision() {
		return this.decision;
	}

	public void setDecision(String decision) {
		this.decision = decision;
	}

}
