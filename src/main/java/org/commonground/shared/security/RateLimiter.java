package org.commonground.shared.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

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
 * buckets instead of meeting one stored with the old configuration, and the subject only
 * as a SHA-256 hash: an address or an email never lands in the table (buckets are deleted
 * once full again).
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

	private static String hash(String subject) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(String.valueOf(subject).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Bucket bucket(String limitName, AppSecurityProperties.Limit limit, String subject) {
		String key = limitName + '|' + limit.capacity() + '/' + limit.period().toSeconds() + "s|" + hash(subject);
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
