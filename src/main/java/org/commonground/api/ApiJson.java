package org.commonground.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.commonground.challenge.ChallengeStatus;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.Visibility;
import org.commonground.map.ActorKind;
import org.commonground.map.RelationStatus;
import org.commonground.map.RelationType;
import org.commonground.meeting.MeetingKind;
import org.commonground.resource.ResourceKind;
import org.commonground.vision.Disposition;

/**
 * The API's answers: plain records that Jackson writes as they are and springdoc
 * documents. Every property is always written (the OpenAPI document lists them all as
 * required); the few that may be {@code null} say so in their type ({@code "null"} among
 * the types, OpenAPI 3.1), and codes name their enum. Every list comes in a
 * {@link ListPage} with the link to the next page.
 */
public final class ApiJson {

	private ApiJson() {
	}

	/**
	 * One page of a list; {@code next} is the link to the next page, null on the last.
	 */
	public record ListPage<T>(List<T> items, @Schema(types = {
			"string", "null" }, description = "The link to the next page; null on the last page") String next){
	}

	public record DialogueJson(String slug, String title, String summary,
			@Schema(implementation = DialogueStatus.class) String status,
			@Schema(implementation = Visibility.class) String visibility, @Schema(types = {
					"string", "null" }, description = "ISO 3166 country code") String country,
			@Schema(types = { "string", "null" }) String location,
			@Schema(types = { "string", "null" }, format = "date") LocalDate startDate,
			@Schema(types = { "string", "null" }, format = "date") LocalDate endDate, String originalLanguage,
			List<String> languages, Instant createdAt){
	}

	public record ChallengeJson(long id, String title, @Schema(implementation = ChallengeStatus.class) String status,
			@Schema(description = "Its themes' codes") List<String> themes,
			@Schema(description = "Its themes' names (English), in the order of themes") List<String> themeLabels,
			String author, @Schema(types = {
					"string", "null" },
					description = "The code of the author's stakeholder group (as in the vision's byGroup and the "
							+ "map); null where withheld") String authorGroup,
			@Schema(types = { "string", "null" },
					description = "The name of the author's stakeholder group (English); null where withheld") String authorGroupLabel,
			int endorsements, @Schema(description = "Its visible comments, replies included") int comments,
			Instant createdAt){
	}

	public record ChallengeDetailJson(long id, String title,
			@Schema(implementation = ChallengeStatus.class) String status, String bodyHtml,
			@Schema(description = "Its themes' codes") List<String> themes,
			@Schema(description = "Its themes' names (English), in the order of themes") List<String> themeLabels,
			String author, @Schema(types = {
					"string", "null" },
					description = "The code of the author's stakeholder group (as in the vision's byGroup and the "
							+ "map); null where withheld") String authorGroup,
			@Schema(types = { "string", "null" },
					description = "The name of the author's stakeholder group (English); null where withheld") String authorGroupLabel,
			int endorsements, @Schema(description = "Its visible comments, replies included") int comments,
			Instant createdAt,
			@Schema(description = "The facilitators' response; null until they respond") ResponseJson response,
			ListPage<CommentJson> thread){

		/** The same challenge with another page of its thread. */
		public ChallengeDetailJson withThread(ListPage<CommentJson> other) {
			return new ChallengeDetailJson(this.id, this.title, this.status, this.bodyHtml, this.themes,
					this.themeLabels, this.author, this.authorGroup, this.authorGroupLabel, this.endorsements,
					this.comments, this.createdAt, this.response, other);
		}
	}

	/** The facilitators' response to a challenge. */
	public record ResponseJson(String html, @Schema(types = {
			"string", "null" }) String responder, Instant respondedAt){
	}

	public record CommentJson(long id, @Schema(types = {
			"integer", "null" }, format = "int64",
			description = "The comment it replies to; null for a top-level comment") Long parentId, String html,
			String author,
			@Schema(types = { "string", "null" },
					description = "The code of the author's stakeholder group; null where withheld") String authorGroup,
			@Schema(types = { "string", "null" },
					description = "The name of the author's stakeholder group (English); null where withheld") String authorGroupLabel,
			Instant createdAt,
			@Schema(types = { "string", "null" }, format = "date-time",
					description = "When it was last edited; null if never") Instant editedAt,
			List<CommentJson> replies){
	}

	/**
	 * A meeting; {@code start} and {@code end} are RFC 3339 times with the offset they
	 * have in the meeting's {@code timeZone} (an IANA zone id); {@code status} says
	 * whether it was cancelled.
	 */
	public record MeetingJson(long id, @Schema(implementation = MeetingKind.class) String kind, String title,
			String place,
			@Schema(format = "date-time", example = "2026-03-12T09:00:00+03:00",
					description = "When it starts, with the offset of its time zone") String start,
			@Schema(format = "date-time", example = "2026-03-12T17:00:00+03:00",
					description = "When it ends, with the offset of its time zone") String end,
			@Schema(example = "Africa/Dar_es_Salaam", description = "Its time zone (IANA)") String timeZone,
			List<String> languages, String descriptionHtml, @Schema(allowableValues = {
					"SCHEDULED", "CANCELLED" },
					description = "SCHEDULED, or CANCELLED by a facilitator (it stays listed)") String status){
	}

	/**
	 * A version of the vision; {@code dispositions} are the facilitators' answers to
	 * visible comments on the vision, the same whatever the version asked for.
	 */
	public record VisionJson(int number, String changeSummary, Instant publishedAt, List<Integer> versions,
			List<ParagraphJson> paragraphs, List<DispositionJson> dispositions) {
	}

	/**
	 * A paragraph with all stances, the stances by stakeholder group and the verdict.
	 * {@code number} is the paragraph's number as the site shows it ("Paragraph 7":
	 * headings are not counted); {@code position} is its place in the version with
	 * headings counted (from 1), as before.
	 */
	public record ParagraphJson(String key, @Schema(types = {
			"integer", "null" }, format = "int32",
			description = "Its number as the site shows it (\"Paragraph 7\"), headings not counted; "
					+ "null for a heading") Integer number,
			@Schema(description = "Its place in the version, from 1, headings counted (a heading first makes "
					+ "the site's paragraph 1 position 2)") int position,
			@Schema(description = "Whether it is a heading (no number, no stances)") boolean heading, String html,
			@Schema(description = "The stances as counted, the sum of byGroup: taken online and shown by hands in a "
					+ "room (once per person where the facilitator said so, else one voice for their most common "
					+ "stance), as the common-ground view counts them") StancesJson stances,
			@Schema(description = "The people who showed their hands in a room, all groups together (part of "
					+ "stances as counted); zeros where none") StancesJson room,
			@Schema(allowableValues = { "COMMON_GROUND", "CONTESTED", "MIXED", "NO_STANCES" },
					description = "Its verdict; NO_STANCES for a heading, on which no stance is taken") String verdict,
			List<GroupStancesJson> byGroup){
	}

	public record GroupStancesJson(String group, long agree, long canLiveWith, long disagree) {
	}

	/**
	 * What became of a comment on the draft: the same answers as the site's "you said, we
	 * did" page, on any version.
	 */
	public record DispositionJson(long commentId, @Schema(
			description = "The key of the paragraph it is on; empty for a comment on a version as a whole") String paragraphKey,
			@Schema(types = {
					"integer", "null" }, format = "int32",
					description = "The paragraph's number in the newest version as the site shows it; null on a "
							+ "version as a whole or a paragraph no longer in the vision") Integer paragraphNumber,
			@Schema(allowableValues = { "PARAGRAPH", "WHOLE_VERSION", "REMOVED_PARAGRAPH" },
					description = "What it is on: a paragraph of the newest version, a version as a whole, or a "
							+ "paragraph no longer in the vision (the site's sections)") String on,
			@Schema(implementation = Disposition.class) String disposition, String reason,
			@Schema(types = { "integer", "null" }, format = "int32",
					description = "The version the comment landed in; null if none") Integer landedVersion){
	}

	/** A resource of the library; {@code file} is the site path of its file, if any. */
	public record ResourceJson(long id, @Schema(implementation = ResourceKind.class) String kind, String title,
			String summary, List<String> languages, String authors, String organisation, String licence,
			@Schema(types = {
					"string", "null" }, format = "date") LocalDate publishedOn,
			@Schema(types = { "string", "null" }, description = "Its address elsewhere; null if none") String url,
			@Schema(types = { "string", "null" },
					description = "The site path of its uploaded file; null if none") String file,
			@Schema(description = "Its themes' codes") List<String> themes,
			@Schema(description = "Its themes' names (English), in the order of themes") List<String> themeLabels,
			Instant createdAt){
	}

	public record StancesJson(long agree, long canLiveWith, long disagree) {
	}

	public record MapJson(List<ActorJson> actors, List<RelationJson> relations) {
	}

	public record ActorJson(long id, String name, @Schema(implementation = ActorKind.class) String kind,
			@Schema(types = {
					"string", "null" },
					description = "The stakeholder group's code of a group actor; null for others") String group,
			String region, int influence, String goal, List<String> tags){
	}

	public record RelationJson(long id, long from, long to, @Schema(implementation = RelationType.class) String type,
			int strength, @Schema(implementation = RelationStatus.class) String status, List<String> disputedBy,
			@Schema(description = "What shows the relation; null if nothing is cited") EvidenceJson evidence) {
	}

	/** A challenge, meeting or resource of the dialogue that shows a relation. */
	public record EvidenceJson(@Schema(allowableValues = {
			"CHALLENGE", "MEETING", "RESOURCE" }) String kind, long id, String title){
	}

	/** An error: a short code and the HTTP status. */
	public record ErrorJson(@Schema(description = "The HTTP status") int status, @Schema(allowableValues = {
			"bad_request", "unauthorized", "not_found", "method_not_allowed", "too_many_requests" }) String error){
	}

}
