package org.commonground.vision;

import java.time.ZoneId;
import org.commonground.shared.web.Zoned;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.commonground.comment.AnchoredThreads;
import org.commonground.dialogue.DialogueView;
import org.commonground.dialogue.EvidenceLink;

/**
 * A version of a dialogue's vision as one viewer sees it: its paragraphs with their
 * stances and newest comments, comments on the whole version, and the facilitators'
 * answers.
 *
 * @param version the version, or {@code null} when none has been published
 * @param latest whether it is the newest version (only it takes stances and comments)
 * @param evidence the resources of the dialogue's library linked to its paragraphs as
 * evidence, by paragraph key
 */
public record VisionPage(DialogueView view, long draftId, DraftVersion version, List<VersionInfo> versions,
		List<ParagraphView> paragraphs, AnchoredThreads threads, Map<Long, CommentAnswer> answers, boolean latest,
		boolean canTakePart, Map<String, List<EvidenceLink>> evidence, Texts texts) implements Zoned {

	/**
	 * A paragraph's text as shown: its translation where the page is read in one, else
	 * the original.
	 */
	public String htmlOf(Paragraph paragraph) {
		return this.texts.translated().getOrDefault(paragraph.getKey(), paragraph.getHtml());
	}

	/** The language a paragraph is shown in. */
	public String languageOf(Paragraph paragraph) {
		return this.texts.translated().containsKey(paragraph.getKey()) ? this.texts.shown() : this.texts.original();
	}

	/**
	 * Whether the page is read in a translation but this paragraph has none yet (it is
	 * shown in the original).
	 */
	public boolean untranslated(Paragraph paragraph) {
		return !this.texts.shown().equals(this.texts.original())
				&& !this.texts.translated().containsKey(paragraph.getKey());
	}

	/** How many paragraphs this version has. */
	public int paragraphCount() {
		return this.paragraphs.size();
	}

	/**
	 * For the facilitators' to-do: the dialogue's languages other than the original, each
	 * with how many of this version's paragraphs are translated into it.
	 */
	public Map<String, Long> translationProgress() {
		Map<String, Long> progress = new java.util.LinkedHashMap<>();
		for (String language : this.view.dialogue().getLanguages()) {
			if (!language.equals(this.texts.original())) {
				progress.put(language, this.texts.counts().getOrDefault(language, 0L));
			}
		}
		return progress;
	}

	/** The languages other than the one shown that this version can be read in. */
	public List<String> otherLanguages() {
		List<String> others = new java.util.ArrayList<>();
		if (!this.texts.original().equals(this.texts.shown())) {
			others.add(this.texts.original());
		}
		this.texts.counts()
			.keySet()
			.stream()
			.filter((l) -> !l.equals(this.texts.shown()) && this.view.dialogue().getLanguages().contains(l))
			.sorted()
			.forEach(others::add);
		return others;
	}

	/**
	 * The languages of the version's text.
	 *
	 * @param original the language it was written in (the dialogue's)
	 * @param shown the language the page is read in
	 * @param translated the paragraphs' translations into {@code shown}, as HTML
	 * sanitized by MarkdownRenderer when saved, by key
	 * @param counts how many paragraphs are translated, by language
	 */
	public record Texts(String original, String shown, Map<String, String> translated, Map<String, Long> counts) {

		static Texts original(org.commonground.dialogue.Dialogue dialogue) {
			return new Texts(dialogue.getOriginalLanguage(), dialogue.getOriginalLanguage(), Map.of(), Map.of());
		}

	}

	/** The evidence beside one paragraph (none: an empty list). */
	public List<EvidenceLink> evidenceFor(String key) {
		return this.evidence.getOrDefault(key, List.of());
	}

	/** The dialogue's time zone: the page's times are shown in it. */
	@Override
	public ZoneId zone() {
		return this.view.zone();
	}

	/** One version in the list of versions. */
	public record VersionInfo(int number, String changeSummary, Instant publishedAt) {
	}

	/** A paragraph with the stances on it and the viewer's own. */
	public record ParagraphView(Paragraph paragraph, StanceCounts stances, Stance mine) {
	}

	/**
	 * What a new comment on this version is about: one of its paragraphs ({@code key}) or
	 * the version as a whole ({@code ''}).
	 */
	public org.commonground.comment.CommentTarget commentTarget(String key) {
		return new org.commonground.comment.CommentTarget(VisionService.TARGET_TYPE, this.draftId, key,
				this.version.getNumber());
	}

	public boolean facilitates() {
		return this.view.context().facilitates();
	}

	public int latestNumber() {
		return this.versions.isEmpty() ? 0 : this.versions.get(this.versions.size() - 1).number();
	}

}
