package org.commonground.challenge;

import java.util.Locale;

import org.commonground.dialogue.DialogueSection;
import org.commonground.dialogue.DialogueSectionProvider;
import org.commonground.dialogue.DialogueView;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The most endorsed challenges on the dialogue's page. */
@Component
@Order(10)
class ChallengeDialogueSection implements DialogueSectionProvider {

	private final ChallengeService challenges;

	ChallengeDialogueSection(ChallengeService challenges) {
		this.challenges = challenges;
	}

	@Override
	public DialogueSection section(DialogueView view, Locale locale) {
		return new DialogueSection("challenge/fragments", "dialogue-section", this.challenges.highlights(view, locale));
	}

}
