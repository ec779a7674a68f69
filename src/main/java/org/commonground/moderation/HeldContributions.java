package org.commonground.moderation;

import org.commonground.dialogue.WaitingWork;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Contributions held by pre-moderation until a moderator approves them, for the
 * facilitators' home page (they wait in the moderation queue).
 */
@Component
@Order(21)
class HeldContributions implements WaitingWork {

	@Override
	public String kind() {
		return "held";
	}

	@Override
	public String path() {
		return "/moderation";
	}

	@Override
	public String countQuery() {
		return """
				select dialogue_id, count(*) from moderation_case
				where dialogue_id in (:dialogueIds) and state = 'PENDING'
				group by dialogue_id""";
	}

}
