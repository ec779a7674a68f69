package org.commonground.shared.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings under {@code app.security}.
 *
 * @param rememberMeKey secret that signs remember-me authentications; a random one is
 * made at start-up when blank (remember-me tokens themselves live in the database)
 * @param rememberMeValidity how long "remember me" keeps a person signed in
 * @param rememberMeGrace how long after a remember-me token is renewed the previous value
 * is still accepted (tabs opened together send the same cookie in parallel)
 * @param sessionAbsoluteTimeout a session ends this long after it began, however active
 * @param rateLimits attempt limits on login, registration and password reset
 * @param trustedProxies addresses or CIDR ranges of the reverse proxies whose
 * {@code X-Forwarded-For} and {@code X-Forwarded-Proto} headers are believed; empty (the
 * default) ignores those headers from everyone
 * @param rateLimitPoolSize connections of the rate limits' own pool (each instance keeps
 * this many beside {@code spring.datasource.hikari.maximum-pool-size})
 */
@ConfigurationProperties("app.security")
public record AppSecurityProperties(String rememberMeKey, @DefaultValue("14d") Duration rememberMeValidity,
		@DefaultValue("1m") Duration rememberMeGrace, @DefaultValue("12h") Duration sessionAbsoluteTimeout,
		@DefaultValue RateLimits rateLimits, List<String> trustedProxies, @DefaultValue("2") int rateLimitPoolSize) {

	public AppSecurityProperties {
		trustedProxies = (trustedProxies != null) ? List.copyOf(trustedProxies) : List.of();
	}

	/**
	 * Attempt limits. A limit of {@code capacity} attempts per {@code period}.
	 *
	 * @param loginPerAddress failed logins from one address, whatever the account
	 * @param loginPerAccount failed logins for one account from one address; the owner
	 * can still sign in from another address
	 * @param registrationPerAddress accepted registrations from one address (forms shown
	 * again for a mistake do not count); a workshop's shared hotspot registers a room
	 * @param registrationPerEmail registrations of one email address, and requests for a
	 * new confirmation link for it: beyond it nothing is sent, and the answer is the same
	 * @param resetPerAddress password-reset requests from one address
	 * @param resetPerAccount password-reset requests for one email address
	 * @param postingPerAccount challenges and comments posted by one account
	 * @param exportsPerAccount summary exports downloaded by one account
	 */
	public record RateLimits(Limit loginPerAddress, Limit loginPerAccount, Limit registrationPerAddress,
			Limit registrationPerEmail, Limit resetPerAddress, Limit resetPerAccount, Limit postingPerAccount,
			Limit exportsPerAccount) {

		public RateLimits {
			loginPerAddress = orDefault(loginPerAddress, 30, Duration.ofMinutes(15));
			loginPerAccount = orDefault(loginPerAccount, 5, Duration.ofMinutes(15));
			registrationPerAddress = orDefault(registrationPerAddress, 40, Duration.ofHours(1));
			registrationPerEmail = orDefault(registrationPerEmail, 3, Duration.ofHours(1));
			resetPerAddress = orDefault(resetPerAddress, 10, Duration.ofHours(1));
			resetPerAccount = orDefault(resetPerAccount, 3, Duration.ofHours(1));
			postingPerAccount = orDefault(postingPerAccount, 60, Duration.ofMinutes(10));
			exportsPerAccount = orDefault(exportsPerAccount, 30, Duration.ofHours(1));
		}

		private static Limit orDefault(Limit limit, int capacity, Duration period) {
			return (limit != null) ? limit : new Limit(capacity, period);
		}

	}

	/** At most {@code capacity} attempts per {@code period}, refilled gradually. */
	public record Limit(int capacity, Duration period) {
	}

}
