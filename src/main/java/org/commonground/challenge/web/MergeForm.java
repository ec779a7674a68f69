package org.commonground.challenge.web;

import jakarta.validation.constraints.NotNull;

/**
 * A facilitator's merge of a duplicate: {@code targetId}, the challenge it merges into,
 * and {@code confirmed} once the confirmation page naming both has been seen.
 */
public class MergeForm {

	@NotNull
	private Long targetId;

	/** Set by the confirmation page: without it the merge is only shown, not done. */
	private boolean confirmed;

	public boolean isConfirmed() {
		return this.confirmed;
	}

	public void setConfirmed(boolean confirmed) {
		this.confirmed = confirmed;
	}

	public Long getTargetId() {
		return this.targetId;
	}

	public void setTargetId(Long targetId) {
		this.targetId = targetId;
	}

}
