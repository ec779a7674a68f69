package org.commonground.dialogue;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Requests to join a dialogue that admits members on approval, for the facilitators' home
 * page (they wait on the dialogue's facilitation page).
 */
@Component
@Order(5)
class JoinRequests implements WaitingWork {

	@Override
	public String kind() {
		return "requests";
	}

	@Override
	public String path() {
		return "/manage#requests";
	}

	@Override
	public String countQuery() {
		return """
				select dialogue_id, count(*) from membership
				where dialogue_id in (:dialogueIds) and status = 'PENDING'
				group by dialogue_id""";
	}

}
