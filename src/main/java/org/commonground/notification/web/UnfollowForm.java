package org.commonground.notification.web;

import jakarta.validation.constraints.NotNull;
import org.commonground.notification.FollowTarget;

/** What to stop following, from the settings page. */
public class UnfollowForm {

	@NotNull
	private FollowTarget type;

	@NotNull
	private Long targetId;

	public FollowTarget getType() {
		return this.type;
	}

	public void setType(FollowTarget type) {
		this.type = type;
	}

	public Long getTargetId() {
		return this.targetId;
	}

	public void setTargetId(Long targetId) {
		this.targetId = targetId;
	}

}
