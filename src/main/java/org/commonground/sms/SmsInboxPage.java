package org.commonground.sms;

import java.util.List;
import java.util.Map;

import org.commonground.challenge.Challenge;
import org.commonground.dialogue.DialogueView;
import org.commonground.vision.Paragraph;

/**
 * A dialogue's SMS inbox for its facilitators.
 *
 * @param settings the SMS code and budget ({@code null} until a facilitator sets them)
 * @param contributions new texts (oldest first), then the last decided ones
 * @param senders "SMS · group · district" by participant id
 * @param challenges the challenges a text may join (as a comment or merged)
 * @param used segments sent this month
 * @param budget the monthly budget in force
 * @param version the newest vision version's number (0: none), for questions
 * @param paragraphs its paragraphs a question may be about
 * @param questions questions sent, newest first, with their SMS stances
 */
public record SmsInboxPage(DialogueView view, SmsSettings settings, List<SmsContribution> contributions,
		Map<Long, String> senders, List<Challenge> challenges, int used, int budget, int version,
		List<Paragraph> paragraphs, List<Question> questions) {

	/** A question with its replies: counts by group label, then stance. */
	public record Question(long id, int version, String paragraphKey, String text, java.time.Instant sentAt,
			Map<String, Map<String, Long>> stances) {

		public long total() {
			return this.stances.values().stream().flatMap((m) -> m.values().stream()).mapToLong(Long::longValue).sum();
		}

	}

	public String challengeTitle(Long id) {
		return this.challenges.stream()
			.filter((c) -> c.getId().equals(id))
			.map(Challenge::getTitle)
			.findFirst()
			.orElse(null);
	}

}
