package org.commonground.shared.web;

import java.time.Duration;

/** Too many attempts of one kind from one address or for one account; answers 429. */
public class RateLimitExceededException extends RuntimeException {

	/**
	 * The request attribute the 429 page reads: the minutes to wait, rounded up (the page
	 * says "try again in 3 minutes" where Retry-After says 164 seconds).
	 */
	public static final String MINUTES_ATTRIBUTE = "retryAfterMinutes";

	private final Duration retryAfter;

	public RateLimitExceededException(Duration retryAfter) {
		super("Rate limit exceeded");
		this.retryAfter = retryAfter;
	}

	public Duration getRetryAfter() {
		return this.retryAfter;
	}

	/** The seconds of Retry-After (at least one) for a wait. */
	public static long seconds(Duration wait) {
		return Math.max(1, wait.toSeconds());
	}

	/** The whole minutes to wait, rounded up: at least one. */
	public static long minutes(Duration wait) {
		return (seconds(wait) + 59) / 60;
	}

}
