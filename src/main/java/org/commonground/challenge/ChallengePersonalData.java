package org.commonground.challenge;

import java.util.List;

import org.commonground.account.PersonalDataArchive;
import org.commonground.account.PersonalDataSource;

import org.springframework.stereotype.Component;

/** A person's challenges and endorsements, for their data archive. */
@Component
class ChallengePersonalData implements PersonalDataSource {

	private final ChallengeRepository challenges;

	ChallengePersonalData(ChallengeRepository challenges) {
		this.challenges = challenges;
	}

	@Override
	public void write(long accountId, PersonalDataArchive archive) {
		archive.table("challenges",
				List.of("id", "dialogue_id", "title", "text", "status", "visibility", "created_at", "edited_at"),
				this.challenges.findPersonalData(accountId));
		archive.table("endorsements", List.of("challenge_id", "created_at"),
				this.challenges.findEndorsementsOf(accountId));
	}

}
