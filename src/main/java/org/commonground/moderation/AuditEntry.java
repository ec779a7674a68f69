package org.commonground.moderation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.commonground.shared.audit.AuditAction;
import org.hibernate.annotations.Immutable;

/**
 * One recorded action. Read-only here; rows are inserted by {@link AuditLog} and the
 * database refuses to change or remove them.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

	@Id
	private Long id;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(name = "actor_id")
	private Long actorId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AuditAction action;

	@Column(name = "dialogue_id")
	private Long dialogueId;

	@Column(name = "subject_type")
	private String subjectType;

	@Column(name = "subject_id")
	private Long subjectId;

	@Column(name = "subject_account_id")
	private Long subjectAccountId;

	private String reason;

	private String note;

	protected AuditEntry() {
	}

	public Long getId() {
		return this.id;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public Long getActorId() {
		return this.actorId;
	}

	public AuditAction getAction() {
		return this.action;
	}

	public Long getDialogueId() {
		return this.dialogueId;
	}

	public String getSubjectType() {
		return this.subjectType;
	}

	public Long getSubjectId() {
		return this.subjectId;
	}

	public Long getSubjectAccountId() {
		return this.subjectAccountId;
	}

	public String getReason() {
		return this.reason;
	}

	public String getNote() {
		return this.note;
	}

}
