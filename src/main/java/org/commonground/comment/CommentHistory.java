package org.commonground.comment;

import java.time.ZoneId;
import org.commonground.shared.web.Zoned;

import java.util.List;

import org.commonground.dialogue.DialogueView;

/** A comment's current text and the texts it had before, newest first. */
public record CommentHistory(DialogueView view, CommentNode current, List<CommentRevision> revisions,
		CommentTargetInfo target) implements Zoned {

	/** The dialogue's time zone: the page's times are shown in it. */
	@Override
	public ZoneId zone() {
		return this.view.zone();
	}

}
