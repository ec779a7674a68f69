package org.commonground.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.commonground.shared.csv.SpreadsheetCells;

/**
 * Writes contributions as CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheet
 * programs read the accents). Text cells that a spreadsheet would run as a formula —
 * those beginning with {@code = + - @}, a tab or a carriage return — are neutralised with
 * a leading apostrophe. Each row's time is given in UTC ({@code created_at}) and in the
 * dialogue's time zone ({@code created_at_local}, {@code time_zone}): the zone whose days
 * {@code from} and {@code to} count and whose times the pages show.
 */
final class CsvSummaryWriter implements AutoCloseable {

	static final String[] COLUMNS = { "type", "id", "parent_id", "challenge_id", "version", "paragraph_key",
			"created_at", "created_at_local", "time_zone", "author_group_code", "author_group", "author", "title",
			"text", "status", "visibility", "endorsements", "disposition", "disposition_reason", "language",
			"recorded_at_meeting", "recorded_channel", "recorded_for_people", "recorded_weighted", "recorded_on",
			"recorded_checked", "translation_language", "title_translated", "text_translated",
			"translation_out_of_date", "merged_into", "landed_version" };

	/**
	 * The local time as spreadsheet programs read a date and time: no {@code T}, no
	 * offset (the {@code time_zone} column names the zone).
	 */
	static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

	private final CSVPrinter printer;

	private final ZoneId zone;

	private final String zoneId;

	private long rows;

	/**
	 * @param zone the dialogue's time zone: the zone of {@code created_at_local}, the
	 * zone in which the export's days are counted and its pages show times
	 */
	CsvSummaryWriter(OutputStream out, ZoneId zone) {
		this.zone = zone;
		this.zoneId = zone.getId();
		try {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write('\uFEFF');
			this.printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(COLUMNS).get());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void write(ContributionRow row) {
		ContributionRow.Recorded r = row.recorded();
		ContributionRow.Translation t = row.translation();
		try {
			this.printer.printRecord(row.type(), row.id(), row.parentId(), row.challengeId(), row.version(),
					safe(row.paragraphKey()), DateTimeFormatter.ISO_INSTANT.format(row.createdAt()),
					LOCAL.format(row.createdAt().atZone(this.zone)), this.zoneId, safe(row.authorGroupCode()),
					safe(row.authorGroup()), safe(row.author()), safe(row.title()), safe(row.text()), row.status(),
					row.visibility(), row.endorsements(), row.disposition(), safe(row.dispositionReason()),
					row.language(), (r != null) ? safe(r.meeting()) : null, (r != null) ? r.channel() : null,
					(r != null) ? r.people() : null, (r != null) ? r.weighted() : null, (r != null) ? r.on() : null,
					(r != null) ? r.checked() : null, (t != null) ? t.language() : null,
					(t != null) ? safe(t.title()) : null, (t != null) ? safe(t.text()) : null,
					(t != null) ? t.outOfDate() : null, row.mergedInto(), row.landedVersion());
			this.rows++;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	long rows() {
		return this.rows;
	}

	/**
	 * The cell as a spreadsheet shows it without running it: a leading apostrophe before
	 * {@code = + - @}, tab or carriage return.
	 */
	static String safe(String cell) {
		return SpreadsheetCells.safe(cell);
	}

	@Override
	public void close() {
		try {
			this.printer.close(true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
