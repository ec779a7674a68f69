package org.commonground.resource;

/**
 * A resource's texts in one language: as written, or a translation.
 *
 * @param bodyHtml a blog post's article, sanitized by MarkdownRenderer when it was saved
 * @param translatedBy who translated it (their name as the dialogue shows it), or
 * {@code null} for the original
 */
public record ResourceText(String language, String title, String summary, String bodyHtml, String transcript,
		String imageAlt, String translatedBy) {

	/** Whether this is a translation rather than the original. */
	public boolean translation() {
		return this.translatedBy != null;
	}

}
