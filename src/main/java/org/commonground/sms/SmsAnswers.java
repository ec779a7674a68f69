package org.commonground.sms;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonground.account.AccountPrincipal;
import org.commonground.account.AccountService;
import org.commonground.challenge.Challenge;
import org.commonground.challenge.ChallengeService;
import org.commonground.challenge.ChallengeTranslations;
import org.commonground.dialogue.Dialogue;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueService;
import org.commonground.dialogue.DialogueView;
import org.commonground.vision.CommentAnswered;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "You said, we did" by SMS: when a challenge an SMS text became, was added to or was
 * merged into has a facilitator's public response, its sender gets one message with the
 * start of their text and of the response, within two segments. Looked for every
 * {@code app.sms.poll-interval}; each text is answered once (the row is marked before the
 * message is queued, in one transaction).
 */
@Component
class SmsAnswers {

	/** Two segments: 2 x 153 GSM-7 characters or 2 x 67 UCS-2 ones. */
	static final int MAX_GSM = 306;

	static final int MAX_UNICODE = 134;

	private static final int BATCH = 200;

	private final SmsStore store;

	private final SmsOutbox outbox;

	private final AccountService accounts;

	private final DialogueService dialogues;

	private final DialogueAccess access;

	private final ChallengeService challenges;

	private final ChallengeTranslations translations;

	private final Clock clock;

	private final TransactionTemplate transaction;

	SmsAnswers(SmsStore store, SmsOutbox outbox, AccountService accounts, DialogueService dialogues,
			DialogueAccess access, ChallengeService challenges, ChallengeTranslations translations, Clock clock,
			PlatformTransactionManager transactions) {
		this.translations = translations;
		this.store = store;
		this.outbox = outbox;
		this.accounts = accounts;
		this.dialogues = dialogues;
		this.access = access;
		this.challenges = challenges;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(fixedDelayString = "${app.sms.poll-interval:30s}", initialDelayString = "${app.sms.poll-interval:30s}")
	@SchedulerLock(name = "sms-answers", lockAtMostFor = "PT10M")
	public void answerOnSchedule() {
		answer();
	}

	/**
	 * @return how many answers were queued
	 */
	int answer() {
		Integer queued = this.transaction.execute((status) -> {
			Map<Long, List<Object[]>> byDialogue = new LinkedHashMap<>();
			for (Object[] row : this.store.unanswered(BATCH)) {
				byDialogue.computeIfAbsent((Long) row[1], (k) -> new ArrayList<>()).add(row);
			}
			Map<Long, Dialogue> dialogues = this.dialogues.byIds(byDialogue.keySet());
			int count = 0;
			for (Map.Entry<Long, List<Object[]>> entry : byDialogue.entrySet()) {
				count += answer(dialogues.get(entry.getKey()), entry.getValue());
			}
			return count;
		});
		return (queued != null) ? queued : 0;
	}

	private int answer(Dialogue dialogue, List<Object[]> rows) {
		Map<Long, Challenge> responded = new HashMap<>();
		int count = 0;
		for (Object[] row : rows) {
			SmsParticipant participant = this.store.participant((Long) row[2]).orElseThrow();
			if (responded.isEmpty()) {
				// Read as the sender (a member): what they would see on the site.
				AccountPrincipal reader = this.accounts.offlinePrincipal(participant.accountId());
				DialogueView view = ActingAs.participant(reader,
						() -> this.access.readable(dialogue.getSlug(), reader));
				for (Challenge challenge : this.challenges.forSummary(view)) {
					if (challenge.getResponseSource() != null && !challenge.getResponseSource().isBlank()) {
						responded.put(challenge.getId(), challenge);
					}
				}
			}
			Challenge challenge = responded.get((Long) row[3]);
			if (challenge == null || !this.store.markAnswered((Long) row[0], this.clock.instant())) {
				continue;
			}
			this.outbox.sendText(participant, message(this.outbox.text(participant, "sms.text.answer", "@@1", "@@2"),
					(String) row[5], response(challenge, participant.language())));
			count++;
		}
		return count;
	}

	/**
	 * The response in the participant's language: the facilitators' up-to-date
	 * translation where there is one, otherwise as written.
	 */
	private String response(Challenge challenge, String language) {
		if (language == null || language.equals(challenge.getResponseLanguage())) {
			return challenge.getResponseSource();
		}
		return this.translations.currentResponseTranslation(challenge.getId(), language)
			.orElse(challenge.getResponseSource());
	}

	/**
	 * "You said, we did" for a text that became a comment on the vision: when the
	 * facilitators answer that comment (a disposition and its reason), its sender gets
	 * one message with the start of their text, the disposition and the start of the
	 * reason. Runs after the answer commits, in a transaction of its own (the event
	 * publication registry delivers it again after a crash; the row is marked in the same
	 * transaction as the message is queued, so a second delivery sends nothing).
	 */
	@ApplicationModuleListener
	void on(CommentAnswered event) {
		this.store.unansweredVisionComment(event.commentId())
			.filter((row) -> this.store.markAnswered((Long) row[0], this.clock.instant()))
			.ifPresent((row) -> {
				SmsParticipant participant = this.store.participant((Long) row[1]).orElseThrow();
				String did = this.outbox.text(participant, "sms.disposition." + event.disposition().name()) + ": "
						+ event.reason();
				this.outbox.sendText(participant,
						message(this.outbox.text(participant, "sms.text.answer", "@@1", "@@2"), (String) row[2], did));
			});
	}

	/**
	 * Fills the template with the start of what was said and of what was done, so that
	 * the whole fits in two segments.
	 */
	static String message(String template, String said, String did) {
		boolean unicode = SmsSegments.of(template + said + did).unicode();
		int room = (unicode ? MAX_UNICODE : MAX_GSM) - template.replace("@@1", "").replace("@@2", "").length();
		String saidShort = shorten(flat(said), Math.max(20, room / 3));
		String didShort = shorten(flat(did), room - saidShort.length());
		return template.replace("@@1", saidShort).replace("@@2", didShort);
	}

	private static String flat(String text) {
		return text.replaceAll("[*_#>`]", "").replaceAll("\\s+", " ").strip();
	}

	private static String shorten(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		return text.substring(0, Math.max(0, max - 3)).stripTrailing() + "...";
	}

}
