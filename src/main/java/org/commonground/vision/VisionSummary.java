package org.commonground.vision;

import java.time.ZoneId;
import org.commonground.shared.web.Zoned;

import java.time.Instant;

import org.commonground.dialogue.DialogueView;

/** The newest version of a dialogue's vision in brief; number 0 when there is none. */
public record VisionSummary(DialogueView view, int number, String changeSummary, Instant publishedAt,
		int paragraphs) implements Zoned {

	/** The dialogue's time zone: the page's times are shown in it. */
	@Override
	public ZoneId zone() {
		return this.view.zone();
	}

	public boolean exists() {
		return this.number > 0;
	}

}
