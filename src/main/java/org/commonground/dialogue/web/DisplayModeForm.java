package org.commonground.dialogue.web;

import jakarta.validation.constraints.NotNull;
import org.commonground.dialogue.DisplayMode;

/**
 * How a member is shown in a dialogue, when joining or later: {@code displayMode}, named
 * unless they choose a pseudonym.
 */
public class DisplayModeForm {

	@NotNull
	private DisplayMode displayMode = DisplayMode.NAMED;

	public DisplayMode getDisplayMode() {
		return this.displayMode;
	}

	public void setDisplayMode(DisplayMode displayMode) {
		this.displayMode = displayMode;
	}

}
