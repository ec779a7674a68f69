package org.commonground.map;

import java.util.Locale;

import org.commonground.dialogue.DialogueSection;
import org.commonground.dialogue.DialogueSectionProvider;
import org.commonground.dialogue.DialogueView;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A link to the stakeholder map on the dialogue's page. It runs no statement: the
 * dialogue page's budget (8) is already spent by the other sections; the counts of
 * {@link MapService#summary} are for pages that can afford one more.
 */
@Component
@Order(30)
class MapDialogueSection implements DialogueSectionProvider {

	@Override
	public DialogueSection section(DialogueView view, Locale locale) {
		return new DialogueSection("map/fragments", "dialogue-section", new MapSummary(view, -1, -1, -1, 0));
	}

}
