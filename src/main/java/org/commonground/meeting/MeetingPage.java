package org.commonground.meeting;

import java.util.List;

import org.commonground.dialogue.DialogueView;
import org.commonground.dialogue.EvidenceLink;

/**
 * One meeting with what its page shows.
 *
 * @param facilitators display names of its facilitators
 * @param agenda its agenda, in order
 * @param attendance who came
 * @param canManage whether the viewer may edit it and record what happened there
 * @param agendaChoices what a new agenda item may be about; {@code null} unless
 * {@code canManage}
 * @param evidence the resources of the dialogue's library linked to it as evidence
 * @param minutes its minutes, if there are any the viewer may see; else {@code null}
 * @param recorded contributions recorded there on behalf of the people in the room,
 * newest first
 * @param started whether the meeting has started (attendance is recorded from then on)
 */
public record MeetingPage(DialogueView view, Meeting meeting, List<String> facilitators, List<AgendaEntry> agenda,
		AttendanceSummary attendance, boolean canManage, AgendaChoices agendaChoices, List<EvidenceLink> evidence,
		MinutesView minutes, List<RecordedEntry> recorded, boolean started) {

	/**
	 * Whether the viewer may record contributions here: not once the dialogue is no
	 * longer open.
	 */
	public boolean canRecord() {
		// Nobody spoke at a meeting that did not take place.
		return this.canManage && this.view.dialogue().isOpen() && !this.meeting.isCancelled();
	}

	/**
	 * Whether the viewer may record who came: not once the dialogue is closed, not before
	 * the meeting starts, never for a cancelled one.
	 */
	public boolean canRecordAttendance() {
		return this.canManage && !this.view.dialogue().isEnded() && this.started && !this.meeting.isCancelled();
	}

	/** Why attendance cannot be recorded (a message key), or {@code null}. */
	public String attendanceClosedReason() {
		if (this.meeting.isCancelled()) {
			return "attendance.error.cancelled";
		}
		if (!this.started) {
			return "attendance.error.not-started";
		}
		return this.view.dialogue().isEnded() ? "attendance.closed" : null;
	}

	/** Whether the viewer may change its agenda: not once it is cancelled. */
	public boolean canEditAgenda() {
		return this.canManage && !this.meeting.isCancelled();
	}

	/** Whether the viewer may cancel it. */
	public boolean canCancel() {
		return this.canManage && !this.meeting.isCancelled();
	}

}
