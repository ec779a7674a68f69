package org.commonground.shared.security;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.stereotype.Component;

/**
 * In-memory token buckets (Bucket4j) keyed by a limit and a subject such as an address or
 * an account. Idle buckets are forgotten after a day, so memory stays bounded.
 */
@Component
public class RateLimiter {

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(1, TimeUnit.DAYS)
		.maximumSize(200_000)
		.build();

	/**
	 * Takes one attempt from the subject's bucket.
	 * @return zero when allowed, otherwise how long until the next attempt is allowed
	 */
	public Duration tryConsume(String limitName, AppSecurityProperties.Limit limit, String subject) {
		ConsumptionProbe probe = bucket(limitName, limit, subject).tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
	}

	/** Gives back an attempt taken by {@link #tryConsume} that should not count. */
	public void refund(String limitName, AppSecurityProperties.Limit limit, String subject) {
		bucket(limitName, limit, subject).addTokens(1);
	}

	/** Whether the subject has no attempt left, without taking one. */
	public boolean isExhausted(String limitName, AppSecurityProperties.Limit limit, String subject) {
		return bucket(limitName, limit, subject).getAvailableTokens() < 1;
	}

	private Bucket bucket(String limitName, AppSecurityProperties.Limit limit, String subject) {
		return this.buckets.get(limitName + '|' + subject,
				(key) -> Bucket.builder()
					.addLimit(Bandwidth.builder()
						.capacity(limit.capacity())
						.refillGreedy(limit.capacity(), limit.period())
						.build())
					.build());
	}

}
