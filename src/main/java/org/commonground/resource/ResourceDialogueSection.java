package org.commonground.resource;

import java.util.Locale;

import org.commonground.dialogue.DialogueSection;
import org.commonground.dialogue.DialogueSectionProvider;
import org.commonground.dialogue.DialogueView;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The newest entries of the library on the dialogue's page, with its blog and feed. */
@Component
@Order(30)
class ResourceDialogueSection implements DialogueSectionProvider {

	static final int SHOWN = 3;

	private final ResourceService resources;

	ResourceDialogueSection(ResourceService resources) {
		this.resources = resources;
	}

	@Override
	public DialogueSection section(DialogueView view, Locale locale) {
		return new DialogueSection("resource/fragments", "dialogue-section", this.resources.newest(view, SHOWN));
	}

}
