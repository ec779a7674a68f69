package org.commonground.vision;

import java.util.Map;

import org.commonground.comment.CommentThread;
import org.commonground.dialogue.DialogueView;

/**
 * One paragraph of a version with all comments on it, from every version, page by page.
 */
public record ParagraphPage(DialogueView view, DraftVersion version, Paragraph paragraph, CommentThread thread,
		Map<Long, CommentAnswer> answers, boolean latest, int latestNumber) {

	public boolean facilitates() {
		return this.view.context().facilitates();
	}

}
