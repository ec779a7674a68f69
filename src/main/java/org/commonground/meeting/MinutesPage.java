package org.commonground.meeting;

import org.commonground.dialogue.DialogueView;

/**
 * The minutes page of a meeting.
 *
 * @param choices what a new item may lead to; {@code null} unless the viewer writes the
 * minutes
 * @param started whether the meeting has started (minutes are started, and published,
 * only then)
 */
public record MinutesPage(DialogueView view, Meeting meeting, MinutesView minutes, AgendaChoices choices,
		boolean started) {
}
