package org.commonground.challenge;

import java.time.ZoneId;
import org.commonground.shared.web.Zoned;

import java.util.List;

import org.commonground.dialogue.DialogueView;
import org.commonground.dialogue.Theme;

/**
 * A challenge with the dialogue it is in, for its author's or a facilitator's forms.
 *
 * @param themes its themes, for its author's form (empty for a facilitator's)
 */
public record EditableChallenge(DialogueView view, Challenge challenge, List<Theme> themes) implements Zoned {

	/** The dialogue's time zone: the page's times are shown in it. */
	@Override
	public ZoneId zone() {
		return this.view.zone();
	}

}
