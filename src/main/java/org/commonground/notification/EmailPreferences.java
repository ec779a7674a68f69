package org.commonground.notification;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.commonground.account.AccountPrincipal;
import org.commonground.account.AccountService;
import org.commonground.dialogue.DialogueService;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How often a person gets email per category, the day of their weekly digest, and the
 * one-click unsubscribe that every notification email links to.
 */
@Service
@Transactional(readOnly = true)
public class EmailPreferences {

	/** A token's scope that stops a whole digest (every category sent in it). */
	static final String DAILY_DIGEST = "DIGEST_DAILY";

	static final String WEEKLY_DIGEST = "DIGEST_WEEKLY";

	private final NotificationStore store;

	private final UnsubscribeTokens tokens;

	private final DialogueService dialogues;

	private final AccountService accounts;

	EmailPreferences(NotificationStore store, UnsubscribeTokens tokens, DialogueService dialogues,
			AccountService accounts) {
		this.accounts = accounts;
		this.store = store;
		this.tokens = tokens;
		this.dialogues = dialogues;
	}

	/**
	 * The categories the viewer chooses a frequency for: the facilitators' news (join
	 * requests, reports) only for those who facilitate a dialogue, and admins.
	 */
	@PreAuthorize("isAuthenticated()")
	public List<NotificationCategory> categories(AccountPrincipal viewer) {
		boolean facilitates = viewer.isAdmin() || this.dialogues.facilitatesAny(viewer);
		return Arrays.stream(NotificationCategory.values())
			.filter((c) -> facilitates || c != NotificationCategory.FACILITATION)
			.toList();
	}

	/** The viewer's settings. */
	public record Settings(Map<NotificationCategory, EmailFrequency> frequencies, DayOfWeek weeklyDay) {
	}

	@PreAuthorize("isAuthenticated()")
	public Settings settings(AccountPrincipal viewer) {
		return new Settings(this.store.preferences(viewer.getId()), DayOfWeek.of(this.store.weeklyDay(viewer.getId())));
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void update(AccountPrincipal viewer, Map<NotificationCategory, EmailFrequency> frequencies,
			DayOfWeek weeklyDay) {
		frequencies.forEach((category, frequency) -> {
			if (category != null && frequency != null) {
				this.store.setPreference(viewer.getId(), category, frequency);
			}
		});
		if (weeklyDay != null) {
			this.store.setWeeklyDay(viewer.getId(), weeklyDay.getValue());
		}
	}

	/** What an unsubscribe token stops, if it is genuine: for the confirm page. */
	public Optional<Unsubscription> describe(String token) {
		return this.tokens.verify(token).flatMap(EmailPreferences::unsubscription);
	}

	/**
	 * The language of the account a genuine token names (the language its emails are
	 * written in), for the pages its link opens: a person who follows it from a mail
	 * application, signed out, reads them in their own language, as the newsletter's.
	 */
	public Optional<String> language(String token) {
		return describe(token).flatMap((u) -> this.accounts.recipient(u.accountId()))
			.map((r) -> r.locale().getLanguage());
	}

	/**
	 * Stops the email the token names (a category, or every category of a digest), for
	 * the account in the token; no login needed, the signature is the proof.
	 * @return what was stopped, or empty for a forged or damaged token
	 */
	@Transactional
	public Optional<Unsubscription> unsubscribe(String token) {
		Optional<Unsubscription> what = describe(token);
		what.ifPresent((u) -> {
			if (u.category() != null) {
				this.store.setPreference(u.accountId(), u.category(), EmailFrequency.NONE);
			}
			else {
				this.store.preferences(u.accountId()).forEach((category, frequency) -> {
					if (frequency == u.digest()) {
						this.store.setPreference(u.accountId(), category, EmailFrequency.NONE);
					}
				});
			}
		});
		return what;
	}

	/** Whether the token is a genuine unsubscribe token (for the CSRF exemption). */
	boolean isGenuine(String token) {
		return describe(token).isPresent();
	}

	String tokenFor(long accountId, NotificationCategory category) {
		return this.tokens.sign(accountId, category.name());
	}

	String tokenForDigest(long accountId, EmailFrequency digest) {
		return this.tokens.sign(accountId, (digest == EmailFrequency.WEEKLY) ? WEEKLY_DIGEST : DAILY_DIGEST);
	}

	/**
	 * What an unsubscribe stops: one category, or (category {@code null}) every category
	 * sent in the digest of that frequency.
	 */
	public record Unsubscription(long accountId, NotificationCategory category, EmailFrequency digest) {

		public String messageKey() {
			return (this.category != null) ? "notification.category." + this.category
					: "notification.digest." + this.digest;
		}

	}

	private static Optional<Unsubscription> unsubscription(UnsubscribeTokens.Scope scope) {
		switch (scope.what()) {
			case DAILY_DIGEST:
				return Optional.of(new Unsubscription(scope.accountId(), null, EmailFrequency.DAILY));
			case WEEKLY_DIGEST:
				return Optional.of(new Unsubscription(scope.accountId(), null, EmailFrequency.WEEKLY));
			default:
				try {
					return Optional
						.of(new Unsubscription(scope.accountId(), NotificationCategory.valueOf(scope.what()), null));
				}
				catch (IllegalArgumentException ex) {
					return Optional.empty();
				}
		}
	}

}
