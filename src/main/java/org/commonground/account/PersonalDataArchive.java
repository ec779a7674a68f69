package org.commonground.account;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.commonground.shared.csv.SpreadsheetCells;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A person's data archive as it streams out: every table twice, as {@code name.csv}
 * (UTF-8 with a byte-order mark, cells made safe for spreadsheets) and {@code name.json}
 * (an array of objects), and a README listing them.
 */
public final class PersonalDataArchive {

	private static final JsonFactory JSON = JsonFactory.builder().build();

	private final ZipOutputStream zip;

	private final Function<String, String> describe;

	private final List<String[]> contents = new ArrayList<>();

	private final Locale locale;

	/**
	 * @param describe what a table of this name holds, in the person's language (for the
	 * README)
	 * @param locale the language the archive is written in
	 */
	PersonalDataArchive(OutputStream out, Function<String, String> describe, Locale locale) {
		this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		this.describe = describe;
		this.locale = locale;
	}

	/**
	 * The language the archive is written in (the README's), for a source that gives a
	 * text in it beside the original.
	 */
	public Locale locale() {
		return this.locale;
	}

	/**
	 * One table, read with {@code SELECT <columns> <from>}.
	 * @param from the rest of the statement: a {@code FROM} clause with its conditions on
	 * named parameters, written by the caller, never taken from input
	 * @param params the statement's named parameters
	 */
	public void table(JdbcClient jdbc, String name, List<String> columns, String from, Map<String, ?> params) {
		table(jdbc, name, columns, from, params, UnaryOperator.identity());
	}

	/**
	 * One table, read as {@link #table(JdbcClient, String, List, String, Map)} does, each
	 * row passed through {@code each} first (to decrypt a value for its owner).
	 */
	public void table(JdbcClient jdbc, String name, List<String> columns, String from, Map<String, ?> params,
			UnaryOperator<Object[]> each) {
		List<Object[]> rows = jdbc.sql("SELECT " + String.join(", ", columns) + " " + from)
			.params(params)
			.query((rs, n) -> {
				Object[] row = new Object[columns.size()];
				for (int i = 0; i < row.length; i++) {
					row[i] = rs.getObject(i + 1);
				}
				return each.apply(row);
			})
			.list();
		table(name, columns, rows);
	}

	/**
	 * One table.
	 * @param name the file name without extension, such as {@code comments}; the README
	 * describes it with the message {@code data.file.<name>}
	 * @param columns the column names
	 * @param rows the rows of a native query, each with one value per column (text,
	 * numbers, timestamps, enums or {@code null})
	 */
	public void table(String name, List<String> columns, List<Object[]> rows) {
		this.contents.add(new String[] { name, this.describe.apply(name), Integer.toString(rows.size()) });
		try {
			this.zip.putNextEntry(new ZipEntry(name + ".csv"));
			Writer writer = new OutputStreamWriter(new NonClosing(this.zip), StandardCharsets.UTF_8);
			writer.write('\uFEFF');
			CSVPrinter csv = new CSVPrinter(writer,
					CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get());
			for (Object[] row : rows) {
				List<String> cells = new ArrayList<>();
				for (Object value : row) {
					cells.add(SpreadsheetCells.safe(text(value)));
				}
				csv.printRecord(cells);
			}
			csv.flush();
			this.zip.closeEntry();
			this.zip.putNextEntry(new ZipEntry(name + ".json"));
			try (JsonGenerator json = JSON.createGenerator(new NonClosing(this.zip))) {
				json.writeStartArray();
				for (Object[] row : rows) {
					json.writeStartObject();
					for (int i = 0; i < columns.size(); i++) {
						Object value = row[i];
						if (value instanceof Number number) {
							json.writeName(columns.get(i));
							json.writeNumber(number.toString());
						}
						else if (value instanceof Boolean bool) {
							json.writeBooleanProperty(columns.get(i), bool);
						}
						else {
							json.writeStringProperty(columns.get(i), text(value));
						}
					}
					json.writeEndObject();
				}
				json.writeEndArray();
			}
			this.zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes the README and ends the archive. */
	void finish(String readme) {
		try {
			this.zip.putNextEntry(new ZipEntry("README.txt"));
			this.zip.write(readme.getBytes(StandardCharsets.UTF_8));
			this.zip.closeEntry();
			this.zip.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What the archive holds so far: name, description, number of rows. */
	List<String[]> contents() {
		return this.contents;
	}

	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Instant instant) {
			return toTheSecond(instant);
		}
		if (value instanceof java.sql.Timestamp timestamp) {
			return toTheSecond(timestamp.toInstant());
		}
		if (value instanceof java.time.OffsetDateTime time) {
			return toTheSecond(time.toInstant());
		}
		if (value instanceof Enum<?> e) {
			return e.name();
		}
		return value.toString();
	}

	/** ISO 8601 in UTC, to the second: 2026-12-07T14:05:09Z. */
	private static String toTheSecond(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

	/** Lets writers close without closing the ZIP under them. */
	private static final class NonClosing extends java.io.FilterOutputStream {

		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
