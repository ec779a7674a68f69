package org.commonground.vision;

import java.time.ZoneId;
import org.commonground.shared.web.Zoned;

import java.util.List;
import java.util.Map;

import org.commonground.comment.CommentThread;
import org.commonground.dialogue.DialogueView;
import org.commonground.dialogue.EvidenceLink;

/**
 * One paragraph of a version with all comments on it, from every version, page by page,
 * and the resources of the dialogue's library linked to it as evidence.
 *
 * @param paragraph the paragraph, or {@code null} for the comments on the version as a
 * whole
 * @param texts the language the paragraph is read in and the others it can be read in
 */
public record ParagraphPage(DialogueView view, DraftVersion version, Paragraph paragraph, CommentThread thread,
		Map<Long, CommentAnswer> answers, boolean latest, int latestNumber, List<EvidenceLink> evidence,
		TextLanguages texts) implements Zoned {

	/** The dialogue's time zone: the page's times are shown in it. */
	@Override
	public ZoneId zone() {
		return this.view.zone();
	}

	public boolean facilitates() {
		return this.view.context().facilitates();
	}

}
