package org.commonground.comment;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.UriUtils;

/**
 * The thing a comment is about.
 *
 * @param type the kind of thing, as named by its {@link CommentTargets}
 * @param id its id
 * @param anchor a part of it, such as a paragraph key; empty for the whole
 * @param version the version of it that was read, for things that have versions; else
 * {@code null}
 */
public record CommentTarget(String type, long id, String anchor, Integer version) {

	public CommentTarget {
		anchor = (anchor != null) ? anchor : "";
	}

	/**
	 * The comment module's posting route for a new comment on this target, with the
	 * target in the query: where the published per-target routes (such as {@code POST
	 * /dialogues/{slug}/challenges/{id}/comments}) send a post on with a 307 redirect,
	 * which keeps the method and the body.
	 */
	public String postingPath(String slug) {
		StringBuilder path = new StringBuilder("/dialogues/")
			.append(UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8))
			.append("/comments?targetType=")
			.append(this.type)
			.append("&targetId=")
			.append(this.id);
		if (this.version != null) {
			path.append("&targetVersion=").append(this.version);
		}
		return path.toString();
	}

	/** A whole thing without versions, such as a challenge. */
	public static CommentTarget of(String type, long id) {
		return new CommentTarget(type, id, "", null);
	}

}
