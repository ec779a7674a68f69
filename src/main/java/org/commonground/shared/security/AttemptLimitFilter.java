package org.commonground.shared.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.commonground.shared.web.RateLimitExceededException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Refuses with 429 the login, password-reset and confirmation-link requests beyond the
 * configured limits (registrations are counted by the account module once a form is
 * accepted, so that a form shown again for a mistake costs nothing). Failed logins are
 * counted by {@link LoginFailureHandler}; this filter only checks them, so that a correct
 * password is never refused by its own success.
 */
class AttemptLimitFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(AttemptLimitFilter.class);

	static final String LOGIN_PER_ADDRESS = "login-address";

	static final String LOGIN_PER_ACCOUNT = "login-account";

	/**
	 * Decodes the path as Spring MVC and Spring Security do, so that "/%6Cogin" is
	 * "/login".
	 */
	private static final UrlPathHelper PATHS = new UrlPathHelper();

	private final RateLimiter limiter;

	private final AppSecurityProperties.RateLimits limits;

	AttemptLimitFilter(RateLimiter limiter, AppSecurityProperties.RateLimits limits) {
		this.limiter = limiter;
		this.limits = limits;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = PATHS.getPathWithinApplication(request);
		String address = request.getRemoteAddr();
		Duration wait = Duration.ZERO;
		if ("/login".equals(path)) {
			wait = this.limiter.tryConsume(LOGIN_PER_ADDRESS, this.limits.loginPerAddress(), address);
			if (wait.isZero()) {
				wait = this.limiter.tryConsume(LOGIN_PER_ACCOUNT, this.limits.loginPerAccount(),
						accountKey(request.getParameter("username"), address));
				if (!wait.isZero()) {
					this.limiter.refund(LOGIN_PER_ADDRESS, this.limits.loginPerAddress(), address);
				}
			}
		}
		else if ("/register/resend".equals(path)) {
			// As a password-reset request: the form is as small and sends as much.
			wait = this.limiter.tryConsume("resend-address", this.limits.resetPerAddress(), address);
		}
		else if ("/password/forgot".equals(path)) {
			wait = this.limiter.tryConsume("reset-address", this.limits.resetPerAddress(), address);
			if (wait.isZero()) {
				wait = this.limiter.tryConsume("reset-account", this.limits.resetPerAccount(),
						normalise(request.getParameter("email")));
			}
		}
		if (!wait.isZero()) {
			log.warn("Refused {} from {}: too many attempts", path, SafeLog.encode(address));
			response.setHeader("Retry-After", Long.toString(RateLimitExceededException.seconds(wait)));
			// For the 429 page, rendered for this request: how long, and after a login,
			// the way in without the password.
			request.setAttribute(RateLimitExceededException.MINUTES_ATTRIBUTE,
					RateLimitExceededException.minutes(wait));
			if ("/login".equals(path)) {
				request.setAttribute("loginRefused", Boolean.TRUE);
			}
			response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
			return;
		}
		chain.doFilter(request, response);
	}

	static String accountKey(String username, String address) {
		return normalise(username) + '|' + address;
	}

	private static String normalise(String value) {
		return (value != null) ? value.strip().toLowerCase(Locale.ROOT) : "";
	}

}
