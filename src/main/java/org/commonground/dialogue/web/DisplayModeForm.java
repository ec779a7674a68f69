package org.commonground.dialogue.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.commonground.dialogue.DisplayMode;

/**
 * How a member is shown in a dialogue, when joining or later: {@code displayMode}, named
 * unless they choose a pseudonym; with a pseudonym, {@code region} when the profile has
 * none (the pseudonym shows it).
 */
public class DisplayModeForm {

	@NotNull
	private DisplayMode displayMode = DisplayMode.NAMED;

	@Size(max = 80, message = "{validation.too-long}")
	private String region;

	public String getRegion() {
		return this.region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public DisplayMode getDisplayMode() {
		return this.displayMode;
	}

	public void setDisplayMode(DisplayMode displayMode) {
		this.displayMode = displayMode;
	}

}
