package org.commonground.resource;

import org.commonground.dialogue.WaitingWork;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Links members suggested for a dialogue's library that no facilitator has accepted or
 * declined yet, for the facilitators' home page.
 */
@Component
@Order(30)
class SuggestionsWaiting implements WaitingWork {

	@Override
	public String kind() {
		return "suggestions";
	}

	@Override
	public String path() {
		return "/resources/suggestions";
	}

	@Override
	public String countQuery() {
		return """
				select dialogue_id, count(*) from resource_suggestion
				where dialogue_id in (:dialogueIds) and status = 'PENDING'
				group by dialogue_id""";
	}

}
