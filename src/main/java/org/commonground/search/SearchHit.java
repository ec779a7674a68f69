package org.commonground.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * One result.
 *
 * @param snippetHtml the matching passage, HTML-escaped with the matched words in
 * {@code <mark>} (built by {@link Snippets})
 * @param path the item's address, from the site root
 */
public record SearchHit(SearchKind kind, String dialogueSlug, String dialogueTitle, String title, String snippetHtml,
		String path, String language, Instant createdAt) {

	/** The day it was written (UTC). */
	public LocalDate day() {
		return LocalDate.ofInstant(this.createdAt, ZoneOffset.UTC);
	}

}
