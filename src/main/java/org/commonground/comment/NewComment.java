package org.commonground.comment;

/**
 * A comment to post.
 *
 * @param body Markdown text
 * @param parentId the comment replied to, or {@code null}
 * @param formToken the token of the form it came from; a second post with the same token
 * by the same author is the same comment. {@code null} when the client sent none.
 * @param language the language it is written in (one of the five), or {@code null} for
 * the author's interface language
 */
public record NewComment(String body, Long parentId, String formToken, String language) {

	/** A comment in its author's interface language. */
	public NewComment(String body, Long parentId, String formToken) {
		this(body, parentId, formToken, null);
	}

}
