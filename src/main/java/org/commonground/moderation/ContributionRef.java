package org.commonground.moderation;

import java.time.ZoneId;
import org.commonground.shared.web.Zoned;

import org.commonground.dialogue.DialogueView;

/**
 * A contribution found in the viewed dialogue, with its case if it has one, for the
 * report and review forms.
 *
 * @param path the contribution's page
 */
public record ContributionRef(DialogueView view, ModeratedItem item, ModerationCase moderationCase,
		String path) implements Zoned {

	/** The dialogue's time zone: the page's times are shown in it. */
	@Override
	public ZoneId zone() {
		return this.view.zone();
	}

}
