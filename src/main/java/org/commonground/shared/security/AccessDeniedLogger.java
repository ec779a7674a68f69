package org.commonground.shared.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Logs a refused request, then answers with the 403 page; a request to the admin console
 * by someone logged in who is not an admin gets the ordinary 404 page (HTML or JSON, as
 * the client asks), like every other page a user may not see. A change without its CSRF
 * token stays a 403, wherever it goes, and its page says the form expired (most often it
 * was open in a tab while the person signed out in another) rather than that the account
 * lacks a permission.
 */
class AccessDeniedLogger implements AccessDeniedHandler {

	private static final Logger log = LoggerFactory.getLogger(AccessDeniedLogger.class);

	/**
	 * Request attribute the 403 page reads: the form's CSRF token was missing or stale.
	 */
	static final String FORM_EXPIRED = "formExpired";

	private final AccessDeniedHandler delegate = new AccessDeniedHandlerImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException, ServletException {
		String user = (request.getUserPrincipal() != null) ? request.getUserPrincipal().getName() : "visitor";
		log.warn("Refused {} {} to {} from {}: {}", request.getMethod(), SafeLog.encode(request.getRequestURI()),
				SafeLog.encode(user), SafeLog.encode(request.getRemoteAddr()), accessDeniedException.getMessage());
		if (!(accessDeniedException instanceof CsrfException) && isAdminConsole(request)) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		if (accessDeniedException instanceof CsrfException) {
			request.setAttribute(FORM_EXPIRED, Boolean.TRUE);
		}
		this.delegate.handle(request, response, accessDeniedException);
	}

	private static boolean isAdminConsole(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/admin") || path.startsWith("/admin/");
	}

}
