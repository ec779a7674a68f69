package org.commonground.challenge;

import java.util.List;

/**
 * What an author writes: title, Markdown body and theme codes.
 *
 * @param formToken the token of the form it came from; a second post with the same token
 * by the same author is the same challenge; {@code null} when the client sent none
 * @param language the language it is written in (one of the five), or {@code null} for
 * the author's interface language
 */
public record ChallengeText(String title, String body, List<String> themes, String formToken, String language) {

	public ChallengeText {
		themes = (themes != null) ? List.copyOf(themes) : List.of();
	}

	/** A text in its author's interface language. */
	public ChallengeText(String title, String body, List<String> themes, String formToken) {
		this(title, body, themes, formToken, null);
	}

}
