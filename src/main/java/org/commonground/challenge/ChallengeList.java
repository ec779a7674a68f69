package org.commonground.challenge;

import java.util.List;

import org.commonground.dialogue.DialogueView;

/**
 * One page of a dialogue's challenges.
 *
 * @param next the cursor of the next page, or {@code null} on the last
 * @param canPost whether the viewer may raise a challenge
 */
public record ChallengeList(DialogueView view, List<ChallengeSummary> challenges, ChallengeFilter filter, String next,
		boolean canPost) {

	public boolean hasNext() {
		return this.next != null;
	}

	public boolean first() {
		return this.filter.after() == null;
	}

}
