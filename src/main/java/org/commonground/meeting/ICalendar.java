package org.commonground.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.commonground.shared.markdown.MarkdownRenderer;

/**
 * Writes an iCalendar object (RFC 5545): CRLF line ends, content lines folded at 75
 * octets without splitting a UTF-8 character, text values escaped (descriptions as plain
 * text, without their Markdown), times in UTC.
 */
final class ICalendar {

	static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final int MAX_OCTETS = 75;

	private final StringBuilder out = new StringBuilder();

	/** Starts a calendar with its name, as calendar clients show it. */
	ICalendar(String name) {
		line("BEGIN:VCALENDAR");
		line("VERSION:2.0");
		line("PRODID:-//Common Ground//Meetings//EN");
		line("CALSCALE:GREGORIAN");
		line("METHOD:PUBLISH");
		if (name != null) {
			text("X-WR-CALNAME", name);
		}
	}

	/**
	 * One meeting as an event.
	 * @param uid stable across downloads, so that a client updates the event it has
	 * @param url the meeting's page
	 * @param cancelled what a cancelled meeting's description starts with (that it is
	 * cancelled, and why), or {@code null}
	 */
	ICalendar event(Meeting meeting, String uid, String url, String kindLabel, String cancelled) {
		line("BEGIN:VEVENT");
		text("UID", uid);
		line("DTSTAMP:" + UTC.format(meeting.getUpdatedAt()));
		line("LAST-MODIFIED:" + UTC.format(meeting.getUpdatedAt()));
		line("SEQUENCE:" + meeting.getVersion());
		line("DTSTART:" + UTC.format(meeting.getStart().toInstant()));
		line("DTEND:" + UTC.format(meeting.getEnd().toInstant()));
		if (meeting.isCancelled()) {
			// The version rose with the cancellation, so clients take this over the event
			// they have (RFC 5545 3.8.7.4).
			line("STATUS:CANCELLED");
		}
		text("SUMMARY", meeting.getTitle());
		if (!meeting.getPlace().isEmpty()) {
			text("LOCATION", meeting.getPlace());
		}
		// Plain text (RFC 5545 TEXT): calendar clients show Markdown's marks as typed.
		// Most
		// clients show only the description, so a cancellation and its reason lead it.
		String description = meeting.getDescriptionSource().isEmpty() ? ""
				: MarkdownRenderer.toPlainText(meeting.getDescriptionSource());
		if (cancelled != null) {
			description = description.isEmpty() ? cancelled : cancelled + "\n\n" + description;
		}
		if (!description.isEmpty()) {
			text("DESCRIPTION", description);
		}
		if (meeting.getCancelReason() != null) {
			text("COMMENT", meeting.getCancelReason());
		}
		text("CATEGORIES", kindLabel);
		line("URL:" + url);
		line("END:VEVENT");
		return this;
	}

	String end() {
		line("END:VCALENDAR");
		return this.out.toString();
	}

	static String utc(Instant instant) {
		return UTC.format(instant);
	}

	private void text(String name, String value) {
		line(name + ":" + escape(value));
	}

	/** TEXT escaping: backslash, semicolon, comma and line breaks. */
	static String escape(String value) {
		StringBuilder escaped = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> escaped.append("\\\\");
				case ';' -> escaped.append("\\;");
				case ',' -> escaped.append("\\,");
				case '\n' -> escaped.append("\\n");
				case '\r' -> {
					if (i + 1 >= value.length() || value.charAt(i + 1) != '\n') {
						escaped.append("\\n");
					}
				}
				default -> {
					if (c >= 0x20 || c == '\t') {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

	/** Writes a content line, folded so that no physical line exceeds 75 octets. */
	private void line(String content) {
		int octets = 0;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > MAX_OCTETS) {
				this.out.append("\r\n ");
				// The leading space of a continuation line counts towards its 75 octets.
				octets = 1;
			}
			this.out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		this.out.append("\r\n");
	}

}
