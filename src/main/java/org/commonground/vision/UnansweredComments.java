package org.commonground.vision;

import org.commonground.dialogue.WaitingWork;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Comments on the vision that no facilitator has answered yet, for the facilitators' home
 * page.
 */
@Component
@Order(10)
class UnansweredComments implements WaitingWork {

	@Override
	public String kind() {
		return "unanswered";
	}

	@Override
	public String path() {
		return "/vision/you-said-we-did?disposition=NONE";
	}

	/**
	 * The visible comments on the dialogue's vision that no facilitator has answered yet,
	 * through the comment module's published view (ADR 0016), whatever the number of
	 * answers.
	 */
	@Override
	public String countQuery() {
		return """
				select d.dialogue_id, count(*) from vision_draft d
				join comment_directory c on c.target_type = 'VISION' and c.target_id = d.id and c.status = 'VISIBLE'
				where d.dialogue_id in (:dialogueIds)
				  and not exists (select 1 from vision_disposition a where a.comment_id = c.id)
				group by d.dialogue_id""";
	}

}
