package org.commonground.meeting;

import java.util.List;
import java.util.Map;

import org.commonground.challenge.ChallengeRef;
import org.commonground.shared.web.SupportedLanguages;
import org.commonground.vision.ParagraphRef;

/**
 * A minute item as a reader sees it.
 *
 * @param html its text in {@code language}, sanitized by the MarkdownRenderer when it was
 * written
 * @param language the language of the text shown
 * @param original whether that is the minutes' original language although the reader
 * asked for another one
 * @param challenge the challenge it led to, if any and still visible
 * @param paragraph the vision paragraph it led to, if any and still in the newest version
 * @param linkGone whether it led to a challenge or paragraph that is no longer there
 * @param languages the languages it is written in
 * @param sources its Markdown by language, for the facilitators who rewrite it; empty for
 * everyone else
 * @param outOfDate whether the text shown is a language version written before the item's
 * original text was corrected
 * @param correction the item's latest correction after publishing, if any
 * @param outOfDateLanguages the language versions written before the latest correction
 */
public record MinuteEntry(long id, String html, String language, boolean original, ChallengeRef challenge,
		ParagraphRef paragraph, boolean linkGone, List<String> languages, Map<String, String> sources,
		boolean outOfDate, MinuteCorrectionNote correction, List<String> outOfDateLanguages) {

	/** The interface languages it is not written in yet. */
	public List<String> missingLanguages() {
		return SupportedLanguages.CODES.stream().filter((code) -> !this.languages.contains(code)).toList();
	}

}
