package org.commonground.comment;

import java.time.ZoneId;
import org.commonground.shared.web.Zoned;

import org.commonground.dialogue.DialogueView;

/** The viewer's own comment with where it belongs, for its edit page. */
public record EditableComment(DialogueView view, Comment comment, CommentTargetInfo target) implements Zoned {

	/** The dialogue's time zone: the page's times are shown in it. */
	@Override
	public ZoneId zone() {
		return this.view.zone();
	}

}
