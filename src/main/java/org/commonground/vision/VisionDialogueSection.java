package org.commonground.vision;

import java.util.Locale;

import org.commonground.dialogue.DialogueSection;
import org.commonground.dialogue.DialogueSectionProvider;
import org.commonground.dialogue.DialogueView;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The newest version of the vision on the dialogue's page. */
@Component
@Order(20)
class VisionDialogueSection implements DialogueSectionProvider {

	private final VisionService visions;

	VisionDialogueSection(VisionService visions) {
		this.visions = visions;
	}

	@Override
	public DialogueSection section(DialogueView view, Locale locale) {
		return new DialogueSection("vision/fragments", "dialogue-section", this.visions.summary(view));
	}

}
