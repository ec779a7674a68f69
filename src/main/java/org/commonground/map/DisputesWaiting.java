package org.commonground.map;

import org.commonground.dialogue.WaitingWork;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Members' disputes of relations on a dialogue's stakeholder map that no facilitator has
 * accepted or declined yet, for the facilitators' home page (the map page lists them
 * under their relation's sentence).
 */
@Component
@Order(41)
class DisputesWaiting implements WaitingWork {

	@Override
	public String kind() {
		return "map-disputes";
	}

	@Override
	public String path() {
		return "/map#sentences";
	}

	/** Pending disputes of agreed relations, as the map page lists them. */
	@Override
	public String countQuery() {
		return """
				select d.dialogue_id, count(*) from map_dispute d
				join map_relation r on r.id = d.relation_id and r.status = 'AGREED'
				where d.dialogue_id in (:dialogueIds) and d.status = 'PENDING'
				group by d.dialogue_id""";
	}

}
