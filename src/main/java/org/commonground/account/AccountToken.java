package org.commonground.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A single-use token sent by email. Only the SHA-256 hash of the token is stored. */
@Entity
@Table(name = "account_token")
class AccountToken {

	enum Purpose {

		CONFIRM_EMAIL, RESET_PASSWORD, CHANGE_EMAIL

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "account_id")
	private Account account;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Purpose purpose;

	@Column(name = "token_hash", nullable = false, length = 64)
	private String tokenHash;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "used_at")
	private Instant usedAt;

	@Column(name = "pending_password_hash", length = 200)
	private String pendingPasswordHash;

	@Column(name = "pending_email", length = 254)
	private String pendingEmail;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected AccountToken() {
	}

	AccountToken(Account account, Purpose purpose, String tokenHash, Instant now, Instant expiresAt) {
		this.account = account;
		this.purpose = purpose;
		this.tokenHash = tokenHash;
		this.createdAt = now;
		this.expiresAt = expiresAt;
	}

	/** Carries the password of the registration that asked for this confirmation link. */
	void carryPassword(String passwordHash) {
		this.pendingPasswordHash = passwordHash;
	}

	/** Carries the new address that this link, sent to it, will set. */
	void carryEmail(String email) {
		this.pendingEmail = email;
	}

	String getPendingEmail() {
		return this.pendingEmail;
	}

	String getPendingPasswordHash() {
		return this.pendingPasswordHash;
	}

	Account getAccount() {
		return this.account;
	}

	Purpose getPurpose() {
		return this.purpose;
	}

	boolean isUsable(Instant now) {
		return this.usedAt == null && now.isBefore(this.expiresAt);
	}

	void markUsed(Instant now) {
		this.usedAt = now;
	}

}
