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
 * @param texts the language the version is read in and the others it can be read in
 */
public record VisionPage(DialogueView view, long draftId, DraftVersion version, List<VersionInfo> versions,
		List<ParagraphView> paragraphs, AnchoredThreads threads, Map<Long, CommentAnswer> answers, boolean latest,
		boolean canTakePart, Map<String, List<EvidenceLink>> evidence, TextLanguages texts) implements Zoned {

	/**
	 * A paragraph's text as shown: its translation where the page is read in one, else
	 * the original.
	 */
	public String htmlOf(Paragraph paragraph) {
		return this.texts.htmlOf(paragraph);
	}

	/** The language a paragraph is shown in. */
	public String languageOf(Paragraph paragraph) {
		return this.texts.languageOf(paragraph);
	}

	/**
	 * Whether the page is read in a translation but this paragraph has none yet (it is
	 * shown in the original).
	 */
	public boolean untranslated(Paragraph paragraph) {
		return this.texts.untranslated(paragraph);
	}

	/** Whether the paragraph is shown in a translation of an earlier wording. */
	public boolean outOfDate(Paragraph paragraph) {
		return this.texts.outOfDate(paragraph);
	}

	/** How many paragraphs this version has. */
	public int paragraphCount() {
		return this.paragraphs.size();
	}

	/**
	 * For the facilitators' to-do: the dialogue's languages other than the original that
	 * still need work, each with how many of this version's paragraphs have no
	 * translation into it and how many have one of an earlier wording; a language with
	 * neither is not listed.
	 */
	public List<TranslationProgress> translationProgress() {
		List<TranslationProgress> progress = new java.util.ArrayList<>();
		for (String language : this.view.dialogue().getLanguages()) {
			if (!language.equals(this.texts.original())) {
				int missing = 0;
				int outOfDate = 0;
				for (ParagraphView pv : this.paragraphs) {
					ParagraphTranslation translation = pv.paragraph().translationInto(language);
					if (translation == null) {
						missing++;
					}
					else if (translation.outOfDate()) {
						outOfDate++;
					}
				}
				// A language with every paragraph translated from this wording is done.
				if (missing > 0 || outOfDate > 0) {
					progress.add(new TranslationProgress(language, missing, outOfDate));
				}
			}
		}
		return progress;
	}

	/** The languages other than the one shown that this version can be read in. */
	public List<String> otherLanguages() {
		return this.texts.others();
	}

	/**
	 * How far a version is translated into one language.
	 *
	 * @param missing how many paragraphs have no translation into it
	 * @param outOfDate how many have a translation of an earlier wording
	 */
	public record TranslationProgress(String language, int missing, int outOfDate) {
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

	/**
	 * A paragraph with its stances as counted (online and shows of hands in a room, as
	 * the common-ground view counts them), the people who showed their hands in a room
	 * ({@code room}) and the viewer's own stance.
	 */
	public record ParagraphView(Paragraph paragraph, StanceCounts stances, StanceCounts room, Stance mine) {
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
