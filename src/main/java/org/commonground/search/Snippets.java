package org.commonground.search;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * Turns the output of {@code ts_headline}, which is user text with the matched words
 * between two unlikely marker strings, into safe HTML: every character of the text is
 * escaped first, then only the markers become {@code <mark>} and {@code </mark>}.
 */
final class Snippets {

	/** Given to ts_headline as StartSel; contains nothing HTML escaping changes. */
	static final String START = "\u27E6cg-mark\u27E7";

	static final String STOP = "\u27E6/cg-mark\u27E7";

	private static final int PLAIN_LENGTH = 240;

	/** How much of a text's start tells whether a snippet begins there. */
	static final int START_COMPARED = 200;

	/** Marks a snippet that begins after its text's start (words left out before it). */
	private static final String CUT = "\u2026";

	private Snippets() {
	}

	/**
	 * The snippet as HTML: escaped text, markers turned into balanced {@code <mark>}
	 * elements. A snippet without markers (a trigram match, which ts_headline cannot see)
	 * gets marks around the words that begin like one of the query's words.
	 */
	static String toHtml(String headline, String query) {
		return toHtml(headline, query, null);
	}

	/**
	 * As {@link #toHtml(String, String)}, and "…" before a snippet that does not begin
	 * where its text does ({@code textStart}: the text's first characters; {@code null}
	 * when unknown), so that a cut sentence is seen as cut.
	 */
	static String toHtml(String headline, String query, String textStart) {
		return toHtml(headline, query, textStart, null);
	}

	/**
	 * As {@link #toHtml(String, String, String)}, and "…" after a snippet that does not
	 * end where its text does ({@code textEnd}: the text's last characters; {@code null}
	 * when unknown).
	 */
	static String toHtml(String headline, String query, String textStart, String textEnd) {
		String text = (headline != null) ? headline : "";
		if (!text.contains(START)) {
			text = markPrefixes(shorten(text), query);
		}
		StringBuilder html = new StringBuilder();
		if (textStart != null && !beginsAt(text, textStart)) {
			html.append(CUT);
		}
		boolean open = false;
		int i = 0;
		while (i < text.length()) {
			if (text.startsWith(START, i)) {
				if (!open) {
					html.append("<mark>");
					open = true;
				}
				i += START.length();
			}
			else if (text.startsWith(STOP, i)) {
				if (open) {
					html.append("</mark>");
					open = false;
				}
				i += STOP.length();
			}
			else {
				int next = nextMarker(text, i);
				html.append(HtmlUtils.htmlEscape(text.substring(i, next), "UTF-8"));
				i = next;
			}
		}
		if (open) {
			html.append("</mark>");
		}
		if (textEnd != null && !text.endsWith(CUT) && !endsAt(text, textEnd)) {
			html.append(CUT);
		}
		return html.toString();
	}

	/**
	 * Whether the snippet's first words are the text's, compared by their letters and
	 * digits only (ts_headline leaves out what it reads as markup, and spacing).
	 */
	private static boolean beginsAt(String snippet, String textStart) {
		String shown = lettersAndDigits(snippet.replace(START, "").replace(STOP, ""));
		String start = lettersAndDigits(textStart);
		int compared = Math.min(Math.min(shown.length(), start.length()), 40);
		return shown.regionMatches(0, start, 0, compared);
	}

	/** Whether the snippet's last words are the text's, compared as in beginsAt. */
	private static boolean endsAt(String snippet, String textEnd) {
		String shown = lettersAndDigits(snippet.replace(START, "").replace(STOP, ""));
		String end = lettersAndDigits(textEnd);
		int compared = Math.min(Math.min(shown.length(), end.length()), 40);
		return shown.regionMatches(shown.length() - compared, end, end.length() - compared, compared);
	}

	private static String lettersAndDigits(String text) {
		return text.replaceAll("[^\\p{L}\\p{N}]+", "");
	}

	private static String flat(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

	private static int nextMarker(String text, int from) {
		int start = text.indexOf(START, from);
		int stop = text.indexOf(STOP, from);
		int next = text.length();
		if (start >= 0) {
			next = start;
		}
		if (stop >= 0 && stop < next) {
			next = stop;
		}
		return next;
	}

	private static String shorten(String text) {
		String flat = flat(text);
		return (flat.length() <= PLAIN_LENGTH) ? flat : flat.substring(0, PLAIN_LENGTH) + CUT;
	}

	/**
	 * Marks words sharing their first four letters (or all, if shorter) with a query
	 * word.
	 */
	static String markPrefixes(String text, String query) {
		StringBuilder alternatives = new StringBuilder();
		for (String word : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (word.length() >= 2) {
				String prefix = word.substring(0, Math.min(4, word.length()));
				alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(prefix));
			}
		}
		if (alternatives.isEmpty()) {
			return text;
		}
		Matcher matcher = Pattern.compile("(?iu)\\b(?:" + alternatives + ")[\\p{L}\\p{N}]*")
			.matcher(text.replace(START, "").replace(STOP, ""));
		return matcher.replaceAll((m) -> Matcher.quoteReplacement(START + m.group() + STOP));
	}

}
