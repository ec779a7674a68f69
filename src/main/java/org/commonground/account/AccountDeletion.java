package org.commonground.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.commonground.mail.MailService;
import org.commonground.shared.audit.AuditAction;
import org.commonground.shared.audit.AuditEvent;
import org.commonground.shared.security.SessionControl;
import org.commonground.shared.web.Flash;
import org.commonground.shared.web.NotFoundException;
import org.commonground.shared.web.TimeZones;
import org.commonground.shared.web.Times;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deleting one's account: a request (confirmed with the password) ends every session and
 * starts a grace period; logging in during it undoes the request; afterwards the purge
 * erases the person — name, email, organisation, country, region, sessions, remember-me
 * and email tokens, queued and sent emails — and every module forgets what it keeps about
 * them ({@link AccountErased}). Contributions stay, shown as "Former participant ·
 * group".
 */
@Service
@Transactional
public class AccountDeletion {

	private static final Logger log = LoggerFactory.getLogger(AccountDeletion.class);

	private static final int PURGE_BATCH = 50;

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final SessionControl sessionControl;

	private final MailService mail;

	private final ApplicationEventPublisher events;

	private final DeletionProperties properties;

	private final Clock clock;

	private final MessageSource messages;

	private final SecureRandom random = new SecureRandom();

	AccountDeletion(AccountRepository accounts, PasswordEncoder passwordEncoder, SessionControl sessionControl,
			MailService mail, ApplicationEventPublisher events, DeletionProperties properties, Clock clock,
			MessageSource messages) {
		this.messages = messages;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.sessionControl = sessionControl;
		this.mail = mail;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/** When a deletion asked for now would be carried out. */
	@Transactional(readOnly = true)
	public Instant dueIfRequestedNow() {
		return this.clock.instant().plus(this.properties.grace());
	}

	/**
	 * Asks for the account to be deleted, after checking the password; ends every session
	 * and remember-me token of the account, this one included.
	 * @throws WrongPasswordException if the password is not the account's
	 */
	@PreAuthorize("isAuthenticated() and #accountId == principal.id")
	public Instant request(long accountId, String password) {
		Account account = require(accountId);
		if (password == null || !this.passwordEncoder.matches(password, account.getPasswordHash())) {
			throw new WrongPasswordException();
		}
		Instant now = this.clock.instant();
		account.requestDeletion(now);
		// No link emailed before (a password reset) may bring the account back.
		this.accounts.deleteTokens(accountId);
		this.sessionControl.endSessions(account.getEmail(), null);
		this.events.publishEvent(
				AuditEvent.onAccount(accountId, AuditAction.ACCOUNT_DELETION_SELF_REQUESTED, accountId, null));
		Instant due = now.plus(this.properties.grace());
		confirmRequest(account, due);
		log.info("Account {} asked to be deleted", accountId);
		return due;
	}

	/**
	 * Asks for the deletion of an offline account (someone who takes part by SMS and
	 * cannot log in), on the person's request to an admin; the same grace period and
	 * purge follow, and the audit log records who asked. Any other account is not found.
	 * @return when it will be carried out
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public Instant requestForOffline(long adminId, long accountId) {
		Account account = requireOffline(accountId);
		Instant now = this.clock.instant();
		if (account.getDeletionRequestedAt() == null) {
			account.requestDeletion(now);
			this.events
				.publishEvent(AuditEvent.onAccount(adminId, AuditAction.ACCOUNT_DELETION_REQUESTED, accountId, null));
			log.info("Offline account {} to be deleted at its owner's request, asked by admin {}", accountId, adminId);
		}
		return account.getDeletionRequestedAt().plus(this.properties.grace());
	}

	/** Undoes an offline account's deletion request during its grace period. */
	@PreAuthorize("hasRole('ADMIN')")
	public void keepOffline(long adminId, long accountId) {
		if (requireOffline(accountId).cancelDeletion(this.clock.instant())) {
			this.events
				.publishEvent(AuditEvent.onAccount(adminId, AuditAction.ACCOUNT_DELETION_CANCELLED, accountId, null));
		}
	}

	/** When the offline account's deletion will be carried out, if it was asked for. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public Map<Long, Instant> offlineDeletionsDue(Collection<Long> accountIds) {
		Map<Long, Instant> due = new HashMap<>();
		for (Account account : this.accounts.findAllById(accountIds)) {
			if (account.isOffline() && !account.isErased() && account.getDeletionRequestedAt() != null) {
				due.put(account.getId(), account.getDeletionRequestedAt().plus(this.properties.grace()));
			}
		}
		return due;
	}

	/**
	 * When the deletion of each of these accounts will be carried out, for those that
	 * asked for it (or for which an admin asked) and are not erased yet: for the admin's
	 * list of accounts.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public Map<Long, Instant> deletionsDue(Collection<Long> accountIds) {
		Map<Long, Instant> due = new HashMap<>();
		if (accountIds.isEmpty()) {
			return due;
		}
		for (Account account : this.accounts.findAllById(accountIds)) {
			if (!account.isErased() && account.getDeletionRequestedAt() != null) {
				due.put(account.getId(), account.getDeletionRequestedAt().plus(this.properties.grace()));
			}
		}
		return due;
	}

	/** Logging in during the grace period undoes the request. */
	@EventListener
	public void loggedIn(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
			this.accounts.findById(principal.getId())
				.filter((a) -> a.cancelDeletion(this.clock.instant()))
				.ifPresent((a) -> {
					this.events.publishEvent(AuditEvent.onAccount(a.getId(),
							AuditAction.ACCOUNT_DELETION_SELF_CANCELLED, a.getId(), null));
					log.info("Account {} logged in and so kept its account", a.getId());
					Flash.infoOnNextPage("deletion.cancelled");
				});
		}
	}

	/**
	 * Erases the accounts whose grace period is over. Every instance runs it; each claims
	 * its accounts with row locks that the others skip, and erasing is done once per
	 * account.
	 */
	@Scheduled(fixedDelayString = "${app.account-deletion.purge-every:1h}",
			initialDelayString = "${app.account-deletion.purge-every:1h}")
	@SchedulerLock(name = "account-purge", lockAtMostFor = "PT30M")
	public void purgeDue() {
		purge(this.clock.instant());
	}

	/** Erases the accounts whose grace period ended before {@code now}. */
	public int purge(Instant now) {
		List<Account> due = this.accounts.findDueForErasure(now.minus(this.properties.grace()), Limit.of(PURGE_BATCH));
		for (Account account : due) {
			erase(account, now);
		}
		return due.size();
	}

	private void erase(Account account, Instant now) {
		long id = account.getId();
		String email = account.getEmail();
		this.events.publishEvent(new AccountErased(id, email));
		this.sessionControl.endSessions(email, null);
		this.accounts.deleteTokens(id);
		this.mail.forget(id, email);
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		account.erase(this.passwordEncoder.encode(Base64.getEncoder().encodeToString(secret)), now);
		this.events.publishEvent(new AuditEvent(null, AuditAction.ACCOUNT_ERASED, null, "ACCOUNT", id, id, null, null));
		log.info("Account {} erased at the end of its grace period", id);
	}

	/**
	 * Tells the person by email when their account will be deleted and how to keep it, in
	 * their language, with the date as they read dates (their country's zone).
	 */
	private void confirmRequest(Account account, Instant due) {
		Locale locale = Locale.forLanguageTag(account.getLocale());
		ZoneId zone = TimeZones.forCountry(account.getCountry());
		String subject = this.messages.getMessage("mail.deletion-requested.subject", null, locale);
		String body = this.messages.getMessage("mail.deletion-requested.body", new Object[] { account.getDisplayName(),
				new Times(zone, locale).longDate(due), this.mail.baseUrl() + "/login" }, locale);
		this.mail.send(account.getId(), account.getEmail(), subject, body);
	}

	private Account requireOffline(long accountId) {
		return this.accounts.findById(accountId)
			.filter((a) -> a.isOffline() && !a.isErased())
			.orElseThrow(NotFoundException::new);
	}

	private Account require(long accountId) {
		return this.accounts.findById(accountId).orElseThrow(NotFoundException::new);
	}

}
