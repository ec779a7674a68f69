package org.commonground.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

import org.commonground.mail.MailService;
import org.commonground.shared.audit.AuditAction;
import org.commonground.shared.audit.AuditEvent;
import org.commonground.shared.security.AppSecurityProperties;
import org.commonground.shared.security.RateLimiter;
import org.commonground.shared.security.SafeLog;
import org.commonground.shared.security.SessionControl;
import org.commonground.shared.web.NotFoundException;
import org.commonground.shared.web.RateLimitExceededException;
import org.commonground.shared.web.SupportedLanguages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Everything that changes an account: registration and email confirmation, profile,
 * password change and reset, and the administrative role and status changes. Each method
 * checks who may call it.
 */
@Service
@Transactional
public class AccountService {

	private static final Logger log = LoggerFactory.getLogger(AccountService.class);

	static final Duration CONFIRMATION_VALIDITY = Duration.ofDays(3);

	static final Duration RESET_VALIDITY = Duration.ofHours(1);

	private static final int PAGE_SIZE = 25;

	/** The reserved domain of accounts that take part without the web (ADR 0011). */
	static final String OFFLINE_DOMAIN = "@offline.invalid";

	private final AccountRepository accounts;

	private final AccountTokenRepository tokens;

	private final StakeholderGroupRepository groups;

	private final PasswordEncoder passwordEncoder;

	private final MailService mail;

	private final MessageSource messages;

	private final SessionControl sessionControl;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final ApplicationEventPublisher events;

	private final PasswordPolicy passwordPolicy;

	private final TransactionTemplate transactions;

	private final Executor background;

	private final RateLimiter limiter;

	private final AppSecurityProperties.RateLimits limits;

	AccountService(AccountRepository accounts, AccountTokenRepository tokens, StakeholderGroupRepository groups,
			PasswordEncoder passwordEncoder, MailService mail, MessageSource messages, SessionControl sessionControl,
			Clock clock, ApplicationEventPublisher events, PasswordPolicy passwordPolicy,
			PlatformTransactionManager transactionManager, @Qualifier("applicationTaskExecutor") Executor background,
			RateLimiter limiter, AppSecurityProperties securityProperties) {
		this.limiter = limiter;
		this.limits = securityProperties.rateLimits();
		this.events = events;
		this.passwordPolicy = passwordPolicy;
		this.transactions = new TransactionTemplate(transactionManager);
		this.background = background;
		this.accounts = accounts;
		this.tokens = tokens;
		this.groups = groups;
		this.passwordEncoder = passwordEncoder;
		this.mail = mail;
		this.messages = messages;
		this.sessionControl = sessionControl;
		this.clock = clock;
	}

	/**
	 * Registers a person, or tells the owner of an existing account by email. Either way
	 * the caller learns nothing about whether the address was known: the answer, the work
	 * done and the email sent look alike.
	 * <p>
	 * A second registration of an address that is not confirmed yet replaces the pending
	 * one: its name, group, language and password win, and the links of earlier emails
	 * stop working. Whoever registered first (perhaps someone else) thus cannot give the
	 * address's owner a password they did not choose; and the confirmation asks for the
	 * password of the latest registration anyway ({@link #confirmEmail}). A confirmed
	 * account changes in nothing.
	 * <p>
	 * Only accepted registrations count towards the limit per client address (a form
	 * refused for its password costs nothing). Beyond the limit per email address,
	 * nothing is sent or changed, and the answer is the same.
	 * @param clientAddress the address the form came from
	 * @throws UnacceptablePasswordException if the password is the person's email or name
	 * @throws RateLimitExceededException if too many registrations came from the client
	 * address
	 */
	public void register(Registration registration, String clientAddress) {
		String email = normaliseEmail(registration.email());
		requireAcceptable(registration.password(), email, registration.displayName());
		Duration wait = this.limiter.tryConsume("register-address", this.limits.registrationPerAddress(),
				String.valueOf(clientAddress));
		if (!wait.isZero()) {
			throw new RateLimitExceededException(wait);
		}
		String passwordHash = this.passwordEncoder.encode(registration.password());
		if (!this.limiter.tryConsume("register-email", this.limits.registrationPerEmail(), email).isZero()) {
			log.info("Registration refused: too many for one address");
			return;
		}
		Optional<Account> existing = this.accounts.findByEmail(email);
		if (existing.isPresent()) {
			Account account = existing.get();
			if (!account.isEmailConfirmed() && account.getStatus() == AccountStatus.ACTIVE) {
				Instant now = this.clock.instant();
				StakeholderGroup group = this.groups.findByCodeAndActiveTrue(registration.stakeholderGroup())
					.orElseThrow(() -> new IllegalArgumentException("Unknown stakeholder group"));
				account.updateProfile(registration.displayName().strip(), group,
						blankToNull(registration.organisation()), blankToNull(registration.country()), null,
						language(registration.locale()), now);
				account.changePasswordHash(passwordHash, now);
				this.tokens.invalidateAll(account, AccountToken.Purpose.RESET_PASSWORD, now);
				sendConfirmation(account, "mail.registration-pending");
				log.info("Registration of pending account {} replaced", account.getId());
			}
			else {
				sendMail(account, "mail.already-registered", this.mail.baseUrl() + "/login",
						this.mail.baseUrl() + "/password/forgot");
			}
			return;
		}
		StakeholderGroup group = this.groups.findByCodeAndActiveTrue(registration.stakeholderGroup())
			.orElseThrow(() -> new IllegalArgumentException("Unknown stakeholder group"));
		Account account = new Account(email, registration.displayName().strip(), passwordHash, group,
				language(registration.locale()), this.clock.instant());
		account.updateProfile(account.getDisplayName(), group, blankToNull(registration.organisation()),
				blankToNull(registration.country()), null, account.getLocale(), this.clock.instant());
		this.accounts.save(account);
		sendConfirmation(account, "mail.confirm");
		log.info("Registered account {}", account.getId());
	}

	/**
	 * Sends a new confirmation link to the owner of an address that is registered but not
	 * confirmed; earlier links stop working. Nothing happens for any other address, and
	 * the caller is told the same in every case: the work is handed to a background
	 * thread, as for a password reset, so that the reply takes as long either way.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void resendConfirmation(String emailAddress) {
		String email = normaliseEmail(emailAddress);
		this.background.execute(() -> {
			try {
				this.transactions.executeWithoutResult((status) -> this.accounts.findByEmail(email)
					.filter((account) -> account.getStatus() == AccountStatus.ACTIVE)
					.filter((account) -> !account.isEmailConfirmed())
					.filter((account) -> this.limiter
						.tryConsume("register-email", this.limits.registrationPerEmail(), email)
						.isZero())
					.ifPresent((account) -> sendConfirmation(account, "mail.confirm")));
			}
			catch (RuntimeException ex) {
				log.warn("Could not handle a request for a new confirmation link", ex);
			}
		});
	}

	/**
	 * Confirms the email address behind a token sent at registration, if the password is
	 * the one chosen at (the latest) registration: a link alone signs nobody in, and sets
	 * no password. A wrong password leaves the link usable.
	 * @return the confirmed account, to be signed in
	 * @throws InvalidTokenException if the token is unknown, expired or used
	 * @throws WrongPasswordException if the password is not the account's
	 */
	public AccountPrincipal confirmEmail(String token, String password) {
		Instant now = this.clock.instant();
		AccountToken usable = StringUtils.hasText(token) ? this.tokens.findByTokenHash(hash(token))
			.filter((found) -> found.getPurpose() == AccountToken.Purpose.CONFIRM_EMAIL)
			.filter((found) -> found.isUsable(now))
			.orElseThrow(InvalidTokenException::new) : null;
		if (usable == null || usable.getAccount().getStatus() != AccountStatus.ACTIVE) {
			throw new InvalidTokenException();
		}
		if (!StringUtils.hasText(password)
				|| !this.passwordEncoder.matches(password, usable.getAccount().getPasswordHash())) {
			throw new WrongPasswordException();
		}
		AccountToken found = useToken(token, AccountToken.Purpose.CONFIRM_EMAIL);
		Account account = found.getAccount();
		account.confirmEmail(now);
		account.recordLogin(now);
		return new AccountPrincipal(account);
	}

	/**
	 * Records a sign-in (a login form or a remember-me cookie), so that the next one is
	 * greeted as returning; the principal of this one learns whether it is.
	 */
	@EventListener
	public void onLogin(InteractiveAuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
			// One statement, no version check: parallel logins of one account (several
			// tabs, devices) must all succeed.
			principal.returning(this.accounts.recordLogin(principal.getId(), this.clock.instant()));
		}
	}

	/**
	 * The preferred language of the account a token from an email is for, while the token
	 * can still be used (without using it); empty otherwise.
	 */
	@Transactional(readOnly = true)
	public Optional<String> usableTokenLanguage(String token) {
		if (!StringUtils.hasText(token)) {
			return Optional.empty();
		}
		return this.tokens.findByTokenHash(hash(token))
			.filter((found) -> found.isUsable(this.clock.instant()))
			.map((found) -> found.getAccount().getLocale());
	}

	/**
	 * Whether a password-reset token from an email can still be used, without using it (a
	 * link of another kind opens no reset form).
	 */
	@Transactional(readOnly = true)
	public boolean isUsableToken(String token) {
		return StringUtils.hasText(token) && this.tokens.findByTokenHash(hash(token))
			.filter((found) -> found.getPurpose() == AccountToken.Purpose.RESET_PASSWORD)
			.filter((found) -> found.isUsable(this.clock.instant()))
			.isPresent();
	}

	/**
	 * Emails a password-reset link valid one hour to the owner of the address, if there
	 * is one; the caller is told the same in every case. The work is handed to a
	 * background thread for every address, known or not, so that the reply takes as long
	 * whether or not the address has an account.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void requestPasswordReset(String emailAddress) {
		String email = normaliseEmail(emailAddress);
		this.background.execute(() -> {
			try {
				this.transactions.executeWithoutResult((status) -> sendResetLink(email));
			}
			catch (RuntimeException ex) {
				log.warn("Could not handle a password-reset request", ex);
			}
		});
	}

	private void sendResetLink(String email) {
		Optional<Account> found = this.accounts.findByEmail(email)
			.filter((account) -> account.getStatus() == AccountStatus.ACTIVE);
		if (found.isEmpty()) {
			log.info("Password reset asked for an unknown or inactive address");
			return;
		}
		sendMail(found.get(), "mail.reset", newResetLink(found.get()));
	}

	/** A new reset link for the account; earlier reset links stop working. */
	private String newResetLink(Account account) {
		this.tokens.invalidateAll(account, AccountToken.Purpose.RESET_PASSWORD, this.clock.instant());
		String token = newToken(account, AccountToken.Purpose.RESET_PASSWORD, RESET_VALIDITY, null);
		return this.mail.baseUrl() + "/password/reset?token=" + token;
	}

	/**
	 * Sets a new password with a reset token, confirms the address (the link proved it)
	 * and ends every session and remember-me login of the account.
	 * @throws UnacceptablePasswordException if the password is the person's email or name
	 */
	public void resetPassword(String token, String newPassword) {
		AccountToken found = useToken(token, AccountToken.Purpose.RESET_PASSWORD);
		Account account = found.getAccount();
		requireAcceptable(newPassword, account.getEmail(), account.getDisplayName());
		Instant now = this.clock.instant();
		account.changePasswordHash(this.passwordEncoder.encode(newPassword), now);
		account.confirmEmail(now);
		this.sessionControl.endSessions(account.getEmail(), null);
		sendMail(account, "mail.password-changed");
	}

	/**
	 * Changes the password after checking the current one; ends the account's other
	 * sessions and makes its outstanding reset links useless.
	 * @throws UnacceptablePasswordException if the password is the person's email or
	 * name, or the current one
	 */
	@PreAuthorize("isAuthenticated() and #accountId == principal.id")
	public void changePassword(long accountId, String currentPassword, String newPassword, String currentSessionId) {
		Account account = require(accountId);
		if (!this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw new WrongPasswordException();
		}
		if (this.passwordEncoder.matches(newPassword, account.getPasswordHash())) {
			throw new UnacceptablePasswordException(PasswordPolicy.Violation.UNCHANGED);
		}
		requireAcceptable(newPassword, account.getEmail(), account.getDisplayName());
		account.changePasswordHash(this.passwordEncoder.encode(newPassword), this.clock.instant());
		// A reset link asked for earlier (or sent with a second registration) would undo
		// the change: it stops working.
		this.tokens.deleteAll(account, AccountToken.Purpose.RESET_PASSWORD);
		this.sessionControl.endSessions(account.getEmail(), currentSessionId);
		sendMail(account, "mail.password-changed");
	}

	/**
	 * Asks to change the account's email address, after checking the password: a link
	 * valid three days is sent to the new address, and the current address is told. An
	 * address that belongs to another account is answered alike (its owner is told
	 * instead, as at registration), so that the form reveals no accounts.
	 * @throws WrongPasswordException if the password is not the account's
	 * @throws AccountRuleException if the new address is the current one
	 */
	@PreAuthorize("isAuthenticated() and #accountId == principal.id")
	public void requestEmailChange(long accountId, String password, String newEmail) {
		Account account = require(accountId);
		if (password == null || !this.passwordEncoder.matches(password, account.getPasswordHash())) {
			throw new WrongPasswordException();
		}
		String email = normaliseEmail(newEmail);
		if (email.equals(account.getEmail())) {
			throw new AccountRuleException("email.change.same");
		}
		Optional<Account> owner = this.accounts.findByEmail(email);
		if (owner.isPresent()) {
			if (!owner.get().isOffline() && owner.get().getStatus() != AccountStatus.DELETED) {
				sendMail(owner.get(), "mail.email-change.taken");
			}
			log.info("Account {} asked for an address that another account has", accountId);
			return;
		}
		Instant now = this.clock.instant();
		this.tokens.invalidateAll(account, AccountToken.Purpose.CHANGE_EMAIL, now);
		String token = newToken(account, AccountToken.Purpose.CHANGE_EMAIL, CONFIRMATION_VALIDITY, null, email);
		sendMailTo(email, account, "mail.email-change.confirm",
				this.mail.baseUrl() + "/account/email/confirm?token=" + token);
		sendMail(account, "mail.email-change.notice", masked(email), this.mail.baseUrl() + "/password/forgot");
		log.info("Account {} asked to change its email address", accountId);
	}

	/**
	 * The new address a change link of this account would set, while it can be used
	 * (without using it); empty for any other link.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("isAuthenticated() and #accountId == principal.id")
	public Optional<String> pendingEmailChange(long accountId, String token) {
		if (!StringUtils.hasText(token)) {
			return Optional.empty();
		}
		return this.tokens.findByTokenHash(hash(token))
			.filter((found) -> found.getPurpose() == AccountToken.Purpose.CHANGE_EMAIL)
			.filter((found) -> found.getAccount().getId() == accountId)
			.filter((found) -> found.isUsable(this.clock.instant()))
			.map(AccountToken::getPendingEmail);
	}

	/**
	 * Changes the account's address to the one the link was sent to, once. The account's
	 * other sessions and remember-me logins end (they are known by the old address), as
	 * at a password change; the audit log records the change, without the addresses.
	 * @return the account, to refresh the current session with
	 * @throws InvalidTokenException if the link is not this account's, is used or
	 * expired, or its address has been taken since
	 */
	@PreAuthorize("isAuthenticated() and #accountId == principal.id")
	public AccountPrincipal confirmEmailChange(long accountId, String token, String currentSessionId) {
		AccountToken found = useToken(token, AccountToken.Purpose.CHANGE_EMAIL);
		Account account = found.getAccount();
		if (account.getId() != accountId || account.getStatus() != AccountStatus.ACTIVE
				|| this.accounts.existsByEmail(found.getPendingEmail())) {
			throw new InvalidTokenException();
		}
		String oldEmail = account.getEmail();
		account.changeEmail(found.getPendingEmail(), this.clock.instant());
		// Links sent to the old address (a password reset, a confirmation) stop working:
		// it is no longer the account's, and may be lost or shared.
		this.tokens.deleteAll(account, AccountToken.Purpose.RESET_PASSWORD);
		this.tokens.deleteAll(account, AccountToken.Purpose.CONFIRM_EMAIL);
		this.sessionControl.endSessions(oldEmail, currentSessionId, account.getEmail());
		this.events.publishEvent(AuditEvent.onAccount(accountId, AuditAction.ACCOUNT_EMAIL_CHANGED, accountId, null));
		log.info("Account {} changed its email address", accountId);
		return new AccountPrincipal(account);
	}

	/** n***@example.org: enough for the owner to recognise, not to read. */
	static String masked(String email) {
		int at = email.indexOf('@');
		return (at <= 0) ? "***" : email.charAt(0) + "***" + email.substring(at);
	}

	/**
	 * Whether the member may say they speak for this group: an active one, or their own
	 * group even if it was retired since (others cannot choose it).
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("isAuthenticated() and #accountId == principal.id")
	public boolean mayClaimGroup(long accountId, String code) {
		return claimableGroup(require(accountId), code).isPresent();
	}

	private Optional<StakeholderGroup> claimableGroup(Account account, String code) {
		if (code == null) {
			return Optional.empty();
		}
		if (account.getStakeholderGroup().getCode().equals(code)) {
			return Optional.of(account.getStakeholderGroup());
		}
		return this.groups.findByCodeAndActiveTrue(code);
	}

	@PreAuthorize("isAuthenticated() and #accountId == principal.id")
	public AccountPrincipal updateProfile(long accountId, ProfileUpdate update) {
		Account account = require(accountId);
		StakeholderGroup group = claimableGroup(account, update.stakeholderGroup())
			.orElseThrow(() -> new IllegalArgumentException("Unknown stakeholder group"));
		account.updateProfile(update.displayName().strip(), group, blankToNull(update.organisation()),
				blankToNull(update.country()), blankToNull(update.region()), language(update.locale()),
				this.clock.instant());
		return new AccountPrincipal(account);
	}

	/**
	 * Sets the region of one's profile (asked when joining a dialogue pseudonymously, as
	 * the pseudonym shows it); a blank region changes nothing.
	 */
	@PreAuthorize("isAuthenticated() and #accountId == principal.id")
	public AccountPrincipal changeRegion(long accountId, String region) {
		Account account = require(accountId);
		if (region != null && !region.isBlank()) {
			account.changeRegion(region.strip(), this.clock.instant());
		}
		return new AccountPrincipal(account);
	}

	@PreAuthorize("isAuthenticated() and #accountId == principal.id")
	public AccountPrincipal changeLanguage(long accountId, String language) {
		Account account = require(accountId);
		account.changeLocale(language(language), this.clock.instant());
		return new AccountPrincipal(account);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("isAuthenticated() and (#accountId == principal.id or hasRole('ADMIN'))")
	public Account get(long accountId) {
		return require(accountId);
	}

	/**
	 * How to write to an account by email, for modules that tell people what happened to
	 * their contributions; empty for an account that is gone, for one waiting for its
	 * deletion (its owner is sent nothing more unless they log in and so keep it), and
	 * for one made for someone who takes part without the web ({@link #createOffline}),
	 * whose address is reserved and reaches nobody.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<Recipient> recipient(long accountId) {
		return this.accounts.findById(accountId)
			.filter((a) -> a.getStatus() != AccountStatus.DELETED)
			.filter((a) -> a.getDeletionRequestedAt() == null)
			.filter((a) -> !a.isOffline())
			.map((a) -> new Recipient(a.getId(), a.getEmail(), a.getDisplayName(),
					Locale.forLanguageTag(a.getLocale())));
	}

	/**
	 * Accounts by id, for pages that name the people in a list the caller may already see
	 * (the audit log, the moderation queue).
	 */
	@Transactional(readOnly = true)
	public Map<Long, Account> byIds(Collection<Long> ids) {
		Map<Long, Account> found = new HashMap<>();
		if (!ids.isEmpty()) {
			this.accounts.findWithGroups(ids).forEach((a) -> found.put(a.getId(), a));
		}
		return found;
	}

	/**
	 * The active web accounts that own these email addresses (compared in lower case), by
	 * address: for a module that must know whether an address it keeps belongs to someone
	 * with rights (a members-only dialogue's newsletter). One statement.
	 */
	@Transactional(readOnly = true)
	public Map<String, Long> activeIdsByEmail(Collection<String> emails) {
		Map<String, Long> found = new HashMap<>();
		if (!emails.isEmpty()) {
			for (Object[] row : this.accounts
				.findActiveByEmails(emails.stream().map(AccountService::normaliseEmail).toArray(String[]::new))) {
				found.put((String) row[1], (Long) row[0]);
			}
		}
		return found;
	}

	/**
	 * Which of these email addresses (compared in lower case) belong to an account
	 * waiting for its deletion, for a module that writes to addresses (a newsletter): it
	 * sends them nothing during the grace period. One statement.
	 */
	@Transactional(readOnly = true)
	public java.util.Set<String> awaitingDeletion(Collection<String> emails) {
		if (emails.isEmpty()) {
			return java.util.Set.of();
		}
		return new java.util.HashSet<>(this.accounts
			.findAwaitingDeletion(emails.stream().map(AccountService::normaliseEmail).toArray(String[]::new)));
	}

	/** The active admins among these accounts (who may read every dialogue). */
	@Transactional(readOnly = true)
	public java.util.Set<Long> adminIds(Collection<Long> ids) {
		return ids.isEmpty() ? java.util.Set.of()
				: new java.util.HashSet<>(this.accounts.findAdminIds(ids.toArray(Long[]::new)));
	}

	/**
	 * Accounts whose owner asked for their deletion, not yet carried out (their status is
	 * still Active), for the admin console.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public long countDeletionRequested() {
		return this.accounts.countDeletionRequested();
	}

	/** Accounts by status, for the admin console. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public Map<AccountStatus, Long> countByStatus() {
		Map<AccountStatus, Long> counts = new java.util.EnumMap<>(AccountStatus.class);
		for (Object[] row : this.accounts.countByStatus()) {
			counts.put((AccountStatus) row[0], (Long) row[1]);
		}
		return counts;
	}

	/** The account with this email, for admins appointing or looking someone up. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public Optional<Account> findByEmail(String email) {
		return this.accounts.findByEmail(normaliseEmail(email));
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public Page<Account> search(String query, AccountRole role, AccountStatus status, AccountKind kind, int page) {
		return search(query, role, status, false, kind, page);
	}

	/**
	 * Accounts matching the filters, a page of them.
	 * @param deletionRequested only accounts whose owner asked for their deletion (not
	 * yet carried out)
	 */
	public Page<Account> search(String query, AccountRole role, AccountStatus status, boolean deletionRequested,
			AccountKind kind, int page) {
		String q = (query != null) ? query.strip().toLowerCase(Locale.ROOT) : "";
		return this.accounts.search(q, role, status, deletionRequested, (kind != null) ? kind.name() : null,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("displayName", "id")));
	}

	/**
	 * Changes an account's platform role; its sessions end so that the new role applies
	 * at once.
	 * @return false if the account already had that role (nothing changed)
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public boolean changeRole(long adminId, long accountId, AccountRole role) {
		if (adminId == accountId) {
			throw new AccountRuleException("admin.accounts.error.self");
		}
		Account account = requireNotDeleted(accountId);
		if (account.isOffline() && role != AccountRole.PARTICIPANT) {
			throw new AccountRuleException("admin.accounts.error.offline");
		}
		if (account.getRole() != role) {
			AccountRole before = account.getRole();
			account.changeRole(role, this.clock.instant());
			this.sessionControl.endSessions(account.getEmail(), null);
			// The new role as the reason, the old one as the note: the log says old →
			// new.
			this.events.publishEvent(new AuditEvent(adminId, AuditAction.ACCOUNT_ROLE_CHANGED, null, "ACCOUNT",
					accountId, accountId, role.name(), before.name()));
			log.info("Admin {} changed the role of account {} to {}", adminId, accountId, role);
			return true;
		}
		return false;
	}

	/**
	 * Suspends an account: it can no longer log in and every session of it ends at once.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public void suspend(long adminId, long accountId) {
		if (adminId == accountId) {
			throw new AccountRuleException("admin.accounts.error.self");
		}
		Account account = requireNotDeleted(accountId);
		account.changeStatus(AccountStatus.SUSPENDED, this.clock.instant());
		this.sessionControl.endSessions(account.getEmail(), null);
		this.events.publishEvent(AuditEvent.onAccount(adminId, AuditAction.ACCOUNT_SUSPENDED, accountId, null));
		log.info("Admin {} suspended account {}", adminId, accountId);
	}

	@PreAuthorize("hasRole('ADMIN')")
	public void reactivate(long adminId, long accountId) {
		Account account = requireNotDeleted(accountId);
		account.changeStatus(AccountStatus.ACTIVE, this.clock.instant());
		this.events.publishEvent(AuditEvent.onAccount(adminId, AuditAction.ACCOUNT_REACTIVATED, accountId, null));
		log.info("Admin {} reactivated account {}", adminId, accountId);
	}

	/**
	 * The account an admin changes: a deleted one (erased, or waiting for it) keeps the
	 * role and status the deletion gave it.
	 */
	private Account requireNotDeleted(long accountId) {
		Account account = require(accountId);
		if (account.getStatus() == AccountStatus.DELETED) {
			throw new AccountRuleException("admin.accounts.error.deleted");
		}
		return account;
	}

	/**
	 * Creates a confirmed account with a role unless one with that email exists. Used at
	 * start-up for the first admin and the demo data.
	 * @return whether an account was created
	 */
	public boolean provision(ProvisionedAccount spec) {
		String email = normaliseEmail(spec.email());
		if (this.accounts.existsByEmail(email)) {
			return false;
		}
		StakeholderGroup group = this.groups.findByCodeAndActiveTrue(spec.stakeholderGroup())
			.orElseThrow(() -> new IllegalArgumentException("Unknown stakeholder group " + spec.stakeholderGroup()));
		Instant now = this.clock.instant();
		Account account = new Account(email, spec.displayName(), this.passwordEncoder.encode(spec.password()), group,
				language(spec.locale()), now);
		account.updateProfile(spec.displayName(), group, spec.organisation(), spec.country(), spec.region(),
				account.getLocale(), now);
		account.changeRole(spec.role(), now);
		account.confirmEmail(now);
		this.accounts.save(account);
		return true;
	}

	/**
	 * Creates an account for someone who takes part without the web (by SMS, ADR 0011),
	 * so that their accepted contributions and stances count for their stakeholder group
	 * like anyone's. It can never log in: its address is in the reserved {@code .invalid}
	 * domain and never confirmed, and its password is random and forgotten.
	 */
	public AccountPrincipal createOffline(String displayName, String stakeholderGroup, String region, String locale) {
		StakeholderGroup group = this.groups.findByCodeAndActiveTrue(stakeholderGroup)
			.orElseThrow(() -> new IllegalArgumentException("Unknown stakeholder group " + stakeholderGroup));
		byte[] secret = new byte[24];
		this.random.nextBytes(secret);
		String email = "offline-" + HexFormat.of().formatHex(secret, 0, 12) + OFFLINE_DOMAIN;
		Instant now = this.clock.instant();
		Account account = new Account(email, displayName,
				this.passwordEncoder.encode(Base64.getEncoder().encodeToString(secret)), group, language(locale), now);
		account.updateProfile(displayName, group, null, null, blankToNull(region), account.getLocale(), now);
		return new AccountPrincipal(this.accounts.save(account));
	}

	/**
	 * The principal of an account made by {@link #createOffline}, to act on its behalf
	 * when its text or reply arrives by SMS. Any other account is not found.
	 */
	@Transactional(readOnly = true)
	public AccountPrincipal offlinePrincipal(long accountId) {
		return this.accounts.findById(accountId)
			.filter((a) -> a.isOffline() && a.getStatus() == AccountStatus.ACTIVE)
			.map(AccountPrincipal::new)
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * Makes sure an admin exists: creates one from the given details when there is none,
	 * or promotes the account with that email.
	 */
	public void ensureAdmin(ProvisionedAccount admin) {
		if (this.accounts.existsByRole(AccountRole.ADMIN)) {
			return;
		}
		Optional<Account> existing = this.accounts.findByEmail(normaliseEmail(admin.email()));
		if (existing.isPresent()) {
			existing.get().changeRole(AccountRole.ADMIN, this.clock.instant());
			existing.get().confirmEmail(this.clock.instant());
			log.info("Promoted {} to be the first admin", SafeLog.encode(admin.email()));
			return;
		}
		provision(admin);
		log.info("Created the first admin {}", SafeLog.encode(admin.email()));
	}

	private void requireAcceptable(String password, String email, String displayName) {
		this.passwordPolicy.check(password, email, displayName).ifPresent((violation) -> {
			throw new UnacceptablePasswordException(violation);
		});
	}

	private Account require(long accountId) {
		return this.accounts.findById(accountId).orElseThrow(NotFoundException::new);
	}

	/** A new confirmation link, by the given email; earlier ones stop working. */
	private void sendConfirmation(Account account, String mailKey) {
		this.tokens.invalidateAll(account, AccountToken.Purpose.CONFIRM_EMAIL, this.clock.instant());
		String token = newToken(account, AccountToken.Purpose.CONFIRM_EMAIL, CONFIRMATION_VALIDITY, null);
		// The second link (used by the email of a repeated registration): the way to
		// choose
		// one's own password, for an owner who does not know the one registered.
		sendMail(account, mailKey, this.mail.baseUrl() + "/register/confirm?token=" + token,
				this.mail.baseUrl() + "/password/forgot");
	}

	private void sendMail(Account account, String key, Object... links) {
		sendMailTo(account.getEmail(), account, key, links);
	}

	/**
	 * An email about the account, in its language, to an address that may not be its own
	 * yet.
	 */
	private void sendMailTo(String recipient, Account account, String key, Object... links) {
		Locale locale = Locale.forLanguageTag(account.getLocale());
		Object[] args = new Object[links.length + 1];
		args[0] = account.getDisplayName();
		System.arraycopy(links, 0, args, 1, links.length);
		String subject = this.messages.getMessage(key + ".subject", null, locale);
		String body = this.messages.getMessage(key + ".body", args, locale);
		this.mail.send(account.getId(), recipient, subject, body);
	}

	private AccountToken useToken(String token, AccountToken.Purpose purpose) {
		if (!StringUtils.hasText(token)) {
			throw new InvalidTokenException();
		}
		Instant now = this.clock.instant();
		AccountToken found = this.tokens.findForUpdate(hash(token))
			.filter((candidate) -> candidate.getPurpose() == purpose && candidate.isUsable(now))
			.orElseThrow(InvalidTokenException::new);
		found.markUsed(now);
		return found;
	}

	private String newToken(Account account, AccountToken.Purpose purpose, Duration validity,
			String pendingPasswordHash) {
		return newToken(account, purpose, validity, pendingPasswordHash, null);
	}

	private String newToken(Account account, AccountToken.Purpose purpose, Duration validity,
			String pendingPasswordHash, String pendingEmail) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		AccountToken saved = new AccountToken(account, purpose, hash(token), now, now.plus(validity));
		saved.carryPassword(pendingPasswordHash);
		saved.carryEmail(pendingEmail);
		this.tokens.save(saved);
		return token;
	}

	static String hash(String token) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String normaliseEmail(String email) {
		return (email != null) ? email.strip().toLowerCase(Locale.ROOT) : "";
	}

	private static String language(String code) {
		return SupportedLanguages.isSupported(code) ? code : SupportedLanguages.DEFAULT.getLanguage();
	}

	private static String blankToNull(String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}

	/**
	 * The principal of an active account, for a module that acts for it without a login
	 * (a personal access token of the read API); empty for an account that is suspended,
	 * erased or gone, and for one waiting for its deletion (its sessions ended with the
	 * request; signing in again cancels the request and so brings it back).
	 */
	@Transactional(readOnly = true)
	public Optional<AccountPrincipal> activePrincipal(long accountId) {
		return this.accounts.findById(accountId)
			.filter((a) -> a.getStatus() == AccountStatus.ACTIVE)
			.filter((a) -> a.getDeletionRequestedAt() == null)
			.map(AccountPrincipal::new);
	}

}
