package org.commonground.meeting;

import java.util.Map;

import org.commonground.dialogue.AttendanceCounter;

import org.springframework.stereotype.Component;

/** The people met in a dialogue's meetings, for its representation panel. */
@Component
class MeetingAttendanceCounter implements AttendanceCounter {

	private final MeetingAttendance attendance;

	MeetingAttendanceCounter(MeetingAttendance attendance) {
		this.attendance = attendance;
	}

	@Override
	public Map<String, Long> peopleMetByGroup(long dialogueId) {
		return this.attendance.peopleMetByGroup(dialogueId);
	}

}
