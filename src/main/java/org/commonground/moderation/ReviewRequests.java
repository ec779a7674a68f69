package org.commonground.moderation;

import org.commonground.dialogue.WaitingWork;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Hidden contributions whose authors asked for a review, for the facilitators' home page
 * (they wait in the moderation queue, whether or not reports are open on them).
 */
@Component
@Order(22)
class ReviewRequests implements WaitingWork {

	@Override
	public String kind() {
		return "review";
	}

	@Override
	public String path() {
		return "/moderation";
	}

	@Override
	public String countQuery() {
		return """
				select dialogue_id, count(*) from moderation_case
				where dialogue_id in (:dialogueIds) and state = 'REVIEW_REQUESTED'
				group by dialogue_id""";
	}

}
