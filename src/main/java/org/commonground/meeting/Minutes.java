package org.commonground.meeting;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The minutes of one meeting, with their status and original language. */
@Entity
@Table(name = "meeting_minutes")
public class Minutes {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "meeting_id", nullable = false, updatable = false)
	private long meetingId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private MinutesStatus status;

	@Column(name = "original_language", nullable = false, length = 2)
	private String originalLanguage;

	@Column(name = "review_ends_on")
	private LocalDate reviewEndsOn;

	@Column(name = "published_at")
	private Instant publishedAt;

	@Column(name = "created_by", nullable = false, updatable = false)
	private long createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Minutes() {
	}

	Minutes(long meetingId, String originalLanguage, long createdBy, Instant now) {
		this.meetingId = meetingId;
		this.originalLanguage = originalLanguage;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.status = MinutesStatus.DRAFT;
	}

	void submitForReview(LocalDate endsOn) {
		this.status = MinutesStatus.IN_REVIEW;
		this.reviewEndsOn = endsOn;
	}

	void publish(Instant now) {
		this.status = MinutesStatus.PUBLISHED;
		this.publishedAt = now;
	}

	/** Corrects a wrongly chosen original language of published minutes. */
	void correctOriginalLanguage(String language) {
		this.originalLanguage = language;
	}

	/** Whether comments are taken on {@code today} (in the dialogue's time zone). */
	public boolean inReviewOn(LocalDate today) {
		return this.status == MinutesStatus.IN_REVIEW && !today.isAfter(this.reviewEndsOn);
	}

	public Long getId() {
		return this.id;
	}

	public long getMeetingId() {
		return this.meetingId;
	}

	public MinutesStatus getStatus() {
		return this.status;
	}

	public String getOriginalLanguage() {
		return this.originalLanguage;
	}

	public LocalDate getReviewEndsOn() {
		return this.reviewEndsOn;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
