package org.commonground.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Times as a page shows them: in one zone (the dialogue's, or UTC on pages of no
 * dialogue; an entry of a dialogue on a page of several in that dialogue's, see
 * {@link #in(ZoneId)}), with the zone named, and {@code datetime} attributes in whole
 * seconds with their offset. Templates use it as {@code #times} (see
 * {@link TimesDialect}); other code (mails, exports) can make one with
 * {@link #Times(ZoneId, Locale)}.
 */
public final class Times {

	private final ZoneId zone;

	private final Locale locale;

	public Times(ZoneId zone, Locale locale) {
		this.zone = (zone != null) ? zone : TimeZones.DEFAULT;
		// pt is formatted as pt-PT, not the JDK's Brazilian pt.
		this.locale = (locale != null) ? SupportedLanguages.forFormatting(locale) : Locale.ENGLISH;
	}

	public ZoneId zone() {
		return this.zone;
	}

	/**
	 * The same reader's times in another zone: on a page of several dialogues (the
	 * notifications inbox, the admins' queue and log), an entry of one dialogue is shown
	 * in that dialogue's zone, as the dialogue's own pages show it. A {@code null} zone
	 * keeps the page's.
	 */
	public Times in(ZoneId other) {
		return (other == null || other.equals(this.zone)) ? this : new Times(other, this.locale);
	}

	/** The zone's name in the reader's language, like "East Africa Time". */
	public String zoneName() {
		return zoneName(Instant.now());
	}

	private String zoneName(Instant at) {
		return zoneName(at.atZone(this.zone));
	}

	/**
	 * The name of a time's own zone at that time in the reader's language, like "East
	 * Africa Time" for a meeting in Africa/Dar_es_Salaam, whatever the page's zone.
	 */
	public String zoneName(ZonedDateTime at) {
		return (at != null) ? DateTimeFormatter.ofPattern("zzzz", this.locale).format(at) : "";
	}

	/** Date and time with the zone named: "4 Dec 2026 09:34 East Africa Time". */
	public String format(Instant instant) {
		return (instant != null) ? pattern("d MMM yyyy HH:mm", instant) + " " + zoneName(instant) : "";
	}

	/**
	 * Date and time without the zone, for a list whose zone is named once (a column
	 * header or a hint): "4 Dec 2026 09:34".
	 */
	public String dateTime(Instant instant) {
		return (instant != null) ? pattern("d MMM yyyy HH:mm", instant) : "";
	}

	/** A day as {@link #date(Instant)} writes it: "4 Dec 2026". */
	public String day(LocalDate day) {
		return (day != null) ? DateTimeFormatter.ofPattern("d MMM yyyy", this.locale).format(day) : "";
	}

	/** The day in the zone: "4 Dec 2026". */
	public String date(Instant instant) {
		return (instant != null) ? pattern("d MMM yyyy", instant) : "";
	}

	/**
	 * The day in the zone with the month in full, in the reader's language's long style:
	 * "4 December 2026", "4 de diciembre de 2026".
	 */
	public String longDate(Instant instant) {
		return (instant != null) ? longDay(instant.atZone(this.zone).toLocalDate()) : "";
	}

	/** A day with the month in full, as {@link #longDate(Instant)}. */
	public String longDay(LocalDate day) {
		return (day != null) ? longDateFormatter().format(day) : "";
	}

	/**
	 * A day and time of day as written, with the month in full: "10 January 2027, 09:00",
	 * "10 de enero de 2027, 09:00".
	 */
	public String longDayTime(LocalDateTime at) {
		return (at != null)
				? longDay(at.toLocalDate()) + ", " + DateTimeFormatter.ofPattern("HH:mm", this.locale).format(at) : "";
	}

	/**
	 * The language's long date style ("20 de diciembre de 2026", "20 de dezembro de
	 * 2026"), but day first in English ("20 December 2026", not the JDK's "December 20,
	 * 2026").
	 */
	private DateTimeFormatter longDateFormatter() {
		if (Locale.ENGLISH.getLanguage().equals(this.locale.getLanguage())) {
			return DateTimeFormatter.ofPattern("d MMMM yyyy", this.locale);
		}
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(this.locale);
	}

	/**
	 * A valid HTML {@code datetime} value: whole seconds with the zone's offset,
	 * "2026-12-04T09:34:12+03:00".
	 */
	public String iso(Instant instant) {
		return (instant != null) ? instant.truncatedTo(ChronoUnit.SECONDS)
			.atZone(this.zone)
			.toOffsetDateTime()
			.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) : "";
	}

	private String pattern(String pattern, Instant instant) {
		return DateTimeFormatter.ofPattern(pattern, this.locale).format(instant.atZone(this.zone));
	}

}
