package org.commonground.meeting;

import java.util.List;
import java.util.Set;

import org.commonground.dialogue.DialogueView;

/**
 * Meetings of a dialogue for one viewer: those to come, earliest first, and those past,
 * latest first.
 *
 * @param canManage whether the viewer may add and edit meetings
 * @param withMinutes the past meetings whose minutes are published
 */
public record MeetingList(DialogueView view, List<Meeting> upcoming, List<Meeting> past, boolean canManage,
		Set<Long> withMinutes) {

	/** Whether the viewer may add a meeting: not once the dialogue is closed. */
	public boolean canAdd() {
		return this.canManage && !this.view.dialogue().isEnded();
	}

	public boolean isEmpty() {
		return this.upcoming.isEmpty() && this.past.isEmpty();
	}

}
