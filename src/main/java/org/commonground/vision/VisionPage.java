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
		boolean canTakePart, Map<String, List<EvidenceLink>> evidence) implements Zoned {

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
