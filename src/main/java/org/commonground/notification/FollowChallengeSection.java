package org.commonground.notification;

import java.util.Locale;

import org.commonground.challenge.ChallengeSectionProvider;
import org.commonground.dialogue.DialogueSection;
import org.commonground.dialogue.DialogueView;

import org.springframework.stereotype.Component;

/**
 * Following a challenge, on its page for a signed-in viewer: whether they follow it (one
 * indexed read) and the button that changes it.
 */
@Component
class FollowChallengeSection implements ChallengeSectionProvider {

	private final NotificationStore store;

	FollowChallengeSection(NotificationStore store) {
		this.store = store;
	}

	@Override
	public DialogueSection section(DialogueView view, long challengeId, Locale locale) {
		if (!view.context().signedIn()) {
			return null;
		}
		boolean follows = this.store.follows(view.context().viewerId(), FollowTarget.CHALLENGE, challengeId);
		return new DialogueSection("notification/fragments", "follow-challenge",
				new FollowBox(view.dialogue().getSlug(), challengeId, follows), DialogueSection.Place.BODY);
	}

	/** What the follow box shows. */
	public record FollowBox(String slug, long challengeId, boolean follows) {
	}

}
