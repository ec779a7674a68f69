package org.commonground.shared.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Logs a successful login, gives back the attempt it took from the limits (only failures
 * count), then returns to the page that asked for it.
 */
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final RateLimiter limiter;

	private final AppSecurityProperties.RateLimits limits;

	LoginSuccessHandler(RateLimiter limiter, AppSecurityProperties.RateLimits limits) {
		this.limiter = limiter;
		this.limits = limits;
	}

	private static final Logger log = LoggerFactory.getLogger(LoginSuccessHandler.class);

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		log.info("Login of {} from {}", SafeLog.encode(authentication.getName()),
				SafeLog.encode(request.getRemoteAddr()));
		String address = request.getRemoteAddr();
		this.limiter.refund(AttemptLimitFilter.LOGIN_PER_ADDRESS, this.limits.loginPerAddress(), address);
		this.limiter.refund(AttemptLimitFilter.LOGIN_PER_ACCOUNT, this.limits.loginPerAccount(),
				AttemptLimitFilter.accountKey(request.getParameter("username"), address));
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
