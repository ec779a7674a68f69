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
 */
public record MeetingPage(DialogueView view, Meeting meeting, List<String> facilitators, List<AgendaEntry> agenda,
		AttendanceSummary attendance, boolean canManage, AgendaChoices agendaChoices, List<EvidenceLink> evidence,
		MinutesView minutes, List<RecordedEntry> recorded) {

	/**
	 * Whether the viewer may record contributions here: not once the dialogue is no
	 * longer open.
	 */
	public boolean canRecord() {
		return this.canManage && this.view.dialogue().isOpen();
	}

	/** Whether the viewer may record who came: not once the dialogue is closed. */
	public boolean canRecordAttendance() {
		return this.canManage && !this.view.dialogue().isEnded();
	}

}
