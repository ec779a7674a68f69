package org.commonground.challenge;

import java.time.ZoneId;
import org.commonground.shared.web.Zoned;

import java.util.List;

import org.commonground.dialogue.DialogueView;

/**
 * One page of a dialogue's challenges.
 *
 * @param next the cursor of the next page, or {@code null} on the last
 * @param canPost whether the viewer may raise a challenge
 */
public record ChallengeList(DialogueView view, List<ChallengeSummary> challenges, ChallengeFilter filter, String next,
		boolean canPost) implements Zoned {

	/** The dialogue's time zone: the page's times are shown in it. */
	@Override
	public ZoneId zone() {
		return this.view.zone();
	}

	public boolean hasNext() {
		return this.next != null;
	}

	public boolean first() {
		return this.filter.after() == null;
	}

}
