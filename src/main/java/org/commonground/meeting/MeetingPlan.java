package org.commonground.meeting;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.commonground.shared.web.Times;

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

	/**
	 * When it takes place in a language, as the meeting's page says it: the start and end
	 * in its own time zone with the zone named ("10 December 2026, 09:00 – 17:00 (East
	 * Africa Time)").
	 */
	public String describe(Locale locale) {
		ZonedDateTime start = start();
		ZonedDateTime end = end();
		Times times = new Times(start.getZone(), locale);
		String until = start.toLocalDate().equals(end.toLocalDate())
				? DateTimeFormatter.ofPattern("HH:mm", locale).format(end) : times.longDayTime(end.toLocalDateTime());
		return times.longDayTime(start.toLocalDateTime()) + " – " + until + " (" + times.zoneName(start) + ")";
	}

}
