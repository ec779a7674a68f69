package org.commonground.moderation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The moderation of one contribution. Created by an upsert
 * ({@link ModerationCaseRepository#open}) so that parallel reports share one case; its
 * open-report count changes only by UPDATE statements; decisions are taken under a row
 * lock.
 */
@Entity
@Table(name = "moderation_case")
public class ModerationCase {

	@Id
	private Long id;

	@Column(name = "dialogue_id", nullable = false)
	private long dialogueId;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "content_id", nullable = false)
	private long contentId;

	@Column(name = "author_id", nullable = false)
	private long authorId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CaseState state;

	@Column(name = "open_reports", nullable = false, insertable = false, updatable = false)
	private int openReports;

	@Column(name = "queued_at", nullable = false)
	private Instant queuedAt;

	@Column(name = "hidden_by")
	private Long hiddenBy;

	@Column(name = "hidden_at")
	private Instant hiddenAt;

	@Column(name = "hidden_reason")
	private String hiddenReason;

	@Column(name = "hidden_note")
	private String hiddenNote;

	@Column(name = "review_note")
	private String reviewNote;

	@Column(name = "review_requested_at")
	private Instant reviewRequestedAt;

	@Column(name = "reviewed_by")
	private Long reviewedBy;

	@Column(name = "reviewed_at")
	private Instant reviewedAt;

	@Version
	private long version;

	protected ModerationCase() {
	}

	void hide(Long moderator, String reason, String note, Instant now) {
		this.state = (moderator != null) ? CaseState.HIDDEN : CaseState.AUTO_HIDDEN;
		this.hiddenBy = moderator;
		this.hiddenAt = now;
		this.hiddenReason = reason;
		this.hiddenNote = note;
	}

	void show() {
		this.state = CaseState.VISIBLE;
	}

	void requestReview(String note, Instant now) {
		this.state = CaseState.REVIEW_REQUESTED;
		this.reviewNote = note;
		this.reviewRequestedAt = now;
	}

	void decideReview(long reviewer, boolean restore, Instant now) {
		this.reviewedBy = reviewer;
		this.reviewedAt = now;
		this.state = restore ? CaseState.VISIBLE : CaseState.HIDDEN;
	}

	void requeue(Instant now) {
		this.queuedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public long getDialogueId() {
		return this.dialogueId;
	}

	public String getContentType() {
		return this.contentType;
	}

	public long getContentId() {
		return this.contentId;
	}

	public long getAuthorId() {
		return this.authorId;
	}

	public CaseState getState() {
		return this.state;
	}

	public int getOpenReports() {
		return this.openReports;
	}

	public Instant getQueuedAt() {
		return this.queuedAt;
	}

	public Long getHiddenBy() {
		return this.hiddenBy;
	}

	public Instant getHiddenAt() {
		return this.hiddenAt;
	}

	public String getHiddenReason() {
		return this.hiddenReason;
	}

	public String getHiddenNote() {
		return this.hiddenNote;
	}

	public String getReviewNote() {
		return this.reviewNote;
	}

	public Instant getReviewRequestedAt() {
		return this.reviewRequestedAt;
	}

	public Long getReviewedBy() {
		return this.reviewedBy;
	}

	public Instant getReviewedAt() {
		return this.reviewedAt;
	}

	/**
	 * A review decided to keep it hidden, and it has stayed hidden since (not hidden
	 * again after a restore).
	 */
	public boolean keptHiddenByReview() {
		return this.state == CaseState.HIDDEN && this.reviewedAt != null && this.hiddenAt != null
				&& !this.reviewedAt.isBefore(this.hiddenAt);
	}

	/** The author asked for a review before (they may ask once). */
	public boolean reviewAsked() {
		return this.reviewRequestedAt != null;
	}

}
