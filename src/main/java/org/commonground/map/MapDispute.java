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
 * A stakeholder group's objection to a relation, raised by a member with a reason (or
 * recorded by a facilitator); it marks the relation disputed once ACCEPTED.
 */
@Entity
@Table(name = "map_dispute")
public class MapDispute {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "relation_id", nullable = false, updatable = false)
	private long relationId;

	@Column(name = "dialogue_id", nullable = false, updatable = false)
	private long dialogueId;

	@Column(name = "group_id", nullable = false, updatable = false)
	private long groupId;

	@Column(name = "account_id", updatable = false)
	private Long accountId;

	@Column(nullable = false, length = 1000)
	private String reason;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private DisputeStatus status;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "decided_by")
	private Long decidedBy;

	protected MapDispute() {
	}

	MapDispute(MapRelation relation, long groupId, Long accountId, String reason, DisputeStatus status, Instant now) {
		this.relationId = relation.getId();
		this.dialogueId = relation.getDialogueId();
		this.groupId = groupId;
		this.accountId = accountId;
		this.reason = (reason != null) ? reason : "";
		this.status = status;
		this.createdAt = now;
	}

	void decide(DisputeStatus status, long facilitatorId) {
		this.status = status;
		this.decidedBy = facilitatorId;
	}

	public Long getId() {
		return this.id;
	}

	public long getRelationId() {
		return this.relationId;
	}

	public long getDialogueId() {
		return this.dialogueId;
	}

	public long getGroupId() {
		return this.groupId;
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public String getReason() {
		return this.reason;
	}

	public DisputeStatus getStatus() {
		return this.status;
	}

}
