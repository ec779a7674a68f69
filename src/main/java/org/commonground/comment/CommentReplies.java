package org.commonground.comment;

import java.time.ZoneId;
import org.commonground.shared.web.Zoned;

import org.commonground.dialogue.DialogueView;

/**
 * A comment's own page: the comment, one page of its replies (oldest first) and where it
 * belongs.
 *
 * @param comment the comment, its {@code replies} being this page of replies
 * @param target the thing it is about
 * @param laterAfter the keyset of the next page of replies, or {@code null} if none
 * @param first whether this page starts at the first reply
 * @param canComment whether the viewer may reply here
 * @param on the thing it is about, with its anchor and version
 */
public record CommentReplies(DialogueView view, CommentNode comment, CommentTargetInfo target, Long laterAfter,
		boolean first, boolean canComment, CommentTarget on) implements Zoned {

	/** The dialogue's time zone: the page's times are shown in it. */
	@Override
	public ZoneId zone() {
		return this.view.zone();
	}

	public boolean hasLater() {
		return this.laterAfter != null;
	}

}
