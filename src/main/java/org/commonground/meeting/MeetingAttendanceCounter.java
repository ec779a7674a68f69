package org.commonground.meeting;

import org.commonground.dialogue.AttendanceCounter;

import org.springframework.stereotype.Component;

/**
 * The people met in a dialogue's meetings and the challenges and comments recorded there,
 * for its representation panel: one select over the meeting module's tables. Shows of
 * hands on the vision are counted in its common-ground view, not here.
 */
@Component
class MeetingAttendanceCounter implements AttendanceCounter {

	@Override
	public String inRoomQuery() {
		return """
				select a.stakeholder_group_id, sum(a.people), 0, 0 from meeting_attendance a
				join meeting m on m.id = a.meeting_id where m.dialogue_id = :dialogueId
				group by a.stakeholder_group_id
				union all
				select stakeholder_group_id, 0, count(*), sum(people) from recorded_contribution
				where dialogue_id = :dialogueId and kind <> 'STANCES' and meeting_id is not null
				group by stakeholder_group_id""";
	}

}
