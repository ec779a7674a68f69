package org.commonground.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The API's answers: plain records that Jackson writes as they are and springdoc
 * documents. Every list comes in a {@link ListPage} with the link to the next page.
 */
public final class ApiJson {

	private ApiJson() {
	}

	/**
	 * One page of a list; {@code next} is the link to the next page, null on the last.
	 */
	public record ListPage<T>(List<T> items, String next) {
	}

	public record DialogueJson(String slug, String title, String summary, String status, String visibility,
			String country, String location, LocalDate startDate, LocalDate endDate, String originalLanguage,
			List<String> languages, Instant createdAt) {
	}

	public record ChallengeJson(long id, String title, String status, List<String> themes, String author,
			String authorGroup, int endorsements, int comments, Instant createdAt) {
	}

	public record ChallengeDetailJson(long id, String title, String status, String bodyHtml, List<String> themes,
			String author, String authorGroup, int endorsements, int comments, Instant createdAt, ResponseJson response,
			ListPage<CommentJson> thread) {
	}

	/** The facilitators' response to a challenge. */
	public record ResponseJson(String html, String responder, Instant respondedAt) {
	}

	public record CommentJson(long id, Long parentId, String html, String author, String authorGroup, Instant createdAt,
			Instant editedAt, List<CommentJson> replies) {
	}

	public record MeetingJson(long id, String kind, String title, String place, String start, String end,
			String timeZone, List<String> languages, String descriptionHtml) {
	}

	/**
	 * A version of the vision; {@code dispositions} are the facilitators' answers to
	 * comments on its draft (visible comments only).
	 */
	public record VisionJson(int number, String changeSummary, Instant publishedAt, List<Integer> versions,
			List<ParagraphJson> paragraphs, List<DispositionJson> dispositions) {
	}

	/** A paragraph with all stances, the stances by stakeholder group and the verdict. */
	public record ParagraphJson(String key, int position, String html, StancesJson stances, String verdict,
			List<GroupStancesJson> byGroup) {
	}

	public record GroupStancesJson(String group, long agree, long canLiveWith, long disagree) {
	}

	/** What became of a comment on the draft. */
	public record DispositionJson(long commentId, String paragraphKey, String disposition, String reason,
			Integer landedVersion) {
	}

	/** A resource of the library; {@code file} is the site path of its file, if any. */
	public record ResourceJson(long id, String kind, String title, String summary, List<String> languages,
			String authors, String organisation, String licence, LocalDate publishedOn, String url, String file,
			List<String> themes, Instant createdAt) {
	}

	public record StancesJson(long agree, long canLiveWith, long disagree) {
	}

	public record MapJson(List<ActorJson> actors, List<RelationJson> relations) {
	}

	public record ActorJson(long id, String name, String kind, String group, String region, int influence,
			String goal) {
	}

	public record RelationJson(long id, long from, long to, String type, int strength, String status,
			List<String> disputedBy) {
	}

	/** An error: a short code and the HTTP status. */
	public record ErrorJson(int status, String error) {
	}

}
