package org.commonground.shared.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.commonground.shared.web.LocalPath;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Logs a failed login (its attempt was already counted by {@link AttemptLimitFilter}) and
 * redirects to {@code /login?error}. An unknown email and a wrong password give the same
 * answer; only someone who knows the password learns that the account is suspended or
 * unconfirmed. The page to go back to after a login (a local path only) is kept.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

	private static final Logger log = LoggerFactory.getLogger(LoginFailureHandler.class);

	private final RedirectStrategy redirect = new DefaultRedirectStrategy();

	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String username = request.getParameter("username");
		String address = request.getRemoteAddr();
		String target = "/login?error";
		if (exception instanceof LockedException) {
			target = "/login?error&reason=suspended";
		}
		else if (exception instanceof DisabledException) {
			target = "/login?error&reason=unconfirmed";
		}

		String back = request.getParameter(LoginSuccessHandler.CONTINUE);
		if (LocalPath.isLocal(back)) {
			target += "&" + LoginSuccessHandler.CONTINUE + "="
					+ java.net.URLEncoder.encode(back, java.nio.charset.StandardCharsets.UTF_8);
		}
		log.info("Failed login for {} from {}: {}", SafeLog.encode(username), SafeLog.encode(address),
				exception.getClass().getSimpleName());
		if (username != null && username.length() <= 254) {
			FlashMap flash = new FlashMap();
			flash.put("username", username);
			flash.setTargetRequestPath("/login");
			this.flashMaps.saveOutputFlashMap(flash, request, response);
		}
		this.redirect.sendRedirect(request, response, target);
	}

}
