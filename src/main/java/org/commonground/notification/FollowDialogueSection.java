package org.commonground.notification;

import java.util.Locale;

import org.commonground.dialogue.DialogueSection;
import org.commonground.dialogue.DialogueSectionProvider;
import org.commonground.dialogue.DialogueView;

import org.springframework.stereotype.Component;

/**
 * Following a dialogue, in the membership box of its page for a signed-in viewer: whether
 * they follow it (one indexed read) and the button that changes it.
 */
@Component
class FollowDialogueSection implements DialogueSectionProvider {

	private final NotificationStore store;

	FollowDialogueSection(NotificationStore store) {
		this.store = store;
	}

	@Override
	public DialogueSection section(DialogueView view, Locale locale) {
		if (!view.context().signedIn()) {
			return null;
		}
		long dialogueId = view.dialogue().getId();
		boolean follows = this.store.follows(view.context().viewerId(), FollowTarget.DIALOGUE, dialogueId);
		return new DialogueSection("notification/fragments", "follow",
				new FollowBox(view.dialogue().getSlug(), follows), DialogueSection.Place.MEMBERSHIP);
	}

	/** What the follow box shows. */
	public record FollowBox(String slug, boolean follows) {
	}

}
