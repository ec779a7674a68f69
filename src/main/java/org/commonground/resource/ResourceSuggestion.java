package org.commonground.resource;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A link a member suggests for a dialogue's library, until the facilitators accept it (it
 * becomes a resource crediting the member) or decline it with a reason. Seen only by the
 * member who suggested it and the dialogue's facilitators.
 */
@Entity
@Table(name = "resource_suggestion")
public class ResourceSuggestion {

	/** Where a suggestion stands. */
	public enum Status {

		PENDING, ACCEPTED, DECLINED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "dialogue_id", nullable = false)
	private long dialogueId;

	@Column(name = "suggested_by", nullable = false)
	private long suggestedBy;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String summary = "";

	@Column(nullable = false)
	private String url;

	@Column(nullable = false)
	private String language;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "theme_ids", nullable = false)
	private Long[] themeIds = new Long[0];

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status = Status.PENDING;

	@Column(name = "decline_reason", nullable = false)
	private String declineReason = "";

	@Column(name = "decided_by")
	private Long decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "resource_id")
	private Long resourceId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected ResourceSuggestion() {
	}

	ResourceSuggestion(long dialogueId, long suggestedBy, String title, String summary, String url, String language,
			List<Long> themeIds, Instant now) {
		this.dialogueId = dialogueId;
		this.suggestedBy = suggestedBy;
		this.title = title;
		this.summary = summary;
		this.url = url;
		this.language = language;
		this.themeIds = themeIds.toArray(Long[]::new);
		this.createdAt = now;
	}

	void accept(long facilitatorId, long newResourceId, Instant now) {
		this.status = Status.ACCEPTED;
		this.decidedBy = facilitatorId;
		this.decidedAt = now;
		this.resourceId = newResourceId;
	}

	void decline(long facilitatorId, String reason, Instant now) {
		this.status = Status.DECLINED;
		this.decidedBy = facilitatorId;
		this.decidedAt = now;
		this.declineReason = reason;
	}

	public Long getId() {
		return this.id;
	}

	public long getDialogueId() {
		return this.dialogueId;
	}

	public long getSuggestedBy() {
		return this.suggestedBy;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getUrl() {
		return this.url;
	}

	public String getLanguage() {
		return this.language;
	}

	public List<Long> getThemeIds() {
		return Arrays.asList(this.themeIds);
	}

	public Status getStatus() {
		return this.status;
	}

	public String getDeclineReason() {
		return this.declineReason;
	}

	public Long getResourceId() {
		return this.resourceId;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

}
