package org.commonground.challenge;

import java.util.List;
import java.util.Map;

import org.commonground.account.PersonalDataArchive;
import org.commonground.account.PersonalDataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's challenges, endorsements and the translations of challenges they made, for
 * their data archive.
 */
@Component
class ChallengePersonalData implements PersonalDataSource {

	private final ChallengeRepository challenges;

	private final JdbcClient jdbc;

	ChallengePersonalData(ChallengeRepository challenges, JdbcClient jdbc) {
		this.challenges = challenges;
		this.jdbc = jdbc;
	}

	@Override
	public void write(long accountId, PersonalDataArchive archive) {
		archive.table("challenges",
				List.of("id", "dialogue_id", "title", "text", "status", "visibility", "created_at", "edited_at"),
				this.challenges.findPersonalData(accountId));
		archive.table("endorsements", List.of("challenge_id", "created_at"),
				this.challenges.findEndorsementsOf(accountId));
		archive.table(this.jdbc, "challenge_translations",
				List.of("challenge_id", "language", "title", "body_source", "response_source", "translated_at"),
				"FROM challenge_translation t WHERE t.translated_by = :id AND EXISTS (SELECT 1 FROM challenge c"
						+ " WHERE c.id = t.challenge_id AND c.moderation = 'VISIBLE') ORDER BY challenge_id, language",
				Map.of("id", accountId));
	}

}
