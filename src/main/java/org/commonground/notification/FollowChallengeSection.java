package org.commonground.notification;

import java.util.Locale;

import org.commonground.challenge.ChallengeSectionProvider;
import org.commonground.dialogue.DialogueSection;
import org.commonground.dialogue.DialogueView;

import org.springframework.stereotype.Component;

/**
 * Following a challenge, on its page for a signed-in viewer: whether they follow it (one
 * indexed read, which brings the header's unread count along) and the button that changes
 * it.
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
		// With the header's unread count in the same statement: the page stays within P1.
		NotificationStore.FollowsAndUnread read = this.store.followsAndUnread(view.context().viewerId(),
				FollowTarget.CHALLENGE, challengeId);
		NotificationBadge.remember(read.unread());
		return new DialogueSection("notification/fragments", "follow-challenge",
				new FollowBox(view.dialogue().getSlug(), challengeId, read.follows()), DialogueSection.Place.BODY);
	}

	/** What the follow box shows. */
	public record FollowBox(String slug, long challengeId, boolean follows) {
	}

}
