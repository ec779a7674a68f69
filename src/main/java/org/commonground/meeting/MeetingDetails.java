package org.commonground.meeting;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A meeting as a facilitator describes it.
 *
 * @param startsAt wall-clock time in {@code timeZone}
 * @param endsAt wall-clock time in {@code timeZone}, not before {@code startsAt}
 * @param languages language codes, such as {@code sw}
 * @param facilitators account ids of facilitators of the dialogue
 */
public record MeetingDetails(MeetingKind kind, String title, String place, LocalDateTime startsAt, LocalDateTime endsAt,
		ZoneId timeZone, List<String> languages, List<Long> facilitators, String description) {
}
