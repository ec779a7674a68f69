package org.commonground.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.commonground.account.AccountPrincipal;
import org.commonground.account.AccountService;
import org.commonground.account.Recipient;
import org.commonground.account.StakeholderGroup;
import org.commonground.account.StakeholderGroupService;
import org.commonground.dialogue.Dialogue;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueService;
import org.commonground.shared.security.RateLimiter;
import org.commonground.shared.web.NotFoundException;
import org.commonground.shared.web.RateLimitExceededException;
import org.commonground.shared.web.SupportedLanguages;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newsletter for its readers, no account needed: sign-up with an email address and a
 * language (for the platform or for one dialogue, optionally with a stakeholder group),
 * double opt-in, one-click unsubscribe, and the public archive of the issues sent. The
 * sign-up answers the same whatever the address, so that nobody learns who subscribed;
 * each step keeps a consent record of the text shown, in the language shown.
 * <p>
 * The newsletter of a dialogue that not everyone may read (members only, or a draft) goes
 * only to people who may read it: a signed-in reader signs up their own account's
 * address, and each issue goes only to the addresses whose account may read the dialogue
 * when the issue is sent; the others' subscriptions end then.
 */
@Service
@Transactional(readOnly = true)
public class Newsletters {

	static final String CONFIRM = "CONFIRM-";

	private final NewsletterStore store;

	private final NewsletterMail mail;

	private final UnsubscribeTokens tokens;

	private final DialogueAccess access;

	private final DialogueService dialogues;

	private final StakeholderGroupService groups;

	private final AccountService accounts;

	private final RateLimiter limiter;

	private final NewsletterProperties properties;

	private final MessageSource messages;

	private final Clock clock;

	Newsletters(NewsletterStore store, NewsletterMail mail, UnsubscribeTokens tokens, DialogueAccess access,
			DialogueService dialogues, StakeholderGroupService groups, AccountService accounts, RateLimiter limiter,
			NewsletterProperties properties, MessageSource messages, Clock clock) {
		this.accounts = accounts;
		this.store = store;
		this.mail = mail;
		this.tokens = tokens;
		this.access = access;
		this.dialogues = dialogues;
		this.groups = groups;
		this.limiter = limiter;
		this.properties = properties;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * A sign-up.
	 *
	 * @param dialogueSlug the dialogue whose newsletter, or blank for the platform's
	 * @param groupCode the stakeholder group the person gives, or blank
	 */
	public record SignUp(String email, String language, String dialogueSlug, String groupCode) {
	}

	/**
	 * Signs the address up, pending its confirmation, and sends it the confirmation
	 * email; an address already confirmed gets nothing, nor one that asked too often.
	 * Either way the caller shows the same answer.
	 * @param shownIn the language of the page whose consent text the person saw
	 * @throws RateLimitExceededException after too many sign-ups from the client address
	 */
	@Transactional
	public void signUp(SignUp signUp, AccountPrincipal viewer, Locale shownIn, String clientAddress) {
		Duration wait = this.limiter.tryConsume("newsletter-address", this.properties.signupsPerAddress(),
				String.valueOf(clientAddress));
		if (!wait.isZero()) {
			throw new RateLimitExceededException(wait);
		}
		String language = SupportedLanguages.isSupported(signUp.language()) ? signUp.language() : shownIn.getLanguage();
		long dialogueId = 0;
		String name = appName(shownIn);
		Dialogue dialogue = null;
		if (signUp.dialogueSlug() != null && !signUp.dialogueSlug().isBlank()) {
			dialogue = this.access.readable(signUp.dialogueSlug(), viewer).dialogue();
			dialogueId = dialogue.getId();
			// Named in the language of the e-mails where the dialogue is translated into
			// it.
			name = dialogue.text(language).getTitle();
		}
		Long groupId = this.groups.findActive(blankToNull(signUp.groupCode()))
			.map(StakeholderGroup::getId)
			.orElse(null);
		String email = signUp.email().strip().toLowerCase(Locale.ROOT);
		if (dialogue != null && !DialogueAccess.readableByAnyone(dialogue)) {
			// Only for the reader's own address: nobody signs someone else up to what
			// that person may not read.
			email = this.accounts.recipient(viewer.getId())
				.map(Recipient::email)
				.orElseThrow(NotFoundException::new)
				.toLowerCase(Locale.ROOT);
		}
		Optional<NewsletterStore.Subscriber> existing = this.store.subscriber(email, dialogueId);
		if (existing.isPresent() && "CONFIRMED".equals(existing.get().status())) {
			return;
		}
		if (!this.limiter.tryConsume("newsletter-email", this.properties.signupsPerEmail(), email).isZero()) {
			return;
		}
		Instant now = this.clock.instant();
		long id = this.store.upsertPending(email, language, dialogueId, groupId, now);
		this.store.consent(id, "SIGNED_UP", "newsletter.signup.consent",
				msg("newsletter.signup.consent", shownIn, name), shownIn.getLanguage(), now);
		NewsletterStore.Subscriber subscriber = new NewsletterStore.Subscriber(id, email, language, dialogueId, groupId,
				"PENDING");
		this.mail.sendConfirmation(subscriber, name, this.tokens.signSubscriber(id, CONFIRM + now.getEpochSecond()));
	}

	/**
	 * The language the subscriber of a confirmation link chose when signing up, if the
	 * link works: its pages are shown in it.
	 */
	public Optional<String> confirmationLanguage(String token) {
		return confirmable(token).map(NewsletterStore.Subscriber::language);
	}

	/** The language of the subscriber an unsubscribe link is for, if the link works. */
	public Optional<String> unsubscribeLanguage(String token) {
		return unsubscribable(token).map(NewsletterStore.Subscriber::language);
	}

	/** The newsletter a confirmation link is for and the address, if the link works. */
	public Optional<Subscription> describeConfirmation(String token, Locale locale) {
		return confirmable(token).map((s) -> new Subscription(s.email(), name(s.dialogueId(), locale)));
	}

	/**
	 * Confirms the sign-up the token names (the button of the page the link opens).
	 * @return the subscription, or empty for a forged or expired link
	 */
	@Transactional
	public Optional<Subscription> confirm(String token, Locale shownIn) {
		Optional<NewsletterStore.Subscriber> subscriber = confirmable(token);
		subscriber.ifPresent((s) -> {
			Instant now = this.clock.instant();
			if (this.store.confirm(s.id(), now)) {
				this.store.consent(s.id(), "CONFIRMED", "newsletter.confirm.statement",
						msg("newsletter.confirm.statement", shownIn, name(s.dialogueId(), shownIn), s.email()),
						shownIn.getLanguage(), now);
			}
		});
		return subscriber.map((s) -> new Subscription(s.email(), name(s.dialogueId(), shownIn)));
	}

	/** The newsletter an unsubscribe link stops, if the link is genuine. */
	public Optional<Subscription> describeUnsubscribe(String token, Locale locale) {
		return unsubscribable(token).map((s) -> new Subscription(s.email(), name(s.dialogueId(), locale)));
	}

	/**
	 * Stops the newsletter for the subscriber in the token: from the page's button or the
	 * mail client's one-click (RFC 8058). No login needed; the signature is the proof.
	 */
	@Transactional
	public Optional<Subscription> unsubscribe(String token, Locale shownIn) {
		Optional<NewsletterStore.Subscriber> subscriber = unsubscribable(token);
		subscriber.ifPresent((s) -> {
			Instant now = this.clock.instant();
			if (this.store.unsubscribe(s.id(), now)) {
				this.store.consent(s.id(), "UNSUBSCRIBED", "newsletter.unsubscribe.statement",
						msg("newsletter.unsubscribe.statement", shownIn, name(s.dialogueId(), shownIn)),
						shownIn.getLanguage(), now);
			}
		});
		return subscriber.map((s) -> new Subscription(s.email(), name(s.dialogueId(), shownIn)));
	}

	/** Whether the token is a genuine newsletter unsubscribe token (CSRF exemption). */
	boolean isUnsubscribeToken(String token) {
		return this.tokens.verifySubscriber(token)
			.filter((s) -> NewsletterMail.UNSUBSCRIBE.equals(s.what()))
			.isPresent();
	}

	/** A newsletter as its reader knows it: the address and the newsletter's name. */
	public record Subscription(String email, String newsletter) {
	}

	/**
	 * The issues sent of a dialogue the viewer may read (404 otherwise), or of the
	 * platform ({@code slug} null), newest first; the dialogue named in the reader's
	 * language where it is translated into it.
	 */
	public Archive archive(String slug, AccountPrincipal viewer, int limit, Locale locale) {
		Dialogue dialogue = (slug != null) ? this.access.readable(slug, viewer).dialogue() : null;
		long dialogueId = (dialogue != null) ? dialogue.getId() : 0;
		return new Archive(slug, (dialogue != null) ? dialogue.text(locale.getLanguage()).getTitle() : null,
				this.store.published(dialogueId, Math.max(1, Math.min(limit, 200))),
				dialogue != null && !DialogueAccess.readableByAnyone(dialogue));
	}

	/** One issue of the archive; a draft, or another dialogue's, is not found. */
	public NewsletterIssue published(String slug, long id, AccountPrincipal viewer) {
		long dialogueId = (slug != null) ? this.access.readable(slug, viewer).dialogue().getId() : 0;
		return this.store.issue(id, dialogueId).filter((i) -> !i.isDraft()).orElseThrow(NotFoundException::new);
	}

	/**
	 * An archive: of a dialogue ({@code slug} and its title) or of the platform (both
	 * null).
	 *
	 * @param readersOnly whether the newsletter goes only to the accounts that may read
	 * the dialogue (a sign-up is for the reader's own address)
	 */
	public record Archive(String slug, String dialogueTitle, List<NewsletterIssue> issues, boolean readersOnly) {

		public Instant updated() {
			return this.issues.isEmpty() ? Instant.EPOCH : this.issues.get(0).sentAt();
		}

	}

	private Optional<NewsletterStore.Subscriber> confirmable(String token) {
		return this.tokens.verifySubscriber(token).filter((s) -> s.what().startsWith(CONFIRM)).filter((s) -> {
			try {
				Instant signed = Instant.ofEpochSecond(Long.parseLong(s.what().substring(CONFIRM.length())));
				return signed.plus(this.properties.confirmValidity()).isAfter(this.clock.instant());
			}
			catch (NumberFormatException ex) {
				return false;
			}
		}).flatMap((s) -> this.store.subscriber(s.accountId())).filter((s) -> !"UNSUBSCRIBED".equals(s.status()));
	}

	private Optional<NewsletterStore.Subscriber> unsubscribable(String token) {
		return this.tokens.verifySubscriber(token)
			.filter((s) -> NewsletterMail.UNSUBSCRIBE.equals(s.what()))
			.flatMap((s) -> this.store.subscriber(s.accountId()));
	}

	/**
	 * The subscribers among these whose address belongs to an active account that may
	 * read the dialogue now (two statements whatever their number).
	 */
	List<NewsletterStore.Subscriber> mayReceive(long dialogueId, List<NewsletterStore.Subscriber> subscribers) {
		if (subscribers.isEmpty()) {
			return List.of();
		}
		Map<String, Long> owners = this.accounts
			.activeIdsByEmail(subscribers.stream().map(NewsletterStore.Subscriber::email).toList());
		Set<Long> readers = this.access.readers(dialogueId, owners.values());
		return subscribers.stream().filter((s) -> {
			Long owner = owners.get(s.email().strip().toLowerCase(Locale.ROOT));
			return owner != null && readers.contains(owner);
		}).toList();
	}

	/**
	 * Ends the subscriptions of addresses that may no longer get the dialogue's
	 * newsletter, each with a record of why in the subscriber's language.
	 */
	void endWithoutAccess(List<NewsletterStore.Subscriber> subscribers, Instant now) {
		// The newsletter's name read once per language, not once per subscriber.
		Map<String, String> names = new HashMap<>();
		for (NewsletterStore.Subscriber s : subscribers) {
			if (this.store.unsubscribe(s.id(), now)) {
				Locale locale = NewsletterMail.localeOf(s.language());
				String name = names.computeIfAbsent(s.dialogueId() + ":" + locale.getLanguage(),
						(k) -> name(s.dialogueId(), locale));
				this.store.consent(s.id(), "UNSUBSCRIBED", "newsletter.ended.no-access",
						msg("newsletter.ended.no-access", locale, name), locale.getLanguage(), now);
			}
		}
	}

	/** The dialogue of this id, or {@code null}. */
	Dialogue dialogue(long dialogueId) {
		return (dialogueId == 0) ? null : this.dialogues.byIds(List.of(dialogueId)).get(dialogueId);
	}

	String name(long dialogueId, Locale locale) {
		if (dialogueId == 0) {
			return appName(locale);
		}
		Dialogue dialogue = this.dialogues.byIds(List.of(dialogueId)).get(dialogueId);
		return (dialogue != null) ? dialogue.text(locale.getLanguage()).getTitle() : appName(locale);
	}

	private String appName(Locale locale) {
		return msg("app.name", locale);
	}

	private String msg(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
