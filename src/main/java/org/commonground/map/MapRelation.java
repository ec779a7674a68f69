package org.commonground.map;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A typed, directed relation between two actors of one map, with strength (1–3) and
 * evidence; AGREED relations are on the map, PROPOSED ones wait for a facilitator.
 */
@Entity
@Table(name = "map_relation")
public class MapRelation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "dialogue_id", nullable = false, updatable = false)
	private long dialogueId;

	@Column(name = "from_actor_id", nullable = false)
	private long fromActorId;

	@Column(name = "to_actor_id", nullable = false)
	private long toActorId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private RelationType type;

	@Column(nullable = false)
	private int strength;

	@Enumerated(EnumType.STRING)
	@Column(name = "evidence_kind", length = 20)
	private EvidenceKind evidenceKind;

	@Column(name = "evidence_id")
	private Long evidenceId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private RelationStatus status;

	@Column(nullable = false, length = 1000)
	private String reason;

	@Column(name = "proposed_by", updatable = false)
	private Long proposedBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "decided_by")
	private Long decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	protected MapRelation() {
	}

	MapRelation(long dialogueId, RelationDetails details, RelationStatus status, String reason, Long proposedBy,
			Instant now) {
		this.dialogueId = dialogueId;
		this.status = status;
		this.reason = (reason != null) ? reason : "";
		this.proposedBy = proposedBy;
		this.createdAt = now;
		update(details);
	}

	void update(RelationDetails details) {
		this.fromActorId = details.fromActorId();
		this.toActorId = details.toActorId();
		this.type = details.type();
		this.strength = details.strength();
		this.evidenceKind = (details.evidence() != null) ? details.evidence().kind() : null;
		this.evidenceId = (details.evidence() != null) ? details.evidence().id() : null;
	}

	void decide(RelationStatus status, long facilitatorId, Instant now) {
		this.status = status;
		this.decidedBy = facilitatorId;
		this.decidedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public long getDialogueId() {
		return this.dialogueId;
	}

	public long getFromActorId() {
		return this.fromActorId;
	}

	public long getToActorId() {
		return this.toActorId;
	}

	public RelationType getType() {
		return this.type;
	}

	public int getStrength() {
		return this.strength;
	}

	public Evidence getEvidence() {
		return (this.evidenceKind != null) ? new Evidence(this.evidenceKind, this.evidenceId) : null;
	}

	public RelationStatus getStatus() {
		return this.status;
	}

	public String getReason() {
		return this.reason;
	}

	public Long getProposedBy() {
		return this.proposedBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public RelationDetails details() {
		return new RelationDetails(this.fromActorId, this.toActorId, this.type, this.strength, getEvidence());
	}

}
