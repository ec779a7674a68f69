package org.commonground.meeting;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.commonground.dialogue.DialogueView;
import org.commonground.dialogue.EvidenceTarget;
import org.commonground.dialogue.EvidenceTargetTitles;

import org.springframework.stereotype.Component;

/**
 * The titles of the dialogue's meetings, for the resources that are evidence for them.
 * One statement.
 */
@Component
class MeetingEvidenceTitles implements EvidenceTargetTitles {

	private final MeetingService meetings;

	MeetingEvidenceTitles(MeetingService meetings) {
		this.meetings = meetings;
	}

	@Override
	public EvidenceTarget target() {
		return EvidenceTarget.MEETING;
	}

	@Override
	public Map<String, String> titles(DialogueView view, Collection<String> keys) {
		Map<String, String> titles = new HashMap<>();
		this.meetings.refs(view, EvidenceTargetTitles.ids(keys))
			.forEach((id, ref) -> titles.put(Long.toString(id), ref.title()));
		return titles;
	}

}
