package org.commonground.notification;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

import org.commonground.meeting.MeetingPlan;

/**
 * When a meeting takes place, as a notification says it in its reader's language: the
 * start and end in the meeting's own time zone with the zone named ("10 December 2026,
 * 09:00 – 17:00 (East Africa Time)"), as the meeting's page shows it. A notification
 * keeps the time in its {@code detail} ({@code AT:start|end|zone}), so that the inbox
 * writes it in the language it is read in.
 */
final class MeetingTimes {

	private static final String PREFIX = "AT:";

	private MeetingTimes() {
	}

	/** The time as a notification's detail (at most 100 characters). */
	static String detail(MeetingPlan plan) {
		String detail = PREFIX + plan.startsAt() + "|" + plan.endsAt() + "|" + plan.timeZone();
		return (detail.length() <= 100) ? detail : null;
	}

	static boolean isTime(String detail) {
		return detail != null && detail.startsWith(PREFIX);
	}

	/** The time a detail holds, in the reader's language; empty if it holds none. */
	static String describe(String detail, Locale locale) {
		if (!isTime(detail)) {
			return "";
		}
		String[] parts = detail.substring(PREFIX.length()).split("\\|", 3);
		try {
			ZoneId zone = ZoneId.of(parts[2]);
			return describe(LocalDateTime.parse(parts[0]).atZone(zone), LocalDateTime.parse(parts[1]).atZone(zone),
					locale);
		}
		catch (java.time.DateTimeException | ArrayIndexOutOfBoundsException ex) {
			return "";
		}
	}

	static String describe(MeetingPlan plan, Locale locale) {
		return plan.describe(locale);
	}

	private static String describe(ZonedDateTime start, ZonedDateTime end, Locale locale) {
		return new MeetingPlan(start.toLocalDateTime(), end.toLocalDateTime(), start.getZone().getId(), "")
			.describe(locale);
	}

}
