package org.commonground.vision;

/**
 * A paragraph of the newest vision version as other modules link to it.
 *
 * @param number the version's number
 * @param key the paragraph's stable key, the same in every version
 * @param excerpt the start of its text, without Markdown heading marks
 * @param heading whether it is a heading (which takes no comments or stances)
 */
public record ParagraphRef(int number, String key, String excerpt, boolean heading) {

	static final int EXCERPT_LENGTH = 80;

	static ParagraphRef of(int number, Paragraph paragraph) {
		String text = paragraph.getSource().replaceFirst("^#{1,6}[ \t]+", "").replaceAll("\\s+", " ").strip();
		String excerpt = (text.length() > EXCERPT_LENGTH) ? text.substring(0, EXCERPT_LENGTH - 1) + "…" : text;
		return new ParagraphRef(number, paragraph.getKey(), excerpt, paragraph.isHeading());
	}

}
