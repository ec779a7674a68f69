package org.commonground.shared.web;

import java.time.Duration;

/** Too many attempts of one kind from one address or for one account; answers 429. */
public class RateLimitExceededException extends RuntimeException {

	/**
	 * The request attribute the 429 page reads: the minutes to wait, rounded up (the page
	 * says "try again in 3 minutes" where Retry-After says 164 seconds).
	 */
	public static final String MINUTES_ATTRIBUTE = "retryAfterMinutes";

	/**
	 * The request attribute the 429 page reads: what was limited ({@link #EXPORTS}), or
	 * absent for the attempts limited for security.
	 */
	public static final String KIND_ATTRIBUTE = "rateLimitKind";

	/** The kind of a limit on exports: the page talks about exports. */
	public static final String EXPORTS = "exports";

	private final Duration retryAfter;

	private final String kind;

	public RateLimitExceededException(Duration retryAfter) {
		this(retryAfter, null);
	}

	/**
	 * @param kind what was limited, for the page's text ({@link #EXPORTS}), or
	 * {@code null} for attempts limited for security
	 */
	public RateLimitExceededException(Duration retryAfter, String kind) {
		super("Rate limit exceeded");
		this.retryAfter = retryAfter;
		this.kind = kind;
	}

	public String getKind() {
		return this.kind;
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
