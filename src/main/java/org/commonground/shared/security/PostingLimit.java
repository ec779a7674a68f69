package org.commonground.shared.security;

import java.time.Duration;

import org.commonground.shared.web.RateLimitExceededException;

import org.springframework.stereotype.Component;

/**
 * Limits how fast one account posts challenges and comments, so that a script cannot
 * flood a dialogue; a person writing by hand never meets it.
 */
@Component
public class PostingLimit {

	private final RateLimiter limiter;

	private final AppSecurityProperties.Limit limit;

	PostingLimit(RateLimiter limiter, AppSecurityProperties properties) {
		this.limiter = limiter;
		this.limit = properties.rateLimits().postingPerAccount();
	}

	/**
	 * Takes one post from the account's allowance.
	 * @throws RateLimitExceededException when it is used up (answered with 429)
	 */
	public void take(long accountId) {
		Duration wait = this.limiter.tryConsume("post-account", this.limit, Long.toString(accountId));
		if (!wait.isZero()) {
			throw new RateLimitExceededException(wait);
		}
	}

}
