package org.commonground.vision.web;

import jakarta.validation.constraints.NotNull;
import org.commonground.vision.Stance;

/** A member's stance on one paragraph: {@code stance}, one of the {@link Stance}s. */
public class StanceForm {

	@NotNull
	private Stance stance;

	public Stance getStance() {
		return this.stance;
	}

	public void setStance(Stance stance) {
		this.stance = stance;
	}

}
