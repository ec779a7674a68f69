package org.commonground.meeting;

import java.util.List;

import org.commonground.dialogue.DialogueView;

/**
 * One meeting with what its page shows.
 *
 * @param facilitators display names of its facilitators
 * @param canManage whether the viewer may edit it and record what happened there
 */
public record MeetingPage(DialogueView view, Meeting meeting, List<String> facilitators, boolean canManage) {
}
