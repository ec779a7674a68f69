package org.commonground.meeting;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.commonground.account.StakeholderGroup;
import org.commonground.challenge.ChallengeRef;
import org.commonground.shared.csv.SpreadsheetCells;
import org.commonground.shared.web.SupportedLanguages;
import org.commonground.vision.ParagraphRef;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads and writes the CSV sheet of cards typed up after a workshop. Its column names,
 * kinds, groups, channels and yes/no may be written in any of the five languages (or as
 * codes), so that a template downloaded in Kiswahili and filled in by hand reads back.
 * Every row is checked on its own; a row's problems are message keys with the value that
 * caused them.
 */
@Component
public class CardSheets {

	/** The columns, in the template's order. */
	static final List<String> COLUMNS = List.of("type", "group", "people", "weighted", "channel", "title", "text",
			"challenge", "paragraph", "agree", "can_live_with", "disagree", "language");

	/**
	 * The columns of a show of hands' counts, in the order of
	 * {@link RecordedInput.Hands}.
	 */
	private static final List<String> HANDS = List.of("agree", "can_live_with", "disagree");

	/** Most rows a sheet may hold. */
	static final int MAX_ROWS = 20000;

	private static final List<String> YES = List.of("yes", "y", "x", "1", "true", "oui", "ndiyo", "ndio", "sí", "si",
			"sim");

	private final MessageSource messages;

	CardSheets(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * One row as it will be stored, with its problems. A comment on the vision and a show
	 * of hands name their paragraph of the newest version ({@code paragraphKey};
	 * {@code paragraphExcerpt} is the start of its text, or the cell as written when no
	 * paragraph matched); a show of hands has its counts ({@code hands}, else null), and
	 * its people are their sum. A comment names a challenge of the dialogue
	 * ({@code challengeId}) or one raised by an earlier row of the same sheet
	 * ({@code challengeLine}, that row's line; the challenge is created first).
	 */
	public record Row(int line, RecordedKind kind, String groupCode, String groupLabel, int people, boolean weighted,
			RecordedChannel channel, String title, String text, Long challengeId, String challengeTitle,
			Integer challengeLine, String paragraphKey, String paragraphExcerpt, RecordedInput.Hands hands,
			String language, List<Problem> problems) {

		public boolean ok() {
			return this.problems.isEmpty();
		}

	}

	/** A problem of a row: a message key and the value it is about. */
	public record Problem(String key, String value) {
	}

	/** A whole sheet: its rows, or a problem with the file itself. */
	// "... at line: 3, position: 122" or "(startline 3) EOF reached ...", with the digits
	// grouped in the server's locale.
	private static final Pattern PARSER_LINE = Pattern
		.compile("(?:at line: |\\(startline )(\\d[\\d,.\\u00a0\\u202f]*)");

	/**
	 * A sheet read: its rows, or the problem with the file as a whole as a message key,
	 * followed by {@code :} and its argument when it has one (the line it could not
	 * read).
	 */
	record Sheet(List<Row> rows, String fileProblem) {

		long errorCount() {
			return this.rows.stream().filter((r) -> !r.ok()).count();
		}

		boolean ok() {
			return this.fileProblem == null && !this.rows.isEmpty() && errorCount() == 0;
		}

	}

	/**
	 * The empty template in a language, with one example of each kind of row; the example
	 * comment on the vision and the example show of hands name the first paragraph of the
	 * dialogue's newest version (both left out when the dialogue has no vision yet).
	 */
	String template(Locale locale, List<ParagraphRef> paragraphs) {
		StringWriter out = new StringWriter();
		out.write('\uFEFF');
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
			List<String> header = new ArrayList<>();
			COLUMNS.forEach((c) -> header.add(message("recorded.csv.column." + c, locale)));
			csv.printRecord(header);
			csv.printRecord(message("recorded.csv.type.CHALLENGE", locale), "ARTISANAL_MINER", "14",
					message("recorded.csv.yes", locale), message("recorded.channel.FLIP_CHART", locale),
					SpreadsheetCells.safe(message("recorded.csv.example.title", locale)),
					SpreadsheetCells.safe(message("recorded.csv.example.text", locale)), "", "", "", "", "",
					locale.getLanguage());
			csv.printRecord(message("recorded.csv.type.COMMENT", locale), "COMMUNITY", "1", "",
					message("recorded.channel.CARD", locale), "",
					SpreadsheetCells.safe(message("recorded.csv.example.comment", locale)),
					SpreadsheetCells.safe(message("recorded.csv.example.title", locale)), "", "", "", "",
					locale.getLanguage());
			if (!paragraphs.isEmpty()) {
				String paragraph = SpreadsheetCells.safe(paragraphs.get(0).excerpt());
				csv.printRecord(message("recorded.csv.type.VISION", locale), "GOVERNMENT", "1", "",
						message("recorded.channel.CARD", locale), "",
						SpreadsheetCells.safe(message("recorded.csv.example.vision", locale)), "", paragraph, "", "",
						"", locale.getLanguage());
				csv.printRecord(message("recorded.csv.type.STANCES", locale), "ARTISANAL_MINER", "", "",
						message("recorded.channel.ORAL", locale), "", "", "", paragraph, "9", "3", "2",
						locale.getLanguage());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/**
	 * Reads a sheet and checks each row against the groups, the dialogue's challenges
	 * (and those raised by earlier rows of the sheet) and the paragraphs of its newest
	 * vision version.
	 */
	Sheet read(String text, List<StakeholderGroup> groups, List<ChallengeRef> challenges, List<ParagraphRef> paragraphs,
			Locale locale) {
		String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
		String firstLine = content.lines().findFirst().orElse("");
		char delimiter = (firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0) ? ';' : ',';
		List<CSVRecord> records;
		try {
			records = CSVFormat.RFC4180.builder()
				.setDelimiter(delimiter)
				.get()
				.parse(new StringReader(content))
				.getRecords();
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			// The parser names the line it could not read.
			Matcher line = PARSER_LINE.matcher(String.valueOf(ex.getMessage()));
			return new Sheet(List.of(),
					line.find() ? "recorded.import.error.unreadable-line:" + line.group(1).replaceAll("\\D", "")
							: "recorded.import.error.unreadable");
		}
		if (records.isEmpty()) {
			return new Sheet(List.of(), "recorded.import.error.empty");
		}
		Map<Integer, String> columns = columns(records.get(0));
		if (!columns.containsValue("text") && !columns.values().containsAll(HANDS)) {
			return new Sheet(List.of(), "recorded.import.error.header");
		}
		if (records.size() - 1 > MAX_ROWS) {
			return new Sheet(List.of(), "recorded.import.error.too-many");
		}
		Lookup lookup = new Lookup(groups, challenges, paragraphs);
		List<Row> rows = new ArrayList<>();
		Map<String, Row> raised = new HashMap<>();
		for (CSVRecord record : records.subList(1, records.size())) {
			Map<String, String> cells = new HashMap<>();
			columns.forEach(
					(index, column) -> cells.put(column, (index < record.size()) ? record.get(index).strip() : ""));
			if (cells.values().stream().allMatch(String::isEmpty)) {
				continue;
			}
			Row row = row((int) record.getRecordNumber(), cells, lookup, raised, locale);
			rows.add(row);
			if (row.kind() == RecordedKind.CHALLENGE && !row.title().isEmpty()) {
				raised.putIfAbsent(Lookup.challengeKey(row.title()), row);
			}
		}
		return new Sheet(rows, rows.isEmpty() ? "recorded.import.error.empty" : null);
	}

	/**
	 * One row, checked.
	 * @param raised the challenges raised by the earlier rows of the sheet, by their
	 * title as a challenge cell is matched
	 */
	private Row row(int line, Map<String, String> cells, Lookup lookup, Map<String, Row> raised, Locale locale) {
		List<Problem> problems = new ArrayList<>();
		String challengeCell = cells.getOrDefault("challenge", "");
		String paragraphCell = cells.getOrDefault("paragraph", "");
		boolean hasCounts = HANDS.stream().anyMatch((c) -> !cells.getOrDefault(c, "").isEmpty());
		RecordedKind kind = lookup.kind(cells.getOrDefault("type", ""), !challengeCell.isEmpty(),
				!paragraphCell.isEmpty(), hasCounts);
		if (kind == null) {
			problems.add(new Problem("recorded.import.error.type", cells.get("type")));
		}
		else if (kind != RecordedKind.STANCES && hasCounts) {
			// They would not be kept: only a show of hands has counts.
			problems.add(new Problem("recorded.import.error.hands-kind", ""));
		}
		String groupCell = cells.getOrDefault("group", "");
		StakeholderGroup group = lookup.group(groupCell);
		if (group == null) {
			problems.add(new Problem(
					groupCell.isEmpty() ? "recorded.import.error.group-missing" : "recorded.import.error.group",
					groupCell));
		}
		int people = 1;
		String peopleCell = cells.getOrDefault("people", "");
		if (!peopleCell.isEmpty()) {
			try {
				people = Integer.parseInt(peopleCell.replace(" ", ""));
			}
			catch (NumberFormatException ex) {
				people = 0;
			}
			if (people < 1 || people > WorkshopRecording.MAX_PEOPLE) {
				problems.add(new Problem("recorded.import.error.people", peopleCell));
			}
		}
		String channelCell = cells.getOrDefault("channel", "");
		RecordedChannel channel = channelCell.isEmpty() ? RecordedChannel.CARD : lookup.channel(channelCell);
		if (channel == null) {
			problems.add(new Problem("recorded.import.error.channel", channelCell));
		}
		String title = cells.getOrDefault("title", "");
		String text = cells.getOrDefault("text", "");
		ParagraphRef paragraph = (kind == RecordedKind.VISION || kind == RecordedKind.STANCES)
				? lookup.paragraph(paragraphCell) : null;
		RecordedInput.Hands counts = null;
		if (kind == RecordedKind.STANCES) {
			counts = hands(cells, (paragraph != null) ? paragraph.key() : null, peopleCell, people, problems);
			people = (counts != null) ? counts.total() : 1;
			if (!text.isEmpty()) {
				// It would not be kept: a show of hands has no text.
				problems.add(new Problem("recorded.import.error.hands-text", ""));
			}
		}
		else if (text.isEmpty()) {
			problems.add(new Problem("recorded.import.error.text", ""));
		}
		else if (text.length() > 10000) {
			problems.add(new Problem("recorded.import.error.text-long", ""));
		}
		ChallengeRef challenge = null;
		Row raisedBefore = null;
		if (kind == RecordedKind.CHALLENGE && (title.length() < 5 || title.length() > 150)) {
			problems.add(new Problem("recorded.import.error.title", title));
		}
		if (kind == RecordedKind.COMMENT) {
			challenge = lookup.challenge(challengeCell);
			raisedBefore = (challenge == null) ? raised.get(Lookup.challengeKey(challengeCell)) : null;
			if (challenge == null && raisedBefore == null) {
				problems.add(new Problem(challengeCell.isEmpty() ? "recorded.import.error.challenge-missing"
						: "recorded.import.error.challenge", challengeCell));
			}
		}
		if (kind == RecordedKind.VISION || kind == RecordedKind.STANCES) {
			if (paragraph == null) {
				problems.add(new Problem(paragraphCell.isEmpty() ? "recorded.import.error.paragraph-missing"
						: "recorded.import.error.paragraph", paragraphCell));
			}
		}
		String language = cells.getOrDefault("language", "").toLowerCase(Locale.ROOT);
		if (!language.isEmpty() && !SupportedLanguages.isSupported(language)) {
			problems.add(new Problem("recorded.import.error.language", language));
		}
		return new Row(line, kind, (group != null) ? group.getCode() : null,
				(group != null) ? group.label(locale) : groupCell, Math.max(people, 1),
				YES.contains(cells.getOrDefault("weighted", "").toLowerCase(Locale.ROOT)), channel, title, text,
				(challenge != null) ? challenge.id() : null,
				(challenge != null) ? challenge.title() : (raisedBefore != null) ? raisedBefore.title() : challengeCell,
				(raisedBefore != null) ? raisedBefore.line() : null, (paragraph != null) ? paragraph.key() : null,
				(paragraph != null) ? paragraph.excerpt() : paragraphCell, counts, language.isEmpty() ? null : language,
				List.copyOf(problems));
	}

	/**
	 * The counts of a show of hands (an empty cell is none): whole numbers, 1 to
	 * {@link WorkshopRecording#MAX_PEOPLE} people in all, and the people cell, when
	 * filled in, their sum. Null, with a problem, when they are not.
	 * @param paragraphKey the paragraph they are on, null when none matched
	 */
	private static RecordedInput.Hands hands(Map<String, String> cells, String paragraphKey, String peopleCell,
			int people, List<Problem> problems) {
		int[] n = new int[HANDS.size()];
		boolean numbers = true;
		for (int i = 0; i < n.length; i++) {
			String cell = cells.getOrDefault(HANDS.get(i), "").replace(" ", "");
			try {
				n[i] = cell.isEmpty() ? 0 : Integer.parseInt(cell);
			}
			catch (NumberFormatException ex) {
				n[i] = -1;
			}
			numbers &= n[i] >= 0;
		}
		long total = (long) n[0] + n[1] + n[2];
		if (!numbers || total < 1 || total > WorkshopRecording.MAX_PEOPLE) {
			problems.add(new Problem("recorded.import.error.hands",
					HANDS.stream()
						.map((c) -> cells.getOrDefault(c, "").isEmpty() ? "0" : cells.get(c))
						.collect(java.util.stream.Collectors.joining(" / "))));
			return null;
		}
		boolean peopleGiven = people >= 1 && people <= WorkshopRecording.MAX_PEOPLE;
		if (!peopleCell.isEmpty() && peopleGiven && people != total) {
			problems.add(new Problem("recorded.import.error.hands-people", peopleCell));
		}
		return new RecordedInput.Hands(paragraphKey, n[0], n[1], n[2]);
	}

	/** Which column is which, by its name in any language or its code. */
	private Map<Integer, String> columns(CSVRecord header) {
		Map<String, String> names = new HashMap<>();
		for (String column : COLUMNS) {
			names.put(column, column);
			for (String code : SupportedLanguages.CODES) {
				names.put(fold(message("recorded.csv.column." + column, SupportedLanguages.toLocale(code))), column);
			}
		}
		// Sheets made before the French name became "difficulté" still read.
		names.putIfAbsent(fold(FORMER_FRENCH_CHALLENGE), "challenge");
		// Sheets made before the Swahili stance agreed with "aya" still read.
		names.putIfAbsent(fold(FORMER_SWAHILI_CAN_LIVE_WITH), "can_live_with");
		Map<Integer, String> columns = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String column = names.get(fold(header.get(i)));
			if (column != null && !columns.containsValue(column)) {
				columns.put(i, column);
			}
		}
		return columns;
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	/** The French name of a challenge in sheets made before it became "difficulté". */
	private static final String FORMER_FRENCH_CHALLENGE = "d\u00e9fi";

	/**
	 * The Swahili name of the "can live with it" column in sheets made before it agreed
	 * with "aya" (a paragraph).
	 */
	private static final String FORMER_SWAHILI_CAN_LIVE_WITH = "wanaweza kuishi nalo";

	static String fold(String text) {
		String t = (text == null) ? "" : text.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
		return t.startsWith("\uFEFF") ? t.substring(1) : t;
	}

	/** The names a value may have in any language, for one sheet. */
	private final class Lookup {

		private final Map<String, StakeholderGroup> groups = new HashMap<>();

		private final Map<String, RecordedChannel> channels = new HashMap<>();

		private final Map<String, RecordedKind> kinds = new HashMap<>();

		private final Map<String, ChallengeRef> challenges = new HashMap<>();

		private final List<ParagraphRef> paragraphs;

		Lookup(List<StakeholderGroup> groups, List<ChallengeRef> challenges, List<ParagraphRef> paragraphs) {
			this.paragraphs = paragraphs;
			for (StakeholderGroup group : groups) {
				this.groups.put(fold(group.getCode()), group);
				SupportedLanguages.CODES
					.forEach((code) -> this.groups.put(fold(group.label(SupportedLanguages.toLocale(code))), group));
			}
			for (RecordedChannel channel : RecordedChannel.values()) {
				this.channels.put(fold(channel.name()), channel);
				SupportedLanguages.CODES.forEach((code) -> this.channels
					.put(fold(message("recorded.channel." + channel, SupportedLanguages.toLocale(code))), channel));
			}
			for (RecordedKind kind : List.of(RecordedKind.CHALLENGE, RecordedKind.COMMENT, RecordedKind.VISION,
					RecordedKind.STANCES)) {
				this.kinds.put(fold(kind.name()), kind);
				SupportedLanguages.CODES.forEach((code) -> this.kinds
					.put(fold(message("recorded.csv.type." + kind, SupportedLanguages.toLocale(code))), kind));
			}
			this.kinds.putIfAbsent(fold(FORMER_FRENCH_CHALLENGE), RecordedKind.CHALLENGE);
			for (ChallengeRef challenge : challenges) {
				this.challenges.put(Long.toString(challenge.id()), challenge);
				this.challenges.putIfAbsent(fold(challenge.title()), challenge);
			}
		}

		StakeholderGroup group(String cell) {
			return this.groups.get(fold(cell));
		}

		RecordedChannel channel(String cell) {
			return this.channels.get(fold(cell));
		}

		RecordedKind kind(String cell, boolean hasChallenge, boolean hasParagraph, boolean hasCounts) {
			if (cell.isEmpty()) {
				return hasCounts ? RecordedKind.STANCES : hasChallenge ? RecordedKind.COMMENT
						: hasParagraph ? RecordedKind.VISION : RecordedKind.CHALLENGE;
			}
			return this.kinds.get(fold(cell));
		}

		ChallengeRef challenge(String cell) {
			return this.challenges.get(challengeKey(cell));
		}

		/** A challenge cell as it is looked up: by id ({@code #12} or 12) or by title. */
		static String challengeKey(String cell) {
			return fold(cell.startsWith("#") ? cell.substring(1) : cell);
		}

		/**
		 * The paragraph a cell names: by its key ({@code p3}); else the paragraph whose
		 * text is the cell, or the only one whose text starts with the cell's words (or
		 * whose start, when cut short, the cell begins with, for a whole paragraph pasted
		 * in). Markdown marks and a spreadsheet's protecting apostrophe do not count.
		 * None when no paragraph, or more than one, fits.
		 */
		ParagraphRef paragraph(String cell) {
			String raw = cell.strip();
			if (raw.length() > 1 && raw.charAt(0) == '\'' && "=+-@\t\r".indexOf(raw.charAt(1)) >= 0) {
				raw = raw.substring(1);
			}
			String wanted = words(raw);
			if (wanted.isEmpty()) {
				return null;
			}
			List<ParagraphRef> exact = new ArrayList<>();
			List<ParagraphRef> starting = new ArrayList<>();
			for (ParagraphRef p : this.paragraphs) {
				if (fold(p.key()).equals(fold(raw))) {
					return p;
				}
				String start = words(p.excerpt());
				boolean cut = p.excerpt().endsWith("…");
				if (start.equals(wanted)) {
					exact.add(p);
				}
				else if ((start.startsWith(wanted) && !Character.isLetterOrDigit(start.charAt(wanted.length())))
						|| (cut && !start.isEmpty() && wanted.startsWith(start))) {
					starting.add(p);
				}
			}
			if (exact.size() == 1) {
				return exact.get(0);
			}
			return (exact.isEmpty() && starting.size() == 1) ? starting.get(0) : null;
		}

		/**
		 * Folded, without Markdown marks (emphasis, code, a list's or a quote's marker),
		 * with runs of white space as one space and without a closing ellipsis.
		 */
		private static String words(String text) {
			String t = fold(text).replaceAll("[*_`~]", "")
				.replaceFirst("^(>\\s*)?([-+]|\\d+[.)])\\s+", "")
				.replaceFirst("^>\\s*", "")
				.replaceAll("\\s+", " ")
				.strip();
			return (t.endsWith("…") ? t.substring(0, t.length() - 1) : t).strip();
		}

	}

}
