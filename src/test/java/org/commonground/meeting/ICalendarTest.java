package org.commonground.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar writer against the rules of RFC 5545, read back with a small parser. */
class ICalendarTest {

	@Test
	void foldsLongLinesAtSeventyFiveOctetsWithoutSplittingCharacters() {
		String title = "Warsha ya maono – Geita; wachimbaji, jamii na wanunuzi 😀 é".repeat(4);
		String text = new ICalendar("Geita")
			.event(meeting(title, "Line one\nline two, with \\ and ;"), "meeting-1@x",
					"http://localhost/dialogues/d/meetings/1", "Workshop", null)
			.end();
		assertThat(text).endsWith("END:VCALENDAR\r\n");
		for (String line : text.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
		List<String> lines = ICalendarParser.unfold(text);
		assertThat(ICalendarParser.value(lines, "SUMMARY")).isEqualTo(title);
		assertThat(ICalendarParser.value(lines, "DESCRIPTION")).isEqualTo("Line one\nline two, with \\ and ;");
		assertThat(ICalendarParser.value(lines, "DTSTART")).isEqualTo("20260312T060000Z");
		assertThat(ICalendarParser.value(lines, "DTEND")).isEqualTo("20260312T143000Z");
		assertThat(ICalendarParser.value(lines, "UID")).isEqualTo("meeting-1@x");
		assertThat(ICalendarParser.value(lines, "DTSTAMP")).isEqualTo("20260101T080000Z");
	}

	@Test
	void escapesTextValues() {
		assertThat(ICalendar.escape("a,b;c\\d\r\ne\rf")).isEqualTo("a\\,b\\;c\\\\d\\ne\\nf");
	}

	static Meeting meeting(String title, String description) {
		Meeting meeting = new Meeting(1, 1, Instant.parse("2026-01-01T08:00:00Z"));
		meeting.describe(
				new MeetingDetails(MeetingKind.WORKSHOP, title, "Geita, Tanzania",
						LocalDateTime.parse("2026-03-12T09:00"), LocalDateTime.parse("2026-03-12T17:30"),
						ZoneId.of("Africa/Dar_es_Salaam"), List.of("sw"), List.of(), description),
				"", Instant.parse("2026-01-01T08:00:00Z"));
		ReflectionTestUtils.setField(meeting, "id", 1L);
		return meeting;
	}

}
