package org.commonground.export;

import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.commonground.dialogue.Dialogue;
import org.commonground.dialogue.Representation;
import org.commonground.moderation.PublicLog;
import org.commonground.vision.CommonGround;
import org.commonground.vision.ParagraphTranslation;
import org.commonground.vision.StanceCounts;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes the whole dialogue as one JSON document (structure in {@code docs/exports.md}),
 * token by token: challenges with their comment trees and the draft comments come from a
 * cursor in tree order, so memory does not grow with the number of comments.
 */
final class JsonSummaryWriter implements AutoCloseable {

	private static final JsonFactory FACTORY = JsonFactory.builder().build();

	private final JsonGenerator json;

	/** Comment objects open at depths 0, 1, 2 (each with an open "replies" array). */
	private int openComments;

	private boolean challengeOpen;

	private long challengeId;

	JsonSummaryWriter(OutputStream out) {
		this.json = FACTORY.createGenerator(out);
	}

	void start(Dialogue dialogue, ExportOptions options, Instant exportedAt) {
		this.json.writeStartObject();
		this.json.writeStringProperty("format", "common-ground/dialogue-summary");
		this.json.writeNumberProperty("formatVersion", 1);
		this.json.writeStringProperty("exportedAt", time(exportedAt));
		this.json.writeObjectPropertyStart("options");
		this.json.writeBooleanProperty("identities", options.identities());
		this.json.writeBooleanProperty("hiddenIncluded", options.includeHidden());
		string("from", (options.from() != null) ? options.from().toString() : null);
		string("to", (options.to() != null) ? options.to().toString() : null);
		// The zone the days of from and to are counted in.
		this.json.writeStringProperty("timeZone", dialogue.getTimeZone().getId());
		this.json.writeEndObject();
		this.json.writeObjectPropertyStart("dialogue");
		this.json.writeStringProperty("slug", dialogue.getSlug());
		this.json.writeStringProperty("title", dialogue.getTitle());
		string("summary", dialogue.getSummary());
		this.json.writeStringProperty("status", dialogue.getStatus().name());
		this.json.writeStringProperty("visibility", dialogue.getVisibility().name());
		this.json.writeStringProperty("originalLanguage", dialogue.getOriginalLanguage());
		this.json.writeArrayPropertyStart("languages");
		dialogue.getLanguages().forEach(this.json::writeString);
		this.json.writeEndArray();
		// Facilitators' translations of the title and summary, by language.
		this.json.writeObjectPropertyStart("translations");
		for (String language : dialogue.getLanguages()) {
			dialogue.translation(language).ifPresent((text) -> {
				this.json.writeObjectPropertyStart(language);
				this.json.writeStringProperty("title", text.getTitle());
				this.json.writeStringProperty("summary", text.getSummary());
				this.json.writeEndObject();
			});
		}
		this.json.writeEndObject();
		this.json.writeEndObject();
	}

	void representation(Representation representation) {
		this.json.writeArrayPropertyStart("representation");
		for (Representation.Row row : representation.rows()) {
			this.json.writeStartObject();
			this.json.writeStringProperty("group", row.code());
			this.json.writeStringProperty("label", row.label());
			this.json.writeBooleanProperty("expected", row.expected());
			this.json.writeNumberProperty("members", row.members());
			for (int i = 0; i < representation.kinds().size(); i++) {
				this.json.writeNumberProperty(representation.kinds().get(i), row.byKind().get(i));
			}
			this.json.writeEndObject();
		}
		this.json.writeEndArray();
	}

	void startChallenges() {
		this.json.writeArrayPropertyStart("challenges");
	}

	/** A challenge or a challenge comment, in tree order. */
	void challengeRow(ContributionRow row) {
		if (row.type().equals("CHALLENGE")) {
			closeChallenge();
			this.json.writeStartObject();
			this.json.writeNumberProperty("id", row.id());
			this.json.writeStringProperty("title", row.title());
			contributionFields(row);
			this.json.writeStringProperty("status", row.status());
			if (row.mergedInto() != null) {
				this.json.writeNumberProperty("mergedInto", row.mergedInto());
			}
			else {
				this.json.writeNullProperty("mergedInto");
			}
			this.json.writeStringProperty("visibility", row.visibility());
			this.json.writeNumberProperty("endorsements", (row.endorsements() != null) ? row.endorsements() : 0);
			this.json.writeArrayPropertyStart("comments");
			this.challengeOpen = true;
			this.challengeId = row.id();
		}
		else {
			if (!this.challengeOpen || row.challengeId() == null || this.challengeId != row.challengeId()) {
				// Comments whose challenge was raised outside the date range.
				closeChallenge();
				this.json.writeStartObject();
				this.json.writeNumberProperty("id", (row.challengeId() != null) ? row.challengeId() : 0);
				this.json.writeBooleanProperty("outsideRange", true);
				this.json.writeArrayPropertyStart("comments");
				this.challengeOpen = true;
				this.challengeId = (row.challengeId() != null) ? row.challengeId() : 0;
			}
			comment(row);
		}
	}

	void endChallenges() {
		closeChallenge();
		this.json.writeEndArray();
	}

	void startVision() {
		this.json.writeObjectPropertyStart("vision");
		this.json.writeArrayPropertyStart("versions");
	}

	/** A published version with its paragraphs and the stances on each by group. */
	void version(CommonGround version) {
		this.json.writeStartObject();
		this.json.writeNumberProperty("number", version.version().getNumber());
		this.json.writeStringProperty("publishedAt", time(version.version().getPublishedAt()));
		this.json.writeStringProperty("changeSummary", version.version().getChangeSummary());
		this.json.writeArrayPropertyStart("paragraphs");
		for (CommonGround.Row row : version.rows()) {
			this.json.writeStartObject();
			this.json.writeStringProperty("key", row.paragraph().getKey());
			this.json.writeNumberProperty("position", row.paragraph().getPosition());
			this.json.writeBooleanProperty("heading", row.paragraph().isHeading());
			this.json.writeStringProperty("text", row.paragraph().getSource());
			this.json.writeObjectPropertyStart("translations");
			for (ParagraphTranslation translation : row.paragraph().getTranslations().values()) {
				this.json.writeObjectPropertyStart(translation.language());
				this.json.writeStringProperty("text", translation.source());
				this.json.writeBooleanProperty("outOfDate", translation.outOfDate());
				this.json.writeEndObject();
			}
			this.json.writeEndObject();
			this.json.writeStringProperty("change", row.paragraph().getChange().name());
			this.json.writeStringProperty("verdict", row.verdict().name());
			this.json.writeObjectPropertyStart("stancesByGroup");
			List<CommonGround.Column> groups = version.groups();
			for (int i = 0; i < groups.size(); i++) {
				StanceCounts counts = row.cells().get(i);
				if (counts.total() == 0) {
					continue;
				}
				counts(groups.get(i).code(), counts);
			}
			this.json.writeEndObject();
			// Shows of hands in a room, as people (not weighted): where none, an empty
			// object.
			this.json.writeObjectPropertyStart("roomByGroup");
			for (int i = 0; i < groups.size() && i < row.room().size(); i++) {
				if (row.room().get(i).total() > 0) {
					counts(groups.get(i).code(), row.room().get(i));
				}
			}
			this.json.writeEndObject();
			this.json.writeEndObject();
		}
		this.json.writeEndArray();
		this.json.writeEndObject();
	}

	private void counts(String group, StanceCounts counts) {
		this.json.writeObjectPropertyStart(group);
		this.json.writeNumberProperty("agree", counts.agree());
		this.json.writeNumberProperty("canLiveWith", counts.canLiveWith());
		this.json.writeNumberProperty("disagree", counts.disagree());
		this.json.writeEndObject();
	}

	void startVisionComments() {
		this.json.writeEndArray();
		this.json.writeArrayPropertyStart("comments");
	}

	/** A draft comment in tree order. */
	void visionRow(ContributionRow row) {
		comment(row);
	}

	void endVision() {
		closeComments(0);
		this.json.writeEndArray();
		this.json.writeEndObject();
	}

	/** A property whose value is a tree of maps, lists, strings, numbers and booleans. */
	void value(String name, Object value) {
		this.json.writeName(name);
		tree(value);
	}

	private void tree(Object value) {
		if (value == null) {
			this.json.writeNull();
		}
		else if (value instanceof java.util.Map<?, ?> map) {
			this.json.writeStartObject();
			for (java.util.Map.Entry<?, ?> entry : map.entrySet()) {
				this.json.writeName(String.valueOf(entry.getKey()));
				tree(entry.getValue());
			}
			this.json.writeEndObject();
		}
		else if (value instanceof Iterable<?> items) {
			this.json.writeStartArray();
			for (Object item : items) {
				tree(item);
			}
			this.json.writeEndArray();
		}
		else if (value instanceof Boolean flag) {
			this.json.writeBoolean(flag);
		}
		else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
			this.json.writeNumber(((Number) value).longValue());
		}
		else if (value instanceof Number number) {
			this.json.writeNumber(number.doubleValue());
		}
		else {
			this.json.writeString(String.valueOf(value));
		}
	}

	void moderationLog(List<PublicLog.PublicLogEntry> entries) {
		this.json.writeArrayPropertyStart("moderationLog");
		for (PublicLog.PublicLogEntry entry : entries) {
			this.json.writeStartObject();
			this.json.writeStringProperty("at", time(entry.at()));
			this.json.writeStringProperty("action", entry.action());
			string("contentType", entry.contentType());
			string("reason", entry.reason());
			this.json.writeEndObject();
		}
		this.json.writeEndArray();
	}

	private void comment(ContributionRow row) {
		// Close the comments at this depth and deeper; a reply whose parent is outside
		// the date range lands where the open tree allows.
		closeComments(Math.min(row.depth(), this.openComments));
		this.json.writeStartObject();
		this.json.writeNumberProperty("id", row.id());
		if (row.parentId() != null) {
			this.json.writeNumberProperty("parentId", row.parentId());
		}
		if (row.version() != null) {
			this.json.writeNumberProperty("version", row.version());
			string("paragraphKey", row.paragraphKey());
		}
		contributionFields(row);
		this.json.writeStringProperty("status", row.status());
		if (row.disposition() != null) {
			this.json.writeStringProperty("disposition", row.disposition());
			this.json.writeStringProperty("dispositionReason", row.dispositionReason());
			// The version it landed in, as the API's landedVersion: null if none.
			if (row.landedVersion() != null) {
				this.json.writeNumberProperty("landedVersion", row.landedVersion());
			}
			else {
				this.json.writeNullProperty("landedVersion");
			}
		}
		this.json.writeArrayPropertyStart("replies");
		this.openComments++;
	}

	private void contributionFields(ContributionRow row) {
		this.json.writeStringProperty("createdAt", time(row.createdAt()));
		this.json.writeStringProperty("authorGroup", row.authorGroupCode());
		this.json.writeStringProperty("author", row.author());
		string("text", row.text());
		this.json.writeStringProperty("language", row.language());
		ContributionRow.Translation translation = row.translation();
		if (translation != null) {
			this.json.writeObjectPropertyStart("translation");
			this.json.writeStringProperty("language", translation.language());
			if ("CHALLENGE".equals(row.type())) {
				string("title", translation.title());
			}
			string("text", translation.text());
			this.json.writeBooleanProperty("outOfDate", translation.outOfDate());
			this.json.writeEndObject();
		}
		ContributionRow.Recorded recorded = row.recorded();
		if (recorded == null) {
			this.json.writeNullProperty("recorded");
			return;
		}
		this.json.writeObjectPropertyStart("recorded");
		string("meeting", recorded.meeting());
		string("channel", recorded.channel());
		this.json.writeNumberProperty("people", recorded.people());
		this.json.writeBooleanProperty("weighted", recorded.weighted());
		this.json.writeStringProperty("on", recorded.on().toString());
		this.json.writeBooleanProperty("checked", recorded.checked());
		this.json.writeEndObject();
	}

	private void closeComments(int depth) {
		while (this.openComments > depth) {
			this.json.writeEndArray();
			this.json.writeEndObject();
			this.openComments--;
		}
	}

	private void closeChallenge() {
		if (this.challengeOpen) {
			closeComments(0);
			this.json.writeEndArray();
			this.json.writeEndObject();
			this.challengeOpen = false;
		}
	}

	private void string(String name, String value) {
		if (value == null) {
			this.json.writeNullProperty(name);
		}
		else {
			this.json.writeStringProperty(name, value);
		}
	}

	private static String time(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant);
	}

	@Override
	public void close() {
		this.json.writeEndObject();
		this.json.close();
	}

}
