package org.commonground.comment;

import java.time.ZoneId;
import org.commonground.shared.web.Zoned;

import org.commonground.dialogue.DialogueView;

/** A comment target with the dialogue it is in, as one viewer may see them. */
public record CommentContext(DialogueView view, CommentTargetInfo target) implements Zoned {

	/** The dialogue's time zone: the page's times are shown in it. */
	@Override
	public ZoneId zone() {
		return this.view.zone();
	}

}
