package org.commonground.resource;

import java.util.Locale;

import org.commonground.dialogue.DialogueSection;
import org.commonground.dialogue.DialogueSectionProvider;
import org.commonground.dialogue.DialogueView;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Links to the library, the blog and the feed on the dialogue's page. It runs no query:
 * the dialogue page's statement budget is already spent by challenges and the vision.
 */
@Component
@Order(30)
class ResourceDialogueSection implements DialogueSectionProvider {

	private final ResourceService resources;

	ResourceDialogueSection(ResourceService resources) {
		this.resources = resources;
	}

	@Override
	public DialogueSection section(DialogueView view, Locale locale) {
		return new DialogueSection("resource/fragments", "dialogue-section",
				new ResourceService.LibraryLinks(view, this.resources.mayAdd(view)));
	}

}
