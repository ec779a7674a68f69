package org.commonground.challenge;

import java.util.Map;

import org.commonground.dialogue.ContributionCounter;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Counts challenges and endorsements per stakeholder group for the representation panel.
 */
@Component
@Order(10)
class ChallengeContributionCounter implements ContributionCounter {

	private final ChallengeService challenges;

	ChallengeContributionCounter(ChallengeService challenges) {
		this.challenges = challenges;
	}

	@Override
	public Map<String, Map<String, Long>> contributionsByKind(long dialogueId) {
		return this.challenges.countByKindAndGroup(dialogueId);
	}

}
