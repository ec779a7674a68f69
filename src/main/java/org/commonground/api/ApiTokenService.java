package org.commonground.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.commonground.account.Account;
import org.commonground.account.AccountErased;
import org.commonground.account.AccountPrincipal;
import org.commonground.account.AccountService;
import org.commonground.shared.audit.AuditAction;
import org.commonground.shared.audit.AuditEvent;
import org.commonground.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens of the read API: an admin issues one for an account (the secret
 * is shown once and only its SHA-256 hash kept) and can revoke it; both are audited. A
 * token reads what its account may read, nothing more.
 */
@Service
@Transactional
public class ApiTokenService {

	/** What every secret starts with, so that leaked ones are easy to recognise. */
	static final String PREFIX = "cg_";

	private final ApiTokenRepository tokens;

	private final AccountService accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ApiTokenService(ApiTokenRepository tokens, AccountService accounts, ApplicationEventPublisher events, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A token just issued, with its secret (shown this once: a flash attribute, kept in
	 * the session until the next page, so serializable).
	 */
	public record IssuedToken(long id, String secret) implements java.io.Serializable {
	}

	/** A token as the admin's list shows it. */
	public record TokenRow(long id, String label, String accountName, String accountEmail, java.time.Instant issuedAt,
			java.time.Instant revokedAt, java.time.Instant lastUsedAt) {
	}

	/**
	 * Issues a token for the account with that email.
	 * @throws NotFoundException if there is no such account, or it is one that cannot log
	 * in (made for someone who takes part by SMS or was recorded at a meeting)
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public IssuedToken issue(AccountPrincipal admin, String email, String label) {
		Account account = this.accounts.findByEmail(email)
			.filter((a) -> !a.isOffline())
			.orElseThrow(NotFoundException::new);
		if (!mayUseTokens(account)) {
			// Its secret would answer 401 to every call: refused, not issued.
			throw new IllegalStateException("Account " + account.getId() + " is suspended or being deleted");
		}
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		ApiToken token = this.tokens
			.save(new ApiToken(account.getId(), label.strip(), hash(secret), admin.getId(), this.clock.instant()));
		this.events.publishEvent(new AuditEvent(admin.getId(), AuditAction.API_TOKEN_ISSUED, null, "API_TOKEN",
				token.getId(), account.getId(), null, label.strip()));
		return new IssuedToken(token.getId(), secret);
	}

	/**
	 * Whether {@link #issue} would find the account of that email (one that can log in),
	 * for a form that reports every error at once.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public boolean issuable(String email) {
		return email != null && this.accounts.findByEmail(email).filter((a) -> !a.isOffline()).isPresent();
	}

	/**
	 * Whether the account of that email is suspended or its deletion is pending: a token
	 * for it would answer 401 to every call, so none is issued.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public boolean inactive(String email) {
		return email != null && this.accounts.findByEmail(email).filter((a) -> !mayUseTokens(a)).isPresent();
	}

	private static boolean mayUseTokens(Account account) {
		return account.getStatus() == org.commonground.account.AccountStatus.ACTIVE
				&& account.getDeletionRequestedAt() == null;
	}

	/** Revokes a token; a revoked token answers 401 from then on. */
	@PreAuthorize("hasRole('ADMIN')")
	public void revoke(AccountPrincipal admin, long id) {
		ApiToken token = this.tokens.findById(id).orElseThrow(NotFoundException::new);
		if (token.isRevoked()) {
			return;
		}
		token.revoke(admin.getId(), this.clock.instant());
		this.events.publishEvent(new AuditEvent(admin.getId(), AuditAction.API_TOKEN_REVOKED, null, "API_TOKEN",
				token.getId(), token.getAccountId(), null, token.getLabel()));
	}

	/** Every token, newest first. */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public List<TokenRow> all() {
		List<ApiToken> all = this.tokens.findAllByOrderByIdDesc();
		var owners = this.accounts.byIds(all.stream().map(ApiToken::getAccountId).toList());
		return all.stream().map((t) -> {
			Account owner = owners.get(t.getAccountId());
			return new TokenRow(t.getId(), t.getLabel(), (owner != null) ? owner.getDisplayName() : "",
					(owner != null) ? owner.getEmail() : "", t.getIssuedAt(), t.getRevokedAt(), t.getLastUsedAt());
		}).toList();
	}

	/**
	 * The token that secret belongs to and its account, when the token is not revoked and
	 * the account is active; empty otherwise. Notes the use (to the hour), so that admins
	 * see which tokens are still used.
	 */
	@Transactional
	public Optional<TokenHolder> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
			return Optional.empty();
		}
		Optional<ApiToken> token = this.tokens.findBySecretHash(hash(secret)).filter((t) -> !t.isRevoked());
		Optional<TokenHolder> holder = token
			.flatMap((t) -> this.accounts.activePrincipal(t.getAccountId()).map((p) -> new TokenHolder(t.getId(), p)));
		Instant hourAgo = this.clock.instant().minus(Duration.ofHours(1));
		// A statement only when the noted use is an hour old: not one per API request.
		if (holder.isPresent()
				&& (token.get().getLastUsedAt() == null || token.get().getLastUsedAt().isBefore(hourAgo))) {
			this.tokens.markUsed(holder.get().tokenId(), this.clock.instant(), hourAgo);
		}
		return holder;
	}

	/**
	 * An erased account's tokens go with it, in the purge's transaction (a token of an
	 * account that is no longer active already answers 401).
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void accountErased(AccountErased event) {
		this.tokens.deleteByAccountId(event.accountId());
	}

	/** An authenticated token: its id (the rate limit's key) and its account. */
	public record TokenHolder(long tokenId, AccountPrincipal principal) {
	}

	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
