package org.commonground.meeting;

import java.util.Locale;

import org.commonground.dialogue.DialogueSection;
import org.commonground.dialogue.DialogueSectionProvider;
import org.commonground.dialogue.DialogueView;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The next and the latest meetings on the dialogue's page. */
@Component
@Order(30)
class MeetingDialogueSection implements DialogueSectionProvider {

	private final MeetingService meetings;

	MeetingDialogueSection(MeetingService meetings) {
		this.meetings = meetings;
	}

	@Override
	public DialogueSection section(DialogueView view, Locale locale) {
		return new DialogueSection("meeting/fragments", "dialogue-section", this.meetings.highlights(view));
	}

}
