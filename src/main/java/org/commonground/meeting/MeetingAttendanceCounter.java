package org.commonground.meeting;

import java.util.HashMap;
import java.util.Map;

import org.commonground.account.StakeholderGroupService;
import org.commonground.dialogue.AttendanceCounter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The people met in a dialogue's meetings and the challenges and comments recorded there,
 * for its representation panel: one statement over the meeting module's tables. Shows of
 * hands on the vision are counted in its common-ground view, not here.
 */
@Component
class MeetingAttendanceCounter implements AttendanceCounter {

	private final JdbcClient jdbc;

	private final StakeholderGroupService groups;

	MeetingAttendanceCounter(JdbcClient jdbc, StakeholderGroupService groups) {
		this.jdbc = jdbc;
		this.groups = groups;
	}

	@Override
	public Map<String, InRoom> inRoomByGroup(long dialogueId) {
		Map<String, InRoom> byGroup = new HashMap<>();
		this.jdbc.sql("""
				select a.stakeholder_group_id, sum(a.people), 0, 0 from meeting_attendance a
				join meeting m on m.id = a.meeting_id where m.dialogue_id = :dialogueId
				group by a.stakeholder_group_id
				union all
				select stakeholder_group_id, 0, count(*), sum(people) from recorded_contribution
				where dialogue_id = :dialogueId and kind <> 'STANCES' group by stakeholder_group_id""")
			.param("dialogueId", dialogueId)
			.query((rs, n) -> byGroup.merge(this.groups.codeOf(rs.getLong(1)),
					new InRoom(rs.getLong(2), rs.getLong(3), rs.getLong(4)), InRoom::plus))
			.list();
		return byGroup;
	}

}
