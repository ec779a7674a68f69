package org.commonground.challenge;

import java.time.Instant;
import java.util.List;

import org.commonground.dialogue.AuthorLabel;

/**
 * A challenge as the list shows it to one viewer.
 *
 * @param moderation VISIBLE, or HIDDEN or PENDING (shown only to its author and
 * moderators, marked)
 * @param title its title in the reader's language where a facilitator translated it, else
 * the original
 * @param language the language its title is written in
 * @param translated whether the title is a translation of the original
 */
public record ChallengeSummary(long id, String title, ChallengeStatus status, List<String> themes, AuthorLabel author,
		String speakingAs, int endorsements, int comments, Instant createdAt, String moderation, String language,
		boolean translated) {
}
