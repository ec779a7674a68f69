package org.commonground.meeting;

import org.commonground.dialogue.DialogueView;

/**
 * What a dialogue that is closed or archived still takes at its meetings: nothing new.
 * Contributions recorded on behalf of people (the form, a file of cards) need an open
 * dialogue, as posting online does. New meetings and attendance need a dialogue that is
 * not closed or archived (a draft may be prepared). The facilitators' account of what
 * happened (editing a meeting, its agenda and minutes, checking records, removing a named
 * attendee) stays possible, as responses and vision versions do.
 */
final class ClosedDialogue {

	/** The message for contributions recorded in a dialogue that is not open. */
	static final String RECORDING = "recorded.error.dialogue-closed";

	/** The message for a new meeting in a closed or archived dialogue. */
	static final String MEETING = "meeting.error.dialogue-closed";

	/** The message for attendance recorded in a closed or archived dialogue. */
	static final String ATTENDANCE = "attendance.error.dialogue-closed";

	private ClosedDialogue() {
	}

	/**
	 * @throws MeetingRuleException {@link #RECORDING}, about no field, unless the
	 * dialogue is open
	 */
	static void requireOpen(DialogueView view) {
		if (!view.dialogue().isOpen()) {
			throw new MeetingRuleException(RECORDING, null);
		}
	}

	/**
	 * @throws MeetingRuleException with the message, about no field, if the dialogue is
	 * closed or archived
	 */
	static void requireNotEnded(DialogueView view, String messageKey) {
		if (view.dialogue().isEnded()) {
			throw new MeetingRuleException(messageKey, null);
		}
	}

}
