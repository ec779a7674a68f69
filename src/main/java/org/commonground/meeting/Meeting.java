package org.commonground.meeting;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Formula;

/** A gathering of a dialogue's people, in a room, in the field or online. */
@Entity
@Table(name = "meeting")
public class Meeting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "dialogue_id", nullable = false, updatable = false)
	private long dialogueId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private MeetingKind kind;

	@Column(nullable = false, length = 150)
	private String title;

	@Column(nullable = false, length = 200)
	private String place;

	@Column(name = "starts_at", nullable = false)
	private LocalDateTime startsAt;

	@Column(name = "ends_at", nullable = false)
	private LocalDateTime endsAt;

	@Column(name = "time_zone", nullable = false, length = 60)
	private String timeZone;

	@Column(nullable = false, length = 60)
	private String languages;

	@Column(name = "description_source", nullable = false)
	private String descriptionSource;

	@Column(name = "description_html", nullable = false)
	private String descriptionHtml;

	@ElementCollection
	@CollectionTable(name = "meeting_facilitator", joinColumns = @JoinColumn(name = "meeting_id"))
	@Column(name = "account_id")
	private Set<Long> facilitatorIds = new LinkedHashSet<>();

	@Column(name = "created_by", nullable = false, updatable = false)
	private long createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "cancelled_at")
	private Instant cancelledAt;

	@Column(name = "cancel_reason", length = 500)
	private String cancelReason;

	@Version
	private long version;

	/**
	 * Whether its minutes are published, read in the statement that loads the meeting
	 * (the dialogue page lists meetings with a link to their minutes without another
	 * one).
	 */
	@Formula("(select count(*) > 0 from meeting_minutes mm where mm.meeting_id = id and mm.status = 'PUBLISHED')")
	private boolean minutesPublished;

	protected Meeting() {
	}

	Meeting(long dialogueId, long createdBy, Instant now) {
		this.dialogueId = dialogueId;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	void describe(MeetingDetails details, String descriptionHtml, Instant now) {
		this.kind = details.kind();
		this.title = details.title().strip();
		this.place = (details.place() != null) ? details.place().strip() : "";
		this.startsAt = details.startsAt();
		this.endsAt = details.endsAt();
		this.timeZone = details.timeZone().getId();
		this.languages = String.join(",", details.languages());
		this.descriptionSource = (details.description() != null) ? details.description().strip() : "";
		this.descriptionHtml = descriptionHtml;
		this.facilitatorIds.clear();
		this.facilitatorIds.addAll(details.facilitators());
		this.updatedAt = now;
	}

	/** Marks it cancelled; it stays on record with the reason, if any. */
	void cancel(String reason, Instant now) {
		this.cancelledAt = now;
		this.cancelReason = (reason != null && !reason.isBlank()) ? reason.strip() : null;
		this.updatedAt = now;
	}

	public boolean isCancelled() {
		return this.cancelledAt != null;
	}

	public Instant getCancelledAt() {
		return this.cancelledAt;
	}

	/** Why it was cancelled, or {@code null}. */
	public String getCancelReason() {
		return this.cancelReason;
	}

	/** Whether it has started by then. */
	public boolean hasStarted(Instant now) {
		return !getStart().toInstant().isAfter(now);
	}

	/**
	 * The place of an online meeting as a link, when it is an http(s) address; else
	 * {@code null} (a place in the world is free text).
	 */
	public String getOnlineLink() {
		return (this.kind == MeetingKind.ONLINE && isWebAddress(this.place)) ? this.place : null;
	}

	/** Whether the text is an absolute http or https address with a host. */
	public static boolean isWebAddress(String text) {
		if (text == null || text.isBlank() || text.strip().chars().anyMatch(Character::isWhitespace)) {
			return false;
		}
		try {
			java.net.URI uri = new java.net.URI(text.strip());
			String scheme = uri.getScheme();
			return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
					&& uri.getHost() != null && !uri.getHost().isEmpty();
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

	public Long getId() {
		return this.id;
	}

	public long getDialogueId() {
		return this.dialogueId;
	}

	public MeetingKind getKind() {
		return this.kind;
	}

	public String getTitle() {
		return this.title;
	}

	public String getPlace() {
		return this.place;
	}

	public LocalDateTime getStartsAt() {
		return this.startsAt;
	}

	public LocalDateTime getEndsAt() {
		return this.endsAt;
	}

	public ZoneId getTimeZone() {
		return ZoneId.of(this.timeZone);
	}

	/** The start as an instant, in the meeting's own time zone. */
	public ZonedDateTime getStart() {
		return this.startsAt.atZone(getTimeZone());
	}

	public ZonedDateTime getEnd() {
		return this.endsAt.atZone(getTimeZone());
	}

	public boolean hasPublishedMinutes() {
		return this.minutesPublished;
	}

	/**
	 * Whether it has not ended yet; a cancelled one too, which is listed in date order
	 * with the upcoming ones, marked cancelled.
	 */
	public boolean isUpcoming(Instant now) {
		return !getEnd().toInstant().isBefore(now);
	}

	public List<String> getLanguages() {
		return this.languages.isEmpty() ? List.of() : Arrays.asList(this.languages.split(","));
	}

	public String getDescriptionSource() {
		return this.descriptionSource;
	}

	/** Rendered from Markdown and sanitized when it was saved. */
	public String getDescriptionHtml() {
		return this.descriptionHtml;
	}

	public Set<Long> getFacilitatorIds() {
		return Set.copyOf(this.facilitatorIds);
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
