package org.commonground.challenge;

import java.util.List;

import org.commonground.dialogue.ContributionCounter;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Counts visible challenges and their endorsements per stakeholder group for the
 * representation panel.
 */
@Component
@Order(10)
class ChallengeContributionCounter implements ContributionCounter {

	@Override
	public List<String> kinds() {
		return List.of("challenges", "endorsements");
	}

	@Override
	public String countQuery() {
		return """
				select 'challenges', c.author_group_id, count(*) from challenge c
				where c.dialogue_id = :dialogueId and c.moderation = 'VISIBLE' group by c.author_group_id
				union all
				select 'endorsements', e.group_id, count(*) from challenge_endorsement e
				join challenge c on c.id = e.challenge_id
				where c.dialogue_id = :dialogueId and c.moderation = 'VISIBLE' group by e.group_id""";
	}

}
