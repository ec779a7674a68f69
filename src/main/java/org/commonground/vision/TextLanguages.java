package org.commonground.vision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import org.commonground.dialogue.Dialogue;

/**
 * The language a vision text (a version or one paragraph) is read in and the others it
 * can be read in (issue 15): the language asked for where the text has a translation into
 * it, else the original.
 *
 * @param original the language the text was written in (the dialogue's)
 * @param shown the language it is read in
 * @param others the other languages it can be read in: the original first (when it is not
 * the one shown), then the translations' in alphabetical order
 */
public record TextLanguages(String original, String shown, List<String> others) {

	/**
	 * The languages of paragraphs read in {@code wanted}: of the dialogue's languages,
	 * those into which at least one of the paragraphs is translated are offered.
	 */
	static TextLanguages of(Dialogue dialogue, String wanted, Collection<Paragraph> paragraphs) {
		String original = dialogue.getOriginalLanguage();
		TreeSet<String> translated = new TreeSet<>();
		for (Paragraph paragraph : paragraphs) {
			paragraph.getTranslations()
				.keySet()
				.stream()
				.filter((l) -> !l.equals(original) && dialogue.getLanguages().contains(l))
				.forEach(translated::add);
		}
		String shown = translated.contains(wanted) ? wanted : original;
		List<String> others = new ArrayList<>();
		if (!shown.equals(original)) {
			others.add(original);
		}
		translated.stream().filter((l) -> !l.equals(shown)).forEach(others::add);
		return new TextLanguages(original, shown, others);
	}

	/** Read in the original only: nothing translated. */
	static TextLanguages original(Dialogue dialogue) {
		return new TextLanguages(dialogue.getOriginalLanguage(), dialogue.getOriginalLanguage(), List.of());
	}

	/** Whether the text is read in a translation. */
	public boolean translated() {
		return !this.shown.equals(this.original);
	}

	/** The paragraph's translation it is read in, or {@code null} for the original. */
	public ParagraphTranslation translationOf(Paragraph paragraph) {
		return translated() ? paragraph.translationInto(this.shown) : null;
	}

	/**
	 * A paragraph's text as shown, as HTML sanitized by MarkdownRenderer when the version
	 * was published or the translation saved.
	 */
	public String htmlOf(Paragraph paragraph) {
		ParagraphTranslation translation = translationOf(paragraph);
		return (translation != null) ? translation.html() : paragraph.getHtml();
	}

	/** The language a paragraph is shown in. */
	public String languageOf(Paragraph paragraph) {
		return (translationOf(paragraph) != null) ? this.shown : this.original;
	}

	/**
	 * Whether the paragraph is shown in a translation of an earlier wording, waiting to
	 * be updated.
	 */
	public boolean outOfDate(Paragraph paragraph) {
		ParagraphTranslation translation = translationOf(paragraph);
		return translation != null && translation.outOfDate();
	}

	/**
	 * Whether the text is read in a translation but this paragraph has none yet (it is
	 * shown in the original).
	 */
	public boolean untranslated(Paragraph paragraph) {
		return translated() && translationOf(paragraph) == null;
	}

}
