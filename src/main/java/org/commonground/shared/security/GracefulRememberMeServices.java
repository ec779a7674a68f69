package org.commonground.shared.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.rememberme.InvalidCookieException;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationException;

/**
 * Spring Security's persistent-token remember-me, renewing the token at each use, with a
 * grace window: for a short time after a renewal the previous value of the series is
 * still accepted, and answered with the current one. A browser that reopens several tabs
 * at once sends the same cookie in parallel; without the window all but the first looked
 * like a stolen cookie, answered 500 and deleted every remembered login of the person. A
 * previous value presented after the window, or any other value, still counts as theft:
 * the person's remembered logins end and the request goes on as a visitor's. Renewal is a
 * compare-and-set, so two parallel renewals cannot fork a series.
 */
class GracefulRememberMeServices extends PersistentTokenBasedRememberMeServices {

	private static final Logger log = LoggerFactory.getLogger(GracefulRememberMeServices.class);

	private final RememberMeTokens tokens;

	private final Duration grace;

	private final Clock clock;

	GracefulRememberMeServices(String key, UserDetailsService users, RememberMeTokens tokens, Duration grace,
			Clock clock) {
		super(key, users, tokens);
		this.tokens = tokens;
		this.grace = grace;
		this.clock = clock;
	}

	@Override
	protected UserDetails processAutoLoginCookie(String[] cookieTokens, HttpServletRequest request,
			HttpServletResponse response) {
		if (cookieTokens.length != 2) {
			throw new InvalidCookieException("Cookie token did not contain 2 tokens");
		}
		String series = cookieTokens[0];
		String presented = cookieTokens[1];
		RememberMeTokens.Stored stored = this.tokens.find(series)
			.orElseThrow(() -> new RememberMeAuthenticationException("No persistent token found for series"));
		Instant now = this.clock.instant();
		if (stored.lastUsed().plusSeconds(getTokenValiditySeconds()).isBefore(now)) {
			throw new RememberMeAuthenticationException("Remember-me login has expired");
		}
		if (presented.equals(stored.token())) {
			String renewed = generateTokenData();
			if (this.tokens.renew(series, presented, renewed, now)) {
				setCookie(new String[] { series, renewed }, getTokenValiditySeconds(), request, response);
				return getUserDetailsService().loadUserByUsername(stored.username());
			}
			// A parallel request renewed it first: what was presented is now the previous
			// value.
			stored = this.tokens.find(series)
				.orElseThrow(() -> new RememberMeAuthenticationException("No persistent token found for series"));
		}
		if (presented.equals(stored.previousToken()) && !stored.lastUsed().plus(this.grace).isBefore(now)) {
			setCookie(new String[] { series, stored.token() }, getTokenValiditySeconds(), request, response);
			return getUserDetailsService().loadUserByUsername(stored.username());
		}
		// Someone else used this series: end every remembered login of the person. The
		// request goes on as a visitor's (Spring's CookieTheftException would answer
		// 500).
		this.tokens.removeUserTokens(stored.username());
		log.warn("Remember-me token mismatch for series of {}: possible cookie theft, remembered logins ended",
				SafeLog.encode(stored.username()));
		throw new RememberMeAuthenticationException("Remember-me token mismatch");
	}

}
