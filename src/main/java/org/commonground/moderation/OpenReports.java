package org.commonground.moderation;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.commonground.dialogue.WaitingWork;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports no facilitator has dealt with yet, for the facilitators' home page: one query.
 */
@Component
@Order(20)
class OpenReports implements WaitingWork {

	private final ModerationCaseRepository cases;

	OpenReports(ModerationCaseRepository cases) {
		this.cases = cases;
	}

	@Override
	public String kind() {
		return "reports";
	}

	@Override
	public String path() {
		return "/moderation";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Long> countWaiting(Collection<Long> dialogueIds) {
		Map<Long, Long> waiting = new HashMap<>();
		for (Object[] row : this.cases.countOpenReportsByDialogue(dialogueIds)) {
			waiting.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
		}
		return waiting;
	}

}
