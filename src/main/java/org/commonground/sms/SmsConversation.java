package org.commonground.sms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.commonground.account.AccountPrincipal;
import org.commonground.account.AccountService;
import org.commonground.account.StakeholderGroup;
import org.commonground.account.StakeholderGroupService;
import org.commonground.dialogue.Dialogue;
import org.commonground.dialogue.DialogueService;
import org.commonground.shared.security.AppSecurityProperties;
import org.commonground.shared.security.RateLimiter;
import org.commonground.vision.Stance;
import org.commonground.vision.VisionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a text from a phone: {@code JOIN <code>} (or JIUNGE, REJOINDRE, UNIRSE,
 * ENTRAR, which also choose the language) starts a short exchange (stakeholder group from
 * a numbered list, district, consent); {@code LANG <xx>} changes the language;
 * {@code STOP} opts the number out of everything at once; after consent, a text is a
 * contribution waiting in the dialogue's SMS inbox (with a receipt), and "1", "2" or "3"
 * answer the dialogue's latest stance question.
 */
@Service
public class SmsConversation {

	private static final Logger log = LoggerFactory.getLogger(SmsConversation.class);

	private static final Set<String> STOP = Set.of("STOP", "ACHA", "SITISHA", "ARRET", "ARRÊT", "PARAR", "PARE",
			"UNSUBSCRIBE");

	private static final Set<String> YES = Set.of("YES", "Y", "NDIYO", "NDIO", "OUI", "SI", "SÍ", "SIM", "1");

	private static final Set<String> NO = Set.of("NO", "N", "HAPANA", "NON", "NÃO", "NAO", "2");

	private static final List<String> LANGUAGES = List.of("en", "sw", "fr", "es", "pt");

	private final SmsStore store;

	private final SmsOutbox outbox;

	private final PhoneNumbers phones;

	private final RateLimiter limiter;

	private final SmsProperties properties;

	private final DialogueService dialogues;

	private final StakeholderGroupService groups;

	private final AccountService accounts;

	private final VisionService vision;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	SmsConversation(SmsStore store, SmsOutbox outbox, PhoneNumbers phones, RateLimiter limiter,
			SmsProperties properties, DialogueService dialogues, StakeholderGroupService groups,
			AccountService accounts, VisionService vision, Clock clock, PlatformTransactionManager transactions) {
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.store = store;
		this.outbox = outbox;
		this.phones = phones;
		this.limiter = limiter;
		this.properties = properties;
		this.dialogues = dialogues;
		this.groups = groups;
		this.accounts = accounts;
		this.vision = vision;
		this.clock = clock;
	}

	/**
	 * Handles a text once: a message id seen before changes nothing.
	 * @throws SmsRateLimitedException past the per-number limit (nothing is kept, so the
	 * gateway may deliver it again later)
	 * @throws IllegalArgumentException if the sender is not a phone number
	 */
	@Transactional
	public void receive(InboundSms sms) {
		String phoneHash = this.phones.hash(sms.from());
		Instant now = this.clock.instant();
		if (!this.store.recordInbound(sms.messageId(), phoneHash, now)) {
			return;
		}
		SmsProperties.Limit limit = this.properties.inboundPerNumber();
		Duration wait = this.limiter.tryConsume("sms-inbound",
				new AppSecurityProperties.Limit(limit.capacity(), limit.period()), phoneHash);
		if (!wait.isZero()) {
			throw new SmsRateLimitedException();
		}
		String text = (sms.text() != null) ? sms.text().strip() : "";
		String[] words = text.split("\\s+", 2);
		String keyword = words[0].toUpperCase(Locale.ROOT);
		Optional<SmsParticipant> current = this.store.current(phoneHash);
		if (STOP.contains(keyword) && words.length == 1) {
			this.store.optOut(phoneHash, now);
			return;
		}
		String joinLanguage = joinLanguage(keyword);
		if (joinLanguage != null && words.length == 2) {
			join(sms.from(), phoneHash, words[1].strip().toUpperCase(Locale.ROOT), joinLanguage, current, now);
			return;
		}
		if (current.isEmpty() || current.get().optedOut()) {
			log.info("SMS from an unknown or opted-out number ignored");
			return;
		}
		SmsParticipant participant = current.get();
		if ((keyword.equals("LANG") || keyword.equals("LUGHA")) && words.length == 2
				&& LANGUAGES.contains(words[1].strip().toLowerCase(Locale.ROOT))) {
			SmsParticipant changed = withLanguage(participant, words[1].strip().toLowerCase(Locale.ROOT));
			this.store.update(changed.id(), changed.step(), changed.language(), changed.groupId(), changed.district(),
					now);
			prompt(changed);
			return;
		}
		switch (participant.step()) {
			case GROUP -> chooseGroup(participant, text, now);
			case DISTRICT -> giveDistrict(participant, text, now);
			case CONSENT -> consent(participant, keyword, now);
			case ACTIVE -> contribute(participant, text, now);
		}
	}

	private void join(String from, String phoneHash, String code, String language, Optional<SmsParticipant> current,
			Instant now) {
		Optional<Long> dialogueId = this.store.dialogueByCode(code);
		if (dialogueId.isEmpty()) {
			current.filter((p) -> !p.optedOut())
				.ifPresent((p) -> this.outbox.send(withLanguage(p, language), "sms.text.unknown-code", code));
			return;
		}
		this.store.join(dialogueId.get(), phoneHash, this.phones.encrypt(from), language, now);
		SmsParticipant joined = this.store.current(phoneHash).orElseThrow();
		prompt(joined);
	}

	/** Asks again what the participant's step is waiting for. */
	private void prompt(SmsParticipant participant) {
		switch (participant.step()) {
			case GROUP ->
				this.outbox.send(participant, "sms.text.group", title(participant), groupList(participant.language()));
			case DISTRICT -> this.outbox.send(participant, "sms.text.district");
			case CONSENT -> this.outbox.send(participant, "sms.text.consent");
			case ACTIVE -> this.outbox.send(participant, "sms.text.welcome", title(participant));
		}
	}

	private void chooseGroup(SmsParticipant participant, String text, Instant now) {
		List<StakeholderGroup> groups = groups();
		int choice;
		try {
			choice = Integer.parseInt(text);
		}
		catch (NumberFormatException ex) {
			choice = 0;
		}
		if (choice < 1 || choice > groups.size()) {
			prompt(participant);
			return;
		}
		this.store.update(participant.id(), SmsParticipant.Step.DISTRICT, participant.language(),
				groups.get(choice - 1).getId(), null, now);
		this.outbox.send(participant, "sms.text.district");
	}

	private void giveDistrict(SmsParticipant participant, String text, Instant now) {
		String district = text.replaceAll("\\s+", " ");
		if (district.length() < 2 || district.length() > 60 || !district.matches("[\\p{L}\\p{M} '.-]+")) {
			prompt(participant);
			return;
		}
		this.store.update(participant.id(), SmsParticipant.Step.CONSENT, participant.language(), participant.groupId(),
				district, now);
		this.outbox.send(participant, "sms.text.consent");
	}

	private void consent(SmsParticipant participant, String keyword, Instant now) {
		if (NO.contains(keyword)) {
			this.store.optOut(participant.phoneHash(), now);
			return;
		}
		if (!YES.contains(keyword)) {
			prompt(participant);
			return;
		}
		long accountId = participant.accountId() != null ? participant.accountId()
				: this.accounts
					.createOffline(displayName(participant.district()), this.groups.codeOf(participant.groupId()),
							participant.district(), participant.language())
					.getId();
		this.store.consent(participant.id(), accountId, now);
		this.outbox.send(participant, "sms.text.welcome", title(participant));
	}

	private void contribute(SmsParticipant participant, String text, Instant now) {
		if (text.isEmpty()) {
			return;
		}
		Optional<Stance> stance = stance(text);
		if (stance.isPresent()) {
			Optional<Object[]> question = this.store.latestQuestion(participant.dialogueId());
			if (question.isPresent()) {
				answerQuestion(participant, question.get(), stance.get(), now);
				return;
			}
		}
		if (!dialogue(participant.dialogueId()).isOpen()) {
			// A closed dialogue takes nothing new: the sender is told, nothing is kept.
			this.outbox.send(participant, "sms.text.closed", title(participant));
			return;
		}
		String body = (text.length() > 2000) ? text.substring(0, 2000) : text;
		this.store.addContribution(participant.dialogueId(), participant.id(), body, now);
		this.store.touch(participant.id(), now);
		this.outbox.send(participant, "sms.text.receipt");
	}

	private void answerQuestion(SmsParticipant participant, Object[] question, Stance stance, Instant now) {
		long questionId = (Long) question[0];
		int version = (Integer) question[1];
		String key = (String) question[2];
		Dialogue dialogue = dialogue(participant.dialogueId());
		AccountPrincipal principal = this.accounts.offlinePrincipal(participant.accountId());
		try {
			// In its own transaction: a refusal must not undo the receipt of the message.
			this.ownTransaction.executeWithoutResult((status) -> ActingAs.participant(principal, () -> {
				this.vision.setStance(dialogue.getSlug(), principal, version, key, stance);
				return null;
			}));
		}
		catch (RuntimeException ex) {
			// A newer version was published, or the participant is no longer a member.
			log.info("SMS stance on question {} not counted: {}", questionId, ex.getClass().getSimpleName());
			this.outbox.send(participant, "sms.text.question-closed");
			return;
		}
		this.store.saveStance(questionId, participant.id(), stance.name(), now);
		this.outbox.send(participant, "sms.text.stance");
	}

	static Optional<Stance> stance(String text) {
		return switch (text) {
			case "1" -> Optional.of(Stance.AGREE);
			case "2" -> Optional.of(Stance.CAN_LIVE_WITH);
			case "3" -> Optional.of(Stance.DISAGREE);
			default -> Optional.empty();
		};
	}

	/** The name an SMS participant's account carries (ADR 0011). */
	static String displayName(String district) {
		return "SMS · " + district;
	}

	private static String joinLanguage(String keyword) {
		return switch (keyword) {
			case "JOIN" -> "en";
			case "JIUNGE" -> "sw";
			case "REJOINDRE" -> "fr";
			case "UNIRSE" -> "es";
			case "ENTRAR" -> "pt";
			default -> null;
		};
	}

	private List<StakeholderGroup> groups() {
		return this.groups.activeGroups()
			.stream()
			.sorted(Comparator.comparingInt(StakeholderGroup::getSortOrder))
			.toList();
	}

	private String groupList(String language) {
		List<StakeholderGroup> groups = groups();
		Locale locale = Locale.forLanguageTag(language);
		return java.util.stream.IntStream.range(0, groups.size())
			.mapToObj((i) -> (i + 1) + " " + groups.get(i).label(locale))
			.collect(Collectors.joining(", "));
	}

	private Dialogue dialogue(long dialogueId) {
		return this.dialogues.byIds(List.of(dialogueId)).get(dialogueId);
	}

	/**
	 * The dialogue's title in the participant's language where it is translated into it.
	 */
	private String title(SmsParticipant participant) {
		Dialogue dialogue = dialogue(participant.dialogueId());
		return (participant.language() != null) ? dialogue.text(participant.language()).getTitle()
				: dialogue.getTitle();
	}

	private static SmsParticipant withLanguage(SmsParticipant p, String language) {
		return new SmsParticipant(p.id(), p.dialogueId(), p.phoneHash(), p.phoneCipher(), language, p.step(),
				p.groupId(), p.district(), p.accountId(), p.optedOut());
	}

}
