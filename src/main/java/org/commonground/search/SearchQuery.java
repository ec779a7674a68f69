package org.commonground.search;

import java.time.LocalDate;

/**
 * One search: the words and the optional filters ({@code null} or blank for none).
 *
 * @param text the words as typed
 * @param dialogue a dialogue's slug
 * @param kind what to find
 * @param group a stakeholder group's code (the author's, or a map actor's)
 * @param language the language the text is written in
 * @param from first day written (inclusive)
 * @param to last day written (inclusive)
 * @param page the page, from 0
 */
public record SearchQuery(String text, String dialogue, SearchKind kind, String group, String language, LocalDate from,
		LocalDate to, int page) {

	/** Shorter queries are refused with a message. */
	public static final int MIN_LENGTH = 2;

	public static final int MAX_LENGTH = 200;

	public String trimmed() {
		return (this.text != null) ? this.text.strip() : "";
	}

	/**
	 * Whether the query asks for nothing: no letter or digit in it (blank, or only
	 * punctuation such as {@code (((} or quotation marks).
	 */
	public boolean empty() {
		return trimmed().codePoints().noneMatch(Character::isLetterOrDigit);
	}

	public boolean tooShort() {
		return !empty() && trimmed().codePointCount(0, trimmed().length()) < MIN_LENGTH;
	}

}
