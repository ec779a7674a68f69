package org.commonground.vision;

import java.time.ZoneId;
import org.commonground.shared.web.Zoned;

import org.commonground.dialogue.DialogueView;

/**
 * The working text for its facilitators.
 *
 * @param version the draft's version, {@code -1} before the first save
 * @param latestNumber the newest published version, 0 if none
 */
public record WorkingText(DialogueView view, String text, long version, int latestNumber) implements Zoned {

	/** The dialogue's time zone: the page's times are shown in it. */
	@Override
	public ZoneId zone() {
		return this.view.zone();
	}

}
