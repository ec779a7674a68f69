package org.commonground.meeting;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When and where a meeting takes place, as its events carry it: the start and end as
 * written in its own time zone (an IANA id) and its place (may be empty).
 */
public record MeetingPlan(LocalDateTime startsAt, LocalDateTime endsAt, String timeZone, String place) {

	static MeetingPlan of(Meeting meeting) {
		return new MeetingPlan(meeting.getStartsAt(), meeting.getEndsAt(), meeting.getTimeZone().getId(),
				meeting.getPlace());
	}

	public ZonedDateTime start() {
		return this.startsAt.atZone(ZoneId.of(this.timeZone));
	}

	public ZonedDateTime end() {
		return this.endsAt.atZone(ZoneId.of(this.timeZone));
	}

}
