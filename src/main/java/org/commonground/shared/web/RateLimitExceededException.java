package org.commonground.shared.web;

import java.time.Duration;

/** Too many attempts of one kind from one address or for one account; answers 429. */
public class RateLimitExceededException extends RuntimeException {

	private final Duration retryAfter;

	public RateLimitExceededException(Duration retryAfter) {
		super("Rate limit exceeded");
		this.retryAfter = retryAfter;
	}

	public Duration getRetryAfter() {
		return this.retryAfter;
	}

}
