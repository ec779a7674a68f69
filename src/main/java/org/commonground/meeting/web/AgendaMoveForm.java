package org.commonground.meeting.web;

import jakarta.validation.constraints.NotNull;
import org.commonground.meeting.MeetingAgenda;

/** Moving an agenda item one place up or down. */
class AgendaMoveForm {

	@NotNull
	private MeetingAgenda.Direction direction;

	public MeetingAgenda.Direction getDirection() {
		return this.direction;
	}

	public void setDirection(MeetingAgenda.Direction direction) {
		this.direction = direction;
	}

}
