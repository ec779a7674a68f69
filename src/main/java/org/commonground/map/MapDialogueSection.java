package org.commonground.map;

import java.util.Locale;

import org.commonground.dialogue.DialogueSection;
import org.commonground.dialogue.DialogueSectionProvider;
import org.commonground.dialogue.DialogueView;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The stakeholder map in brief on the dialogue's page, in one statement. */
@Component
@Order(30)
class MapDialogueSection implements DialogueSectionProvider {

	private final MapService maps;

	MapDialogueSection(MapService maps) {
		this.maps = maps;
	}

	@Override
	public DialogueSection section(DialogueView view, Locale locale) {
		return new DialogueSection("map/fragments", "dialogue-section", this.maps.summary(view));
	}

}
