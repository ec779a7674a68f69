package org.commonground.meeting.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/** Putting minutes up for review until a date. */
class MinutesReviewForm {

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate reviewEndsOn;

	public LocalDate getReviewEndsOn() {
		return this.reviewEndsOn;
	}

	public void setReviewEndsOn(LocalDate reviewEndsOn) {
		this.reviewEndsOn = reviewEndsOn;
	}

}
