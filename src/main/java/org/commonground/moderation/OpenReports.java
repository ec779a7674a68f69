package org.commonground.moderation;

import org.commonground.dialogue.WaitingWork;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reports no facilitator has dealt with yet, for the facilitators' home page.
 */
@Component
@Order(20)
class OpenReports implements WaitingWork {

	@Override
	public String kind() {
		return "reports";
	}

	@Override
	public String path() {
		return "/moderation";
	}

	@Override
	public String countQuery() {
		return """
				select dialogue_id, sum(open_reports) from moderation_case
				where dialogue_id in (:dialogueIds) and open_reports > 0
				group by dialogue_id""";
	}

}
