package org.commonground.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.commonground.api.ApiJson.ActorJson;
import org.commonground.api.ApiJson.ChallengeDetailJson;
import org.commonground.api.ApiJson.ChallengeJson;
import org.commonground.api.ApiJson.CommentJson;
import org.commonground.api.ApiJson.DialogueJson;
import org.commonground.api.ApiJson.ListPage;
import org.commonground.api.ApiJson.MapJson;
import org.commonground.api.ApiJson.MeetingJson;
import org.commonground.api.ApiJson.ParagraphJson;
import org.commonground.api.ApiJson.RelationJson;
import org.commonground.api.ApiJson.ResourceJson;
import org.commonground.api.ApiJson.VisionJson;
import org.commonground.dialogue.Visibility;
import org.commonground.shared.csv.SpreadsheetCells;
import org.commonground.shared.web.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * The open-data ZIP of a public dialogue: what the read API shows a visitor, as one CSV
 * and one JSON file per table, with {@code data-dictionary.csv} describing every column
 * and a README. Built on request from the API's own reads (so it never holds more than a
 * visitor may see, and hidden content leaves it as soon as it is hidden); its files are
 * dated when it was made, and its ETag is the digest of their names and contents, so the
 * same content keeps its ETag from one night to the next.
 */
@Service
public class OpenDataArchive {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * The byte order mark the CSV files start with, as the site's own CSV export does:
	 * spreadsheets then read them as UTF-8 (Excel shows mojibake without it).
	 */
	private static final String BOM = "\uFEFF";

	private final ApiReader reader;

	OpenDataArchive(ApiReader reader) {
		this.reader = reader;
	}

	/** The archive's bytes and their ETag. */
	public record Archive(byte[] bytes, String etag) {
	}

	private record Column<T>(String name, String description, Function<T, Object> value) {
	}

	private record Table<T>(String file, String description, List<Column<T>> columns, List<T> rows) {
	}

	/** A comment with the challenge it answers, for the flat comments table. */
	private record CommentRow(long challengeId, CommentJson comment) {
	}

	/**
	 * The archive of a public dialogue, its files dated when it was made.
	 * @throws NotFoundException for a dialogue that is not public (or does not exist)
	 */
	public Archive build(String slug, Instant madeAt) {
		DialogueJson dialogue = this.reader.dialogue(slug, null);
		if (!Visibility.PUBLIC.name().equals(dialogue.visibility())) {
			throw new NotFoundException();
		}
		List<ChallengeDetailJson> challenges = new ArrayList<>();
		String cursor = null;
		do {
			ListPage<ChallengeJson> page = this.reader.challenges(slug, null, cursor);
			for (ChallengeJson c : page.items()) {
				challenges.add(withAllComments(slug, c.id()));
			}
			cursor = page.next();
		}
		while (cursor != null);
		List<CommentRow> comments = new ArrayList<>();
		challenges.forEach((c) -> flatten(c.id(), c.thread().items(), comments));
		List<MeetingJson> meetings = this.reader.meetings(slug, null).items();
		VisionJson vision;
		try {
			vision = this.reader.vision(slug, null, 0);
		}
		catch (NotFoundException ex) {
			vision = null;
		}
		MapJson map = this.reader.map(slug, null);
		List<ResourceJson> resources = new ArrayList<>();
		String resourceCursor = null;
		do {
			ListPage<ResourceJson> page = this.reader.resources(slug, null, resourceCursor);
			resources.addAll(page.items());
			resourceCursor = page.next();
		}
		while (resourceCursor != null);

		List<Table<?>> tables = List.of(
				new Table<>("dialogue", "The dialogue.",
						List.of(column("slug", "Its address on the site and in the API", DialogueJson::slug),
								column("title", "Its title, in its original language", DialogueJson::title),
								column("summary", "Its summary", DialogueJson::summary),
								column("status", "DRAFT, OPEN, CLOSED or ARCHIVED", DialogueJson::status),
								column("country", "ISO 3166 country code", DialogueJson::country),
								column("location", "Where it takes place", DialogueJson::location),
								column("start_date", "First day (ISO 8601), may be empty", DialogueJson::startDate),
								column("end_date", "Last day (ISO 8601), may be empty", DialogueJson::endDate),
								column("original_language", "Language it was written in (ISO 639-1)",
										DialogueJson::originalLanguage),
								column("created_at", "When it was created (UTC, ISO 8601)", DialogueJson::createdAt)),
						List.of(dialogue)),
				new Table<>("challenges", "The challenges raised in it (hidden and pending ones left out).", List.of(
						column("id", "Identifier, as in the API", ChallengeDetailJson::id),
						column("title", "Its title", ChallengeDetailJson::title),
						column("status", "OPEN, UNDER_DISCUSSION, ADDRESSED, OUT_OF_SCOPE or MERGED",
								ChallengeDetailJson::status),
						column("themes", "Its themes' codes, separated by ';'",
								(ChallengeDetailJson c) -> String.join(";", c.themes())),
						column("theme_labels", "Its themes' names (English), separated by ';'",
								(ChallengeDetailJson c) -> String.join(";", c.themeLabels())),
						column("author", "The author's name as shown (a pseudonym stays one)",
								ChallengeDetailJson::author),
						column("author_group", "The code of the author's stakeholder group, empty where withheld",
								ChallengeDetailJson::authorGroup),
						column("author_group_label",
								"The name of the author's stakeholder group (English), empty where withheld",
								ChallengeDetailJson::authorGroupLabel),
						column("endorsements", "How many endorsed it", ChallengeDetailJson::endorsements),
						column("comments", "How many comments it has", ChallengeDetailJson::comments),
						column("created_at", "When it was raised (UTC)", ChallengeDetailJson::createdAt),
						column("body_html", "Its text (sanitized HTML)", ChallengeDetailJson::bodyHtml),
						column("response_html", "The facilitators' response (sanitized HTML), if any",
								(ChallengeDetailJson c) -> (c.response() != null) ? c.response().html() : null),
						column("responded_at", "When they responded (UTC)",
								(ChallengeDetailJson c) -> (c.response() != null) ? c.response().respondedAt() : null)),
						challenges),
				new Table<>("comments", "The visible comments on the challenges, replies with their parent.", List.of(
						column("id", "Identifier", (CommentRow r) -> r.comment().id()),
						column("challenge_id", "The challenge it is on", CommentRow::challengeId),
						column("parent_id", "The comment it replies to, if any",
								(CommentRow r) -> r.comment().parentId()),
						column("author", "The author's name as shown", (CommentRow r) -> r.comment().author()),
						column("author_group", "The code of the author's stakeholder group, empty where withheld",
								(CommentRow r) -> r.comment().authorGroup()),
						column("author_group_label",
								"The name of the author's stakeholder group (English), empty where withheld",
								(CommentRow r) -> r.comment().authorGroupLabel()),
						column("created_at", "When it was posted (UTC)", (CommentRow r) -> r.comment().createdAt()),
						column("html", "Its text (sanitized HTML)", (CommentRow r) -> r.comment().html())), comments),
				new Table<>("meetings", "The dialogue's meetings.",
						List.of(column("id", "Identifier", MeetingJson::id),
								column("kind", "FIELD_VISIT, WORKSHOP, MEETING or ONLINE", MeetingJson::kind),
								column("title", "Its title", MeetingJson::title),
								column("place", "Where it is held", MeetingJson::place),
								column("start",
										"When it starts, as in its time zone (ISO 8601 / RFC 3339 with the offset, "
												+ "2026-03-12T09:00:00+03:00)",
										MeetingJson::start),
								column("end", "When it ends, in the same form", MeetingJson::end),
								column("time_zone", "Its time zone (IANA)", MeetingJson::timeZone),
								column("status", "SCHEDULED, or CANCELLED by a facilitator", MeetingJson::status)),
						meetings),
				new Table<>("vision-paragraphs",
						"The newest version of the shared vision, paragraph by paragraph, with the stances taken.",
						List.of(column("key", "The paragraph's lasting key", ParagraphJson::key),
								column("number",
										"Its number as the site shows it (Paragraph 7); empty for a heading, which "
												+ "is not counted",
										ParagraphJson::number),
								column("position", "Its place in the version (from 1), headings counted",
										ParagraphJson::position),
								column("heading", "true for a heading", ParagraphJson::heading),
								column("html", "Its text (sanitized HTML)", ParagraphJson::html),
								column("agree",
										"Stances that agree, as counted: online and shown by hands in a room (once "
												+ "per person where the facilitator said so, else one voice)",
										(ParagraphJson p) -> p.stances().agree()),
								column("can_live_with", "Stances that can live with it, counted the same way",
										(ParagraphJson p) -> p.stances().canLiveWith()),
								column("disagree", "Stances that disagree, counted the same way",
										(ParagraphJson p) -> p.stances().disagree())),
						(vision != null) ? vision.paragraphs() : List.of()),
				new Table<>("resources", "The resource library.", List.of(column("id", "Identifier", ResourceJson::id),
						column("kind", "RESEARCH, PUBLICATION, BLOG, VIDEO, AUDIO, DATASET, LINK or PHOTO_STORY",
								ResourceJson::kind),
						column("title", "Its title", ResourceJson::title),
						column("summary", "Its summary", ResourceJson::summary),
						column("languages", "Its languages (ISO 639-1), separated by ';'",
								(ResourceJson r) -> String.join(";", r.languages())),
						column("authors", "Its authors", ResourceJson::authors),
						column("organisation", "The organisation behind it", ResourceJson::organisation),
						column("licence", "Its own licence, as given", ResourceJson::licence),
						column("published_on", "When it was published (ISO 8601), if known", ResourceJson::publishedOn),
						column("url", "Its address elsewhere, if any", ResourceJson::url),
						column("file", "The site path of its file, if any", ResourceJson::file),
						column("themes", "Its themes' codes, separated by ';'",
								(ResourceJson r) -> String.join(";", r.themes())),
						column("theme_labels", "Its themes' names (English), separated by ';'",
								(ResourceJson r) -> String.join(";", r.themeLabels()))),
						resources),
				new Table<>("map-actors", "The actors of the stakeholder map.", List
					.of(column("id", "Identifier", ActorJson::id), column("name", "Its name", ActorJson::name), column(
							"kind",
							"STAKEHOLDER_GROUP, GOVERNMENT, COMPANY, ASSOCIATION, CIVIL_SOCIETY, COMMUNITY or OTHER",
							ActorJson::kind), column("group", "Its stakeholder group's code, if any", ActorJson::group),
							column("region", "Its region", ActorJson::region),
							column("influence", "Its influence (0 to 5)", ActorJson::influence),
							column("goal", "What it wants", ActorJson::goal)),
						map.actors()),
				new Table<>("map-relations", "The agreed relations between actors.",
						List.of(column("id", "Identifier", RelationJson::id),
								column("from", "The actor it goes from", RelationJson::from),
								column("to", "The actor it goes to", RelationJson::to),
								column("type", "What kind of relation", RelationJson::type),
								column("strength", "How strong (1 to 3)", RelationJson::strength),
								column("status", "Its status", RelationJson::status),
								column("disputed_by", "Codes of the groups that dispute it, separated by ';'",
										(RelationJson r) -> String.join(";", r.disputedBy()))),
						map.relations()));

		Map<String, Object> json = new LinkedHashMap<>();
		json.put("dialogue", dialogue);
		json.put("challenges", challenges);
		json.put("meetings", meetings);
		json.put("vision", vision);
		json.put("map", map);
		json.put("resources", resources);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		// The ETag is the digest of the files' names and contents, not of the ZIP's
		// bytes,
		// which hold the time it was made: the same content keeps its ETag.
		MessageDigest digest = sha256();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			// The README says when it was made; its digest leaves that line out, so that
			// the same content made again keeps its ETag.
			entry(zip, digest, madeAt, "README.txt", readme(dialogue, madeAt).getBytes(StandardCharsets.UTF_8),
					readme(dialogue, null).getBytes(StandardCharsets.UTF_8));
			byte[] dictionary = dictionary(tables);
			entry(zip, digest, madeAt, "data-dictionary.csv", dictionary, dictionary);
			for (Table<?> table : tables) {
				byte[] csv = csv(table);
				entry(zip, digest, madeAt, table.file() + ".csv", csv, csv);
			}
			byte[] everything = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(json);
			entry(zip, digest, madeAt, "dialogue.json", everything, everything);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Archive(bytes.toByteArray(), '"' + HexFormat.of().formatHex(digest.digest()) + '"');
	}

	private ChallengeDetailJson withAllComments(String slug, long id) {
		ChallengeDetailJson first = this.reader.challenge(slug, null, id, null);
		List<CommentJson> all = new ArrayList<>(first.thread().items());
		String cursor = first.thread().next();
		while (cursor != null) {
			ListPage<CommentJson> older = this.reader.comments(slug, null, id, cursor);
			all.addAll(older.items());
			cursor = older.next();
		}
		return first.withThread(new ListPage<>(all, null));
	}

	private static void flatten(long challengeId, List<CommentJson> comments, List<CommentRow> rows) {
		for (CommentJson c : comments) {
			rows.add(new CommentRow(challengeId, c));
			flatten(challengeId, c.replies(), rows);
		}
	}

	private static <T> Column<T> column(String name, String description, Function<T, Object> value) {
		return new Column<>(name, description, value);
	}

	/**
	 * The README, in English only: the archive is made once a night for every visitor,
	 * whatever their language (the data dictionary and the column names are English too);
	 * {@code madeAt} null leaves out the line that says when it was made.
	 */
	private static String readme(DialogueJson dialogue, Instant madeAt) {
		return "Open data of the dialogue \"" + dialogue.title() + "\" (" + dialogue.slug() + ")\n\n"
				+ ((madeAt != null) ? "Generated at " + madeAt.truncatedTo(ChronoUnit.SECONDS) + " (UTC).\n" : "")
				+ "A snapshot made once a night: contributions posted since then are in the next one\n"
				+ "(hiding a contribution makes a new one at once). This README is in English only, as the\n"
				+ "archive is made once for every visitor, whatever their language.\n\n"
				+ "What a visitor of Common Ground sees of this public dialogue: one CSV file per table and\n"
				+ "dialogue.json with everything. data-dictionary.csv describes each column of each CSV file.\n"
				+ "Hidden, pending and deleted contributions are not included. Names are shown as on the site\n"
				+ "(pseudonyms stay pseudonyms); times are UTC (ISO 8601), meeting times are given as in the\n"
				+ "meeting's time zone, with its offset (2026-03-12T09:00:00+03:00) and the zone in time_zone;\n"
				+ "texts are sanitized HTML in the dialogue's original language.\n\n"
				+ "Cite the dialogue and Common Ground when you reuse the data; the site's operator sets the\n"
				+ "terms of reuse of contributions, and each resource keeps its own licence.\n";
	}

	private static byte[] dictionary(List<Table<?>> tables) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write(BOM);
		try (CSVPrinter csv = new CSVPrinter(writer,
				CSVFormat.RFC4180.builder().setHeader("file", "column", "description").get())) {
			for (Table<?> table : tables) {
				csv.printRecord(table.file() + ".csv", "", table.description());
				for (Column<?> column : table.columns()) {
					csv.printRecord(table.file() + ".csv", column.name(), column.description());
				}
			}
		}
		return out.toByteArray();
	}

	private static <T> byte[] csv(Table<T> table) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write(BOM);
		String[] header = table.columns().stream().map(Column::name).toArray(String[]::new);
		try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header).get())) {
			for (T row : table.rows()) {
				List<String> cells = new ArrayList<>();
				for (Column<T> column : table.columns()) {
					Object value = column.value().apply(row);
					cells.add((value != null) ? SpreadsheetCells.safe(value.toString()) : "");
				}
				csv.printRecord(cells);
			}
		}
		return out.toByteArray();
	}

	private static void entry(ZipOutputStream zip, MessageDigest digest, Instant madeAt, String name, byte[] content,
			byte[] digested) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		// Dated when the archive was made, not 1970.
		entry.setTime(madeAt.toEpochMilli());
		zip.putNextEntry(entry);
		zip.write(content);
		zip.closeEntry();
		byte[] encodedName = name.getBytes(StandardCharsets.UTF_8);
		digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(encodedName.length).array());
		digest.update(encodedName);
		digest.update(ByteBuffer.allocate(Long.BYTES).putLong(digested.length).array());
		digest.update(digested);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
