package org.commonground.sms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.commonground.shared.web.SupportedLanguages;
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
 * a numbered list, district, consent) unless the number already takes part in that open
 * dialogue; {@code LANG <xx>} changes the language; {@code HELP} (MSAADA, AIDE, AYUDA,
 * AJUDA) answers the instructions; {@code STOP} opts the number out of everything at once
 * and confirms it; after consent, a text is a contribution waiting in the dialogue's SMS
 * inbox (with a receipt), and "1", "2" or "3" answer the dialogue's latest stance
 * question. Punctuation around keywords and codes does not matter. A number that takes
 * part nowhere gets how to join, at most once a day.
 */
@Service
public class SmsConversation {

	private static final Logger log = LoggerFactory.getLogger(SmsConversation.class);

	private static final Set<String> STOP = Set.of("STOP", "ACHA", "SITISHA", "ARRET", "ARRÊT", "PARAR", "PARE",
			"UNSUBSCRIBE");

	private static final Set<String> YES = Set.of("YES", "Y", "NDIYO", "NDIO", "OUI", "SI", "SÍ", "SIM", "1");

	private static final Set<String> NO = Set.of("NO", "N", "HAPANA", "NON", "NÃO", "NAO", "2");

	private static final List<String> LANGUAGES = List.of("en", "sw", "fr", "es", "pt");

	/** Words that may follow STOP, HELP, YES or NO without making the text a message. */
	private static final Set<String> POLITE = Set.of("PLEASE", "PLS", "THANKS", "THANK", "YOU", "TAFADHALI", "ASANTE",
			"SANA", "MERCI", "SVP", "S", "IL", "VOUS", "PLAIT", "PLAÎT", "POR", "FAVOR", "GRACIAS", "OBRIGADO",
			"OBRIGADA");

	/** Greetings and words that tell the language of a text from an unknown number. */
	private static final Map<String, Set<String>> HINTS = Map.of("sw",
			Set.of("HABARI", "NATAKA", "KUJIUNGA", "JAMBO", "MAMBO", "SHIKAMOO", "NAOMBA", "TAFADHALI", "ASANTE"), "fr",
			Set.of("BONJOUR", "MERCI", "JE", "VEUX", "REJOINDRE"), "es", Set.of("HOLA", "QUIERO", "GRACIAS"), "pt",
			Set.of("OLÁ", "OLA", "QUERO", "OBRIGADO", "OBRIGADA"), "en", Set.of("HELLO", "HI", "WANT"));

	/** Messages to a number that takes part nowhere: one a day. */
	private static final AppSecurityProperties.Limit STRANGER_LIMIT = new AppSecurityProperties.Limit(1,
			Duration.ofDays(1));

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
		List<String> tokens = tokens(text);
		String keyword = tokens.isEmpty() ? "" : tokens.get(0);
		Optional<SmsParticipant> current = this.store.current(phoneHash);
		boolean known = current.isPresent() && !current.get().optedOut();
		if (STOP.contains(keyword) && politeTail(tokens)) {
			this.store.optOut(phoneHash, now);
			if (known) {
				// One confirmation, to no participation (so that the opt-out does not
				// cancel
				// it), counted against the dialogue's budget.
				stopped(current.get());
			}
			return;
		}
		String joinLanguage = joinLanguage(keyword);
		if (joinLanguage != null && tokens.size() == 2) {
			join(sms.from(), phoneHash, tokens.get(1), joinLanguage, current, now);
			return;
		}
		String helpLanguage = helpLanguage(keyword);
		if ((joinLanguage != null && tokens.size() == 1) || (helpLanguage != null && politeTail(tokens))) {
			if (!known) {
				howTo(sms.from(), phoneHash, (joinLanguage != null) ? joinLanguage : helpLanguage, tokens);
			}
			else if (joinLanguage != null) {
				this.outbox.send(withLanguage(current.get(), joinLanguage), "sms.text.how-to");
			}
			else if (current.get().step() == SmsParticipant.Step.ACTIVE) {
				this.outbox.send(current.get(), "sms.text.help");
			}
			else {
				prompt(current.get());
			}
			return;
		}
		if (current.isEmpty()) {
			// A number that takes part nowhere: how to join, at most once a day.
			howTo(sms.from(), phoneHash, guessLanguage(tokens), tokens);
			return;
		}
		if (current.get().optedOut()) {
			log.info("SMS from an opted-out number ignored");
			return;
		}
		SmsParticipant participant = current.get();
		if ((keyword.equals("LANG") || keyword.equals("LUGHA")) && tokens.size() == 2
				&& LANGUAGES.contains(tokens.get(1).toLowerCase(Locale.ROOT))) {
			SmsParticipant changed = withLanguage(participant, tokens.get(1).toLowerCase(Locale.ROOT));
			this.store.update(changed.id(), changed.step(), changed.language(), changed.groupId(), changed.district(),
					now);
			prompt(changed);
			return;
		}
		switch (participant.step()) {
			case GROUP -> chooseGroup(participant, text, now);
			case DISTRICT -> giveDistrict(participant, text, tokens, now);
			case CONSENT -> consent(participant, keyword, tokens, now);
			case ACTIVE -> contribute(participant, text, now);
		}
	}

	private void join(String from, String phoneHash, String code, String language, Optional<SmsParticipant> current,
			Instant now) {
		boolean known = current.isPresent() && !current.get().optedOut();
		Optional<Long> dialogueId = this.store.dialogueByCode(code);
		if (dialogueId.isEmpty()) {
			if (known) {
				this.outbox.send(withLanguage(current.get(), language), "sms.text.unknown-code", code);
			}
			else {
				toStranger(from, phoneHash, null, language, "sms.text.unknown-code", code);
			}
			return;
		}
		Dialogue dialogue = dialogue(dialogueId.get());
		if (!dialogue.isOpen()) {
			// A closed dialogue takes no one new: the sender is told, nothing is kept.
			String title = dialogue.text(language).getTitle();
			if (known) {
				this.outbox.send(withLanguage(current.get(), language), "sms.text.closed", title);
			}
			else {
				toStranger(from, phoneHash, dialogue.getId(), language, "sms.text.closed", title);
			}
			return;
		}
		Optional<SmsParticipant> already = this.store.participation(phoneHash, dialogue.getId());
		if (already.isPresent() && already.get().active()) {
			// Already taking part: stays so, in the language of the keyword, with a
			// reminder.
			SmsParticipant p = withLanguage(already.get(), language);
			this.store.update(p.id(), p.step(), p.language(), p.groupId(), p.district(), now);
			this.outbox.send(p, "sms.text.welcome", title(p));
			return;
		}
		this.store.join(dialogue.getId(), phoneHash, this.phones.encrypt(from), language, now);
		SmsParticipant joined = this.store.current(phoneHash).orElseThrow();
		prompt(joined);
	}

	/**
	 * Confirms an opt-out, once: to no participation (so that the opt-out does not cancel
	 * it), counted against the dialogue's budget, with the text that comes back.
	 */
	private void stopped(SmsParticipant participant) {
		String code = this.store.settings(participant.dialogueId()).map(SmsSettings::code).orElse("");
		this.outbox.sendToNumber(participant.dialogueId(), participant.phoneCipher(), participant.language(),
				"sms.text.stopped", code);
	}

	/**
	 * How to join, to a number that takes part nowhere (or opted out): suggests the exact
	 * text when the message names a dialogue's code.
	 */
	private void howTo(String from, String phoneHash, String language, List<String> tokens) {
		Optional<String> code = tokens.stream()
			.limit(4)
			.filter((t) -> t.length() >= 2 && t.length() <= 12)
			.filter((t) -> this.store.dialogueByCode(t).isPresent())
			.findFirst();
		if (code.isPresent()) {
			toStranger(from, phoneHash, null, language, "sms.text.how-to-code",
					joinKeyword(language) + " " + code.get());
		}
		else {
			toStranger(from, phoneHash, null, language, "sms.text.how-to");
		}
	}

	/**
	 * A message to a number that is no participant's: at most {@link #STRANGER_LIMIT} per
	 * number, counted against the dialogue's budget or the platform's for such messages
	 * ({@link SmsOutbox#sendToNumber}).
	 */
	private void toStranger(String from, String phoneHash, Long dialogueId, String language, String key,
			Object... args) {
		if (!this.limiter.tryConsume("sms-stranger", STRANGER_LIMIT, phoneHash).isZero()) {
			log.info("SMS from a number that takes part nowhere not answered: answered once already today");
			return;
		}
		this.outbox.sendToNumber(dialogueId, this.phones.encrypt(from), language, key, args);
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
			this.outbox.send(participant, "sms.text.not-understood.group", groups.size());
			return;
		}
		this.store.update(participant.id(), SmsParticipant.Step.DISTRICT, participant.language(),
				groups.get(choice - 1).getId(), null, now);
		this.outbox.send(participant, "sms.text.district");
	}

	private void giveDistrict(SmsParticipant participant, String text, List<String> tokens, Instant now) {
		String district = text.replaceAll("\\s+", " ");
		boolean answer = tokens.size() == 1 && (YES.contains(tokens.get(0)) || NO.contains(tokens.get(0)));
		if (answer || district.length() < 2 || district.length() > 60 || !district.matches("[\\p{L}\\p{M}\\p{N} ',.-]+")
				|| district.codePoints().filter(Character::isLetter).count() < 2) {
			this.outbox.send(participant, "sms.text.not-understood.district");
			return;
		}
		this.store.update(participant.id(), SmsParticipant.Step.CONSENT, participant.language(), participant.groupId(),
				district, now);
		this.outbox.send(participant, "sms.text.consent");
	}

	private void consent(SmsParticipant participant, String keyword, List<String> tokens, Instant now) {
		if (NO.contains(keyword) && politeTail(tokens)) {
			this.store.optOut(participant.phoneHash(), now);
			stopped(participant);
			return;
		}
		if (!YES.contains(keyword) || !politeTail(tokens)) {
			this.outbox.send(participant, "sms.text.not-understood.consent");
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
			// A bare number is no view: there is no question it could answer.
			this.outbox.send(participant, "sms.text.no-question");
			return;
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

	/**
	 * The words of a text in capitals, without the punctuation around them
	 * ({@code "Jiunge: geita."} is JIUNGE, GEITA).
	 */
	static List<String> tokens(String text) {
		return Arrays.stream(text.toUpperCase(Locale.ROOT).split("[^\\p{L}\\p{M}\\p{N}]+"))
			.filter((t) -> !t.isEmpty())
			.toList();
	}

	/** Whether the words after the first are only a short polite tail ("please"). */
	static boolean politeTail(List<String> tokens) {
		return tokens.size() <= 4 && tokens.stream().skip(1).allMatch(POLITE::contains);
	}

	private static String helpLanguage(String keyword) {
		return switch (keyword) {
			case "HELP" -> "en";
			case "MSAADA" -> "sw";
			case "AIDE" -> "fr";
			case "AYUDA" -> "es";
			case "AJUDA" -> "pt";
			default -> null;
		};
	}

	private static String joinKeyword(String language) {
		return switch (language) {
			case "sw" -> "JIUNGE";
			case "fr" -> "REJOINDRE";
			case "es" -> "UNIRSE";
			case "pt" -> "ENTRAR";
			default -> "JOIN";
		};
	}

	/**
	 * The language a text from an unknown number is most likely in: that of a keyword (or
	 * a keyword mistyped by a letter or two, {@code JUINGE}), or of a greeting; otherwise
	 * the platform's default.
	 */
	static String guessLanguage(List<String> tokens) {
		for (String token : tokens) {
			String language = (joinLanguage(token) != null) ? joinLanguage(token) : helpLanguage(token);
			if (language != null) {
				return language;
			}
		}
		for (String token : tokens) {
			for (String language : LANGUAGES) {
				String keyword = joinKeyword(language);
				if (token.length() >= 4 && distance(token, keyword) <= ((keyword.length() > 4) ? 2 : 1)) {
					return language;
				}
			}
			for (Map.Entry<String, Set<String>> hint : HINTS.entrySet()) {
				if (hint.getValue().contains(token)) {
					return hint.getKey();
				}
			}
		}
		return SupportedLanguages.DEFAULT.getLanguage();
	}

	/** Levenshtein distance. */
	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] row = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			row[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				row[j] = Math.min(Math.min(row[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = row;
			row = swap;
		}
		return previous[b.length()];
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
			.collect(Collectors.joining("; "));
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
