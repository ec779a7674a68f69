package org.commonground.map;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A map in Kumu's two-sheet CSV shape: elements (Label, Type, Description, Tags, plus
 * Region and Influence) and connections (From, To, Type, Strength, plus Disputed by). A
 * group actor carries the tag {@code group:CODE}. Parsing checks every row and says what
 * is wrong with it before anything is written.
 */
public final class KumuCsv {

	static final List<String> ELEMENT_HEADERS = List.of("Label", "Type", "Description", "Tags", "Region", "Influence");

	static final List<String> CONNECTION_HEADERS = List.of("From", "To", "Type", "Strength", "Disputed by");

	static final int MAX_ROWS = 2000;

	private static final String GROUP_TAG = "group:";

	private KumuCsv() {
	}

	/**
	 * One element row as read, with the message keys of what is wrong with it.
	 *
	 * @param update whether an actor of this name is on the map already (its fields are
	 * overwritten by the row's)
	 */
	public record ElementRow(long line, String label, String type, String description, String tags, String region,
			String influence, ActorKind kind, String groupCode, List<String> errors, boolean update) {

		public boolean ok() {
			return this.errors.isEmpty();
		}

	}

	/** One connection row as read, with the message keys of what is wrong with it. */
	public record ConnectionRow(long line, String from, String to, String type, String strength, String disputedBy,
			RelationType relationType, int strengthValue, List<String> disputedCodes, List<String> errors) {

		public boolean ok() {
			return this.errors.isEmpty();
		}

	}

	/**
	 * Both sheets as read.
	 *
	 * @param errors problems with a whole sheet (missing columns, too many rows)
	 */
	public record Sheets(List<ElementRow> elements, List<ConnectionRow> connections, List<String> errors) {

		public boolean ok() {
			return this.errors.isEmpty() && this.elements.stream().allMatch(ElementRow::ok)
					&& this.connections.stream().allMatch(ConnectionRow::ok);
		}

		public long errorCount() {
			return this.errors.size() + this.elements.stream().filter((r) -> !r.ok()).count()
					+ this.connections.stream().filter((r) -> !r.ok()).count();
		}

	}

	/**
	 * Reads both sheets.
	 * @param groupCodes the codes of the platform's stakeholder groups
	 * @param existingNames lower-case names of the actors already on the map, which
	 * connections may name too
	 */
	static Sheets parse(String elements, String connections, Set<String> groupCodes, Set<String> existingNames) {
		List<String> errors = new ArrayList<>();
		List<ElementRow> elementRows = new ArrayList<>();
		Set<String> names = new HashSet<>(existingNames);
		Set<String> seen = new HashSet<>();
		for (CSVRecord record : records(elements, ELEMENT_HEADERS.subList(0, 2), "map.import.error.elements.columns",
				errors)) {
			ElementRow row = element(record, groupCodes, seen, existingNames);
			elementRows.add(row);
			if (!row.label().isEmpty()) {
				names.add(row.label().toLowerCase(Locale.ROOT));
			}
		}
		List<ConnectionRow> connectionRows = new ArrayList<>();
		for (CSVRecord record : records(connections, CONNECTION_HEADERS.subList(0, 3),
				"map.import.error.connections.columns", errors)) {
			connectionRows.add(connection(record, groupCodes, names));
		}
		if (elementRows.size() + connectionRows.size() > MAX_ROWS) {
			errors.add("map.import.error.size");
		}
		return new Sheets(elementRows, connectionRows, errors);
	}

	private static ElementRow element(CSVRecord record, Set<String> groupCodes, Set<String> seen,
			Set<String> existingNames) {
		List<String> errors = new ArrayList<>();
		String label = cell(record, "Label");
		String type = cell(record, "Type");
		String tags = cell(record, "Tags");
		String influence = cell(record, "Influence");
		ActorKind kind = ActorKind.parse(type);
		String groupCode = null;
		for (String tag : tags.split("[|,;]")) {
			if (tag.strip().toLowerCase(Locale.ROOT).startsWith(GROUP_TAG)) {
				groupCode = tag.strip().substring(GROUP_TAG.length()).strip().toUpperCase(Locale.ROOT);
			}
		}
		if (label.isEmpty()) {
			errors.add("map.error.label.required");
		}
		else if (label.length() > 120) {
			errors.add("map.error.label");
		}
		else if (!seen.add(label.toLowerCase(Locale.ROOT))) {
			errors.add("map.import.error.duplicate");
		}
		if (kind == null) {
			errors.add("map.error.kind");
		}
		else if (kind == ActorKind.STAKEHOLDER_GROUP && (groupCode == null || !groupCodes.contains(groupCode))) {
			errors.add("map.import.error.group");
		}
		if (!influence.isEmpty() && !influence.matches("[0-5]")) {
			errors.add("map.error.influence");
		}
		if (cell(record, "Description").length() > 1000) {
			errors.add("map.error.goal");
		}
		return new ElementRow(record.getRecordNumber() + 1, label, type, cell(record, "Description"), tags,
				cell(record, "Region"), influence, kind, groupCode, errors,
				existingNames.contains(label.toLowerCase(Locale.ROOT)));
	}

	private static ConnectionRow connection(CSVRecord record, Set<String> groupCodes, Set<String> names) {
		List<String> errors = new ArrayList<>();
		String from = cell(record, "From");
		String to = cell(record, "To");
		String type = cell(record, "Type");
		String strength = cell(record, "Strength");
		String disputed = cell(record, "Disputed by");
		if (!names.contains(from.toLowerCase(Locale.ROOT))) {
			errors.add("map.import.error.from");
		}
		if (!names.contains(to.toLowerCase(Locale.ROOT))) {
			errors.add("map.import.error.to");
		}
		if (!from.isEmpty() && from.equalsIgnoreCase(to)) {
			errors.add("map.error.self");
		}
		RelationType relationType = RelationType.parse(type);
		if (relationType == null) {
			errors.add("map.error.type");
		}
		int value = 2;
		if (!strength.isEmpty()) {
			if (strength.matches("[1-3]")) {
				value = Integer.parseInt(strength);
			}
			else {
				errors.add("map.error.strength");
			}
		}
		List<String> codes = new ArrayList<>();
		for (String code : disputed.split("[|,;]")) {
			String clean = code.strip().toUpperCase(Locale.ROOT);
			if (clean.isEmpty()) {
				continue;
			}
			if (!groupCodes.contains(clean)) {
				errors.add("map.import.error.disputed");
				break;
			}
			codes.add(clean);
		}
		return new ConnectionRow(record.getRecordNumber() + 1, from, to, type, strength, disputed, relationType, value,
				codes, errors);
	}

	private static List<CSVRecord> records(String text, List<String> required, String missingKey, List<String> errors) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		try (CSVParser parser = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreHeaderCase(true)
			.setTrim(true)
			.setIgnoreEmptyLines(true)
			.get()
			.parse(new StringReader(body))) {
			Map<String, Integer> headers = parser.getHeaderMap();
			if (!required.stream().allMatch((h) -> headers.keySet().stream().anyMatch(h::equalsIgnoreCase))) {
				errors.add(missingKey);
				return List.of();
			}
			List<CSVRecord> records = new ArrayList<>();
			for (CSVRecord record : parser) {
				if (records.size() > MAX_ROWS) {
					break;
				}
				records.add(record);
			}
			return records;
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			errors.add(missingKey);
			return List.of();
		}
	}

	private static String cell(CSVRecord record, String header) {
		return (record.isMapped(header) && record.isSet(header)) ? record.get(header).strip() : "";
	}

	/** The elements sheet of a map. */
	static String elements(List<ActorView> actors) {
		return print(ELEMENT_HEADERS, (printer) -> {
			for (ActorView actor : actors) {
				String tags = actor.tags();
				if (actor.groupCode() != null) {
					tags = tags.isEmpty() ? GROUP_TAG + actor.groupCode() : tags + "|" + GROUP_TAG + actor.groupCode();
				}
				printer.printRecord(safe(actor.name()), actor.kind().name(), safe(actor.goal()), safe(tags),
						safe(actor.region()), actor.influence());
			}
		});
	}

	/** The connections sheet of a map (agreed relations only). */
	static String connections(List<RelationView> relations) {
		return print(CONNECTION_HEADERS, (printer) -> {
			for (RelationView relation : relations) {
				printer.printRecord(safe(relation.fromName()), safe(relation.toName()), relation.type().name(),
						relation.strength(), String.join("|", relation.disputedCodes()));
			}
		});
	}

	/** A cell a spreadsheet would take for a formula is written as text. */
	static String safe(String cell) {
		return (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) ? "'" + cell : cell;
	}

	private interface Rows {

		void print(CSVPrinter printer) throws IOException;

	}

	private static String print(List<String> headers, Rows rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = CSVFormat.DEFAULT.builder()
			.setHeader(headers.toArray(String[]::new))
			.get()
			.print(out)) {
			rows.print(printer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
