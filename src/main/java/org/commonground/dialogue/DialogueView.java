package org.commonground.dialogue;

import java.time.ZoneId;

import org.commonground.shared.web.Zoned;

/** A dialogue as one viewer may see it. */
public record DialogueView(Dialogue dialogue, ViewerContext context) implements Zoned {

	/** The dialogue's time zone: every time of the dialogue is shown in it. */
	@Override
	public ZoneId zone() {
		return this.dialogue.getTimeZone();
	}

}
