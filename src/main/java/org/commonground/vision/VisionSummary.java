package org.commonground.vision;

import java.time.Instant;

import org.commonground.dialogue.DialogueView;

/** The newest version of a dialogue's vision in brief; number 0 when there is none. */
public record VisionSummary(DialogueView view, int number, String changeSummary, Instant publishedAt, int paragraphs) {

	public boolean exists() {
		return this.number > 0;
	}

}
