package org.commonground.shared.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.rememberme.InvalidCookieException;
import org.springframework.security.web.authentication.rememberme.PersistentRememberMeToken;
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
 * <p>
 * Each device has its own series; the session it signs into records which
 * ({@link #SERIES_ATTRIBUTE}), so that a password or email change made on a device keeps
 * that device's remembered login ({@link SessionControl}), and signing out on a device
 * ends only its own (Spring's default ends every device's).
 */
class GracefulRememberMeServices extends PersistentTokenBasedRememberMeServices {

	private static final Logger log = LoggerFactory.getLogger(GracefulRememberMeServices.class);

	/** The session attribute naming the remember-me series of the session's device. */
	static final String SERIES_ATTRIBUTE = GracefulRememberMeServices.class.getName() + ".SERIES";

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

	/** A new series for this device, as Spring's does, recorded in the session. */
	@Override
	protected void onLoginSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication successfulAuthentication) {
		String series = generateSeriesData();
		PersistentRememberMeToken token = new PersistentRememberMeToken(successfulAuthentication.getName(), series,
				generateTokenData(), new Date());
		this.tokens.createNewToken(token);
		setCookie(new String[] { series, token.getTokenValue() }, getTokenValiditySeconds(), request, response);
		request.getSession().setAttribute(SERIES_ATTRIBUTE, series);
	}

	@Override
	public Authentication autoLogin(HttpServletRequest request, HttpServletResponse response) {
		Authentication remembered = super.autoLogin(request, response);
		Object series = request.getAttribute(SERIES_ATTRIBUTE);
		if (remembered != null && series != null) {
			request.getSession().setAttribute(SERIES_ATTRIBUTE, series);
		}
		return remembered;
	}

	/**
	 * Signing out ends this device's remembered login only: the series in its cookie, and
	 * the one its session recorded.
	 */
	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		cancelCookie(request, response);
		if (authentication == null) {
			return;
		}
		String cookie = extractRememberMeCookie(request);
		if (cookie != null && !cookie.isEmpty()) {
			try {
				String[] parts = decodeCookie(cookie);
				if (parts.length == 2) {
					this.tokens.removeSeries(authentication.getName(), parts[0]);
				}
			}
			catch (InvalidCookieException ex) {
				// Not a cookie of ours: nothing of it is stored.
			}
		}
		jakarta.servlet.http.HttpSession session = request.getSession(false);
		try {
			if (session != null && session.getAttribute(SERIES_ATTRIBUTE) instanceof String series) {
				this.tokens.removeSeries(authentication.getName(), series);
			}
		}
		catch (IllegalStateException ex) {
			// The session was already invalidated: its cookie's series is gone above.
		}
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
				request.setAttribute(SERIES_ATTRIBUTE, series);
				setCookie(new String[] { series, renewed }, getTokenValiditySeconds(), request, response);
				return getUserDetailsService().loadUserByUsername(stored.username());
			}
			// A parallel request renewed it first: what was presented is now the previous
			// value.
			stored = this.tokens.find(series)
				.orElseThrow(() -> new RememberMeAuthenticationException("No persistent token found for series"));
		}
		if (presented.equals(stored.previousToken()) && !stored.lastUsed().plus(this.grace).isBefore(now)) {
			request.setAttribute(SERIES_ATTRIBUTE, series);
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
