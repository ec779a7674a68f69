package org.commonground.moderation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A member's report of a contribution. Inserted once per member and case by
 * {@link ReportRepository#insertOnce}; its status changes by UPDATE statements when a
 * moderator acts on the case.
 */
@Entity
@Immutable
@Table(name = "report")
public class Report {

	/** Report statuses, as in the glossary. */
	public enum Status {

		OPEN, ACTIONED, DISMISSED

	}

	@Id
	private Long id;

	@Column(name = "case_id", nullable = false)
	private long caseId;

	@Column(name = "reporter_id", nullable = false)
	private long reporterId;

	@Column(nullable = false)
	private String reason;

	private String note;

	@Column(nullable = false)
	private String status;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Report() {
	}

	public Long getId() {
		return this.id;
	}

	public long getCaseId() {
		return this.caseId;
	}

	public long getReporterId() {
		return this.reporterId;
	}

	public String getReason() {
		return this.reason;
	}

	public String getNote() {
		return this.note;
	}

	public Status getStatus() {
		return Status.valueOf(this.status);
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
