package org.commonground.dialogue;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A link that admits people to a dialogue until it expires, is used up or is revoked. */
@Entity
@Table(name = "invitation")
public class Invitation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "dialogue_id")
	private Dialogue dialogue;

	@Column(nullable = false, unique = true, length = 64)
	private String token;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "max_uses")
	private Integer maxUses;

	@Column(nullable = false)
	private int uses;

	@Column(length = 120)
	private String note;

	@Column(name = "created_by", nullable = false)
	private Long createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	protected Invitation() {
	}

	Invitation(Dialogue dialogue, String token, Instant expiresAt, Integer maxUses, String note, long createdBy,
			Instant now) {
		this.dialogue = dialogue;
		this.token = token;
		this.expiresAt = expiresAt;
		this.maxUses = maxUses;
		this.note = note;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public Dialogue getDialogue() {
		return this.dialogue;
	}

	public String getToken() {
		return this.token;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	public Integer getMaxUses() {
		return this.maxUses;
	}

	public int getUses() {
		return this.uses;
	}

	public String getNote() {
		return this.note;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public boolean isRevoked() {
		return this.revokedAt != null;
	}

	public boolean isExpired(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

	public boolean isUsedUp() {
		return this.maxUses != null && this.uses >= this.maxUses;
	}

	public boolean isUsable(Instant now) {
		return !isRevoked() && !isExpired(now) && !isUsedUp();
	}

	void use() {
		this.uses++;
	}

	void revoke(Instant now) {
		this.revokedAt = now;
	}

}
