package org.commonground.meeting.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.commonground.meeting.Meeting;
import org.commonground.meeting.MeetingDetails;
import org.commonground.meeting.MeetingKind;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Creating or editing a meeting. Field names of the HTTP contract ({@code title},
 * {@code kind}, {@code place}, {@code startsAt}, {@code endsAt}) come first.
 */
@EndsAfterStart
class MeetingForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 150, message = "{validation.too-long}")
	private String title;

	@NotNull(message = "{validation.required}")
	private MeetingKind kind = MeetingKind.MEETING;

	@Size(max = 200, message = "{validation.too-long}")
	private String place;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime startsAt;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime endsAt;

	@NotBlank(message = "{validation.required}")
	@KnownTimeZone
	private String timeZone = "UTC";

	private List<String> languages = new ArrayList<>();

	private List<Long> facilitators = new ArrayList<>();

	@Size(max = 20000, message = "{validation.too-long}")
	private String description;

	/**
	 * Whether the facilitator confirmed that a meeting with a start in the past already
	 * took place (a new meeting's form asks when the start is past).
	 */
	private boolean pastConfirmed;

	/** The version the editor started from, to detect concurrent edits. */
	private long version;

	/**
	 * A new meeting's form, in the dialogue's time zone (the one its pages show times
	 * in), so that times typed as the clocks there read are kept right.
	 */
	static MeetingForm in(ZoneId zone) {
		MeetingForm form = new MeetingForm();
		form.timeZone = zone.getId();
		return form;
	}

	static MeetingForm of(Meeting meeting) {
		MeetingForm form = new MeetingForm();
		form.title = meeting.getTitle();
		form.kind = meeting.getKind();
		form.place = meeting.getPlace();
		form.startsAt = meeting.getStartsAt();
		form.endsAt = meeting.getEndsAt();
		form.timeZone = meeting.getTimeZone().getId();
		form.languages = new ArrayList<>(meeting.getLanguages());
		form.facilitators = new ArrayList<>(meeting.getFacilitatorIds());
		form.description = meeting.getDescriptionSource();
		form.version = meeting.getVersion();
		return form;
	}

	MeetingDetails toDetails() {
		return new MeetingDetails(this.kind, this.title, this.place, this.startsAt, this.endsAt,
				ZoneId.of(this.timeZone), List.copyOf(this.languages), List.copyOf(this.facilitators),
				this.description);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public MeetingKind getKind() {
		return this.kind;
	}

	public void setKind(MeetingKind kind) {
		this.kind = kind;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public LocalDateTime getStartsAt() {
		return this.startsAt;
	}

	public void setStartsAt(LocalDateTime startsAt) {
		this.startsAt = startsAt;
	}

	public LocalDateTime getEndsAt() {
		return this.endsAt;
	}

	public void setEndsAt(LocalDateTime endsAt) {
		this.endsAt = endsAt;
	}

	public String getTimeZone() {
		return this.timeZone;
	}

	public void setTimeZone(String timeZone) {
		this.timeZone = (timeZone != null) ? KnownTimeZone.Validator.canonical(timeZone.strip()) : null;
	}

	public List<String> getLanguages() {
		return this.languages;
	}

	public void setLanguages(List<String> languages) {
		this.languages = (languages != null) ? languages : new ArrayList<>();
	}

	public List<Long> getFacilitators() {
		return this.facilitators;
	}

	public void setFacilitators(List<Long> facilitators) {
		this.facilitators = (facilitators != null) ? facilitators : new ArrayList<>();
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public boolean isPastConfirmed() {
		return this.pastConfirmed;
	}

	public void setPastConfirmed(boolean pastConfirmed) {
		this.pastConfirmed = pastConfirmed;
	}

	/** Whether the start, in the meeting's time zone, is before that instant. */
	boolean startsBefore(java.time.Instant now) {
		if (this.startsAt == null || this.timeZone == null) {
			return false;
		}
		try {
			return this.startsAt.atZone(ZoneId.of(this.timeZone)).toInstant().isBefore(now);
		}
		catch (java.time.DateTimeException ex) {
			return false;
		}
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
