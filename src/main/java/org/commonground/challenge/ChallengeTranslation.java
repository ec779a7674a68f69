package org.commonground.challenge;

/**
 * A translation of a challenge and of the response to it, shown below the originals.
 * Parts not translated are {@code ""}.
 *
 * @param bodyHtml the text, sanitized by MarkdownRenderer when saved
 * @param responseHtml the response, sanitized by MarkdownRenderer when saved
 * @param translator the name of who made it
 * @param responseOutOfDate the response was rewritten since it was translated: this is
 * the translation of an earlier wording
 */
public record ChallengeTranslation(String language, String title, String bodyHtml, String responseHtml,
		String translator, boolean responseOutOfDate) {

	public boolean hasText() {
		return !this.title.isEmpty() || !this.bodyHtml.isEmpty();
	}

	public boolean hasResponse() {
		return !this.responseHtml.isEmpty();
	}

}
