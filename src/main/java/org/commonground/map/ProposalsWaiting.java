package org.commonground.map;

import org.commonground.dialogue.WaitingWork;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Relations members proposed for a dialogue's stakeholder map that no facilitator has
 * decided on yet, for the facilitators' home page (they are listed on the map page).
 */
@Component
@Order(40)
class ProposalsWaiting implements WaitingWork {

	@Override
	public String kind() {
		return "map-proposals";
	}

	@Override
	public String path() {
		return "/map#proposals";
	}

	@Override
	public String countQuery() {
		return """
				select dialogue_id, count(*) from map_relation
				where dialogue_id in (:dialogueIds) and status = 'PROPOSED'
				group by dialogue_id""";
	}

}
