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
			List<String> themes, String author, @Schema(types = {
					"string", "null" },
					description = "The author's stakeholder group; null where withheld") String authorGroup,
			int endorsements, @Schema(description = "Its visible comments, replies included") int comments,
			Instant createdAt){
	}

	public record ChallengeDetailJson(long id, String title,
			@Schema(implementation = ChallengeStatus.class) String status, String bodyHtml, List<String> themes,
			String author, @Schema(types = {
					"string", "null" },
					description = "The author's stakeholder group; null where withheld") String authorGroup,
			int endorsements, @Schema(description = "Its visible comments, replies included") int comments,
			Instant createdAt,
			@Schema(description = "The facilitators' response; null until they respond") ResponseJson response,
			ListPage<CommentJson> thread){
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
					description = "The author's stakeholder group; null where withheld") String authorGroup,
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
	 * comments on its draft (visible comments only).
	 */
	public record VisionJson(int number, String changeSummary, Instant publishedAt, List<Integer> versions,
			List<ParagraphJson> paragraphs, List<DispositionJson> dispositions) {
	}

	/** A paragraph with all stances, the stances by stakeholder group and the verdict. */
	public record ParagraphJson(String key, int position, String html, StancesJson stances, @Schema(types = {
			"string", "null" }, allowableValues = { "COMMON_GROUND", "CONTESTED", "MIXED", "NO_STANCES" },
			description = "Its verdict; null for a heading") String verdict, List<GroupStancesJson> byGroup){
	}

	public record GroupStancesJson(String group, long agree, long canLiveWith, long disagree) {
	}

	/** What became of a comment on the draft. */
	public record DispositionJson(long commentId, String paragraphKey,
			@Schema(implementation = Disposition.class) String disposition, String reason, @Schema(types = {
					"integer", "null" }, format = "int32",
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
			List<String> themes, Instant createdAt){
	}

	public record StancesJson(long agree, long canLiveWith, long disagree) {
	}

	public record MapJson(List<ActorJson> actors, List<RelationJson> relations) {
	}

	public record ActorJson(long id, String name, @Schema(implementation = ActorKind.class) String kind,
			@Schema(types = {
					"string", "null" },
					description = "The stakeholder group's code of a group actor; null for others") String group,
			String region, int influence, String goal){
	}

	public record RelationJson(long id, long from, long to, @Schema(implementation = RelationType.class) String type,
			int strength, @Schema(implementation = RelationStatus.class) String status, List<String> disputedBy) {
	}

	/** An error: a short code and the HTTP status. */
	public record ErrorJson(@Schema(description = "The HTTP status") int status, @Schema(allowableValues = {
			"bad_request", "unauthorized", "not_found", "method_not_allowed", "too_many_requests" }) String error){
	}

}
