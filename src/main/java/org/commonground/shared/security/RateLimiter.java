package org.commonground.shared.security;

import java.time.Duration;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;

import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) keyed by a limit and a subject such as an address or an
 * account, kept in PostgreSQL ({@link RateLimitStoreConfiguration}) so that every
 * instance of the application draws on the same budget: behind a load balancer an
 * attacker gets the limit once, not once per instance.
 * <p>
 * The key holds the limit's capacity and period, so that a changed limit starts fresh
 * buckets instead of meeting one stored with the old configuration.
 */
@Component
public class RateLimiter {

	private final ProxyManager<String> buckets;

	RateLimiter(ProxyManager<String> buckets) {
		this.buckets = buckets;
	}

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
		String key = limitName + '|' + limit.capacity() + '/' + limit.period().toSeconds() + "s|" + subject;
		return this.buckets.builder()
			.build(key,
					() -> BucketConfiguration.builder()
						.addLimit(Bandwidth.builder()
							.capacity(limit.capacity())
							.refillGreedy(limit.capacity(), limit.period())
							.build())
						.build());
	}

}
