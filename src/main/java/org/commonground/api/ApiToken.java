package org.commonground.api;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A personal access token: only the SHA-256 hash of its secret is kept. */
@Entity
@Table(name = "api_token")
public class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Column(nullable = false)
	private String label;

	@Column(name = "secret_hash", nullable = false)
	private String secretHash;

	@Column(name = "issued_by", nullable = false)
	private long issuedBy;

	@Column(name = "issued_at", nullable = false)
	private Instant issuedAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	@Column(name = "revoked_by")
	private Long revokedBy;

	/** When a request last came with it, to the hour (written by the API's filter). */
	@Column(name = "last_used_at", insertable = false, updatable = false)
	private Instant lastUsedAt;

	protected ApiToken() {
	}

	ApiToken(long accountId, String label, String secretHash, long issuedBy, Instant issuedAt) {
		this.accountId = accountId;
		this.label = label;
		this.secretHash = secretHash;
		this.issuedBy = issuedBy;
		this.issuedAt = issuedAt;
	}

	void revoke(long adminId, Instant at) {
		if (this.revokedAt == null) {
			this.revokedAt = at;
			this.revokedBy = adminId;
		}
	}

	public Long getId() {
		return this.id;
	}

	public long getAccountId() {
		return this.accountId;
	}

	public String getLabel() {
		return this.label;
	}

	public Instant getIssuedAt() {
		return this.issuedAt;
	}

	public Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

	public Instant getRevokedAt() {
		return this.revokedAt;
	}

	public boolean isRevoked() {
		return this.revokedAt != null;
	}

}
