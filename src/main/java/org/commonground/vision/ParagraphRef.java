package org.commonground.vision;

/**
 * A paragraph of the newest vision version as other modules link to it.
 *
 * @param number the version's number
 * @param key the paragraph's stable key, the same in every version
 * @param excerpt the start of its text, without Markdown heading marks
 * @param heading whether it is a heading (which takes no comments or stances)
 * @param language the language of the excerpt, or {@code null} when not known (the
 * original)
 * @param translated whether the excerpt is of a facilitator's translation rather than of
 * the original
 */
public record ParagraphRef(int number, String key, String excerpt, boolean heading, String language,
		boolean translated) {

	static final int EXCERPT_LENGTH = 80;

	public ParagraphRef(int number, String key, String excerpt, boolean heading) {
		this(number, key, excerpt, heading, null, false);
	}

	/**
	 * The paragraph read in {@code wanted} where it has an up-to-date translation into
	 * it, else in the original ({@code original}).
	 */
	static ParagraphRef of(int number, Paragraph paragraph, String original, String wanted) {
		ParagraphTranslation translation = (wanted != null && !wanted.equals(original))
				? paragraph.translationInto(wanted) : null;
		if (translation != null && !translation.outOfDate() && !translation.source().isBlank()) {
			return new ParagraphRef(number, paragraph.getKey(), excerpt(translation.source()), paragraph.isHeading(),
					wanted, true);
		}
		return new ParagraphRef(number, paragraph.getKey(), excerpt(paragraph.getSource()), paragraph.isHeading(),
				original, false);
	}

	private static String excerpt(String source) {
		String text = source.replaceFirst("^#{1,6}[ \t]+", "").replaceAll("\\s+", " ").strip();
		return (text.length() > EXCERPT_LENGTH) ? text.substring(0, EXCERPT_LENGTH - 1) + "…" : text;
	}

}
