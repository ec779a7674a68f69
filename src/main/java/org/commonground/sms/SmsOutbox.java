package org.commonground.sms;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues the messages the platform sends, in the participant's language, counting their
 * segments against the dialogue's monthly budget: a message that would go over it is kept
 * as OVER_BUDGET and never sent. Nothing is queued for a number that opted out.
 */
@Component
class SmsOutbox {

	private final SmsStore store;

	private final MessageSource messages;

	private final SmsProperties properties;

	private final Clock clock;

	SmsOutbox(SmsStore store, MessageSource messages, SmsProperties properties, Clock clock) {
		this.store = store;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	/** The text of an SMS message in the participant's language. */
	String text(SmsParticipant participant, String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.forLanguageTag(participant.language()));
	}

	/** Queues a message from the bundle ({@code key}) to the participant. */
	void send(SmsParticipant participant, String key, Object... args) {
		sendText(participant, text(participant, key, args));
	}

	/** Queues a text to the participant. */
	@Transactional(propagation = Propagation.MANDATORY)
	void sendText(SmsParticipant participant, String text) {
		if (participant.optedOut()) {
			return;
		}
		int segments = SmsSegments.of(text).count();
		Instant now = this.clock.instant();
		int budget = this.store.settings(participant.dialogueId())
			.map(SmsSettings::monthlyBudget)
			.orElse(this.properties.defaultBudget());
		boolean over = used(participant.dialogueId()) + segments > budget;
		this.store.queue(participant.dialogueId(), participant.id(), participant.phoneCipher(), text, segments,
				over ? "OVER_BUDGET" : "QUEUED", now);
	}

	/**
	 * Queues a message from the bundle to a number that is no participant's (yet): how to
	 * join, or that a dialogue is closed. It counts against the dialogue's budget when
	 * there is one, otherwise against a platform-wide monthly budget of the same size as
	 * a dialogue's default ({@code app.sms.default-budget}) for such messages. Callers
	 * limit how often one number gets one.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void sendToNumber(Long dialogueId, String phoneCipher, String language, String key, Object... args) {
		String text = this.messages.getMessage(key, args, Locale.forLanguageTag(language));
		int segments = SmsSegments.of(text).count();
		int budget = (dialogueId != null) ? this.store.settings(dialogueId)
			.map(SmsSettings::monthlyBudget)
			.orElse(this.properties.defaultBudget()) : this.properties.defaultBudget();
		int used = (dialogueId != null) ? used(dialogueId) : this.store.segmentsWithoutDialogueSince(monthStart());
		this.store.queue(dialogueId, null, phoneCipher, text, segments,
				(used + segments > budget) ? "OVER_BUDGET" : "QUEUED", this.clock.instant());
	}

	/** Segments the dialogue has used this calendar month (UTC). */
	int used(long dialogueId) {
		return this.store.segmentsSince(dialogueId, monthStart());
	}

	private Instant monthStart() {
		return YearMonth.now(this.clock.withZone(ZoneOffset.UTC)).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

}
