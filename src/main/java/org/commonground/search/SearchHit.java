package org.commonground.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.commonground.shared.web.SupportedLanguages;

/**
 * One result.
 *
 * @param snippetHtml the matching passage, HTML-escaped with the matched words in
 * {@code <mark>} (built by {@link Snippets})
 * @param path the item's address, from the site root (a translation's leads to its
 * original, in that language where the page can show it)
 * @param language the language the title and snippet are written in
 * @param translation whether they are a translation of the item's original
 * @param dialogueLanguage the language of {@code dialogueTitle}, {@code null} when
 * unknown
 * @param onTitle for a comment, the title of what it is on (a challenge, a resource),
 * else {@code null}
 * @param onLanguage the language of {@code onTitle}
 */
public record SearchHit(SearchKind kind, String dialogueSlug, String dialogueTitle, String dialogueLanguage,
		String title, String snippetHtml, String path, String language, boolean translation, Instant createdAt,
		String onTitle, String onLanguage) {

	/** The same result, naming its dialogue so, in that language. */
	public SearchHit inDialogueTitled(String title, String language) {
		return new SearchHit(this.kind, this.dialogueSlug, title, language, this.title, this.snippetHtml, this.path,
				this.language, this.translation, this.createdAt, this.onTitle, this.onLanguage);
	}

	/** Whether the hit is a comment named by what it is on. */
	public boolean commentOn() {
		return this.kind == SearchKind.COMMENT && this.onTitle != null && !this.onTitle.isBlank();
	}

	/** The name of the text's language, in that language. */
	public String languageName() {
		return SupportedLanguages.nativeName(this.language);
	}

	/** The day it was written (UTC). */
	public LocalDate day() {
		return LocalDate.ofInstant(this.createdAt, ZoneOffset.UTC);
	}

}
