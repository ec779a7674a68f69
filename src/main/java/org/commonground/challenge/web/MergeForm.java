package org.commonground.challenge.web;

import jakarta.validation.constraints.NotNull;

/**
 * A facilitator's merge of a duplicate: {@code targetId}, the challenge it merges into.
 */
public class MergeForm {

	@NotNull
	private Long targetId;

	public Long getTargetId() {
		return this.targetId;
	}

	public void setTargetId(Long targetId) {
		this.targetId = targetId;
	}

}
