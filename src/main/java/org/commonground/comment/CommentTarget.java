package org.commonground.comment;

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

	/** A whole thing without versions, such as a challenge. */
	public static CommentTarget of(String type, long id) {
		return new CommentTarget(type, id, "", null);
	}

}
