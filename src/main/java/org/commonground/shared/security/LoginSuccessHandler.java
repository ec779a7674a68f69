package org.commonground.shared.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.Authentication;
import org.commonground.shared.web.LocalPath;
import org.commonground.shared.web.PreferenceLocaleResolver;

import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * Logs a successful login, gives back the attempt it took from the limits (only failures
 * count), then returns to the page the person came from: the login form's
 * {@value #CONTINUE} field (a sign-in link's {@code /login?continue=<path>}) when it is a
 * {@link LocalPath local path}, else the page that asked for a login, else the home page.
 * Anything but a local path is ignored, so that a crafted link cannot send someone to
 * another site after they log in.
 */
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final RateLimiter limiter;

	private final AppSecurityProperties.RateLimits limits;

	private final RequestCache requestCache = new HttpSessionRequestCache();

	/** The login form's field with the path to go back to. */
	static final String CONTINUE = "continue";

	LoginSuccessHandler(RateLimiter limiter, AppSecurityProperties.RateLimits limits) {
		this.limiter = limiter;
		this.limits = limits;
		setRequestCache(this.requestCache);
	}

	private static final Logger log = LoggerFactory.getLogger(LoginSuccessHandler.class);

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		log.info("Login of {} from {}", SafeLog.encode(authentication.getName()),
				SafeLog.encode(request.getRemoteAddr()));
		// The account's language becomes the device's, so that it outlasts the session.
		PreferenceLocaleResolver.remember(request, response, authentication);
		String address = request.getRemoteAddr();
		this.limiter.refund(AttemptLimitFilter.LOGIN_PER_ADDRESS, this.limits.loginPerAddress(), address);
		this.limiter.refund(AttemptLimitFilter.LOGIN_PER_ACCOUNT, this.limits.loginPerAccount(),
				AttemptLimitFilter.accountKey(request.getParameter("username"), address));
		String back = request.getParameter(CONTINUE);
		if (LocalPath.isLocal(back)) {
			this.requestCache.removeRequest(request, response);
			clearAuthenticationAttributes(request);
			getRedirectStrategy().sendRedirect(request, response, back);
			return;
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
