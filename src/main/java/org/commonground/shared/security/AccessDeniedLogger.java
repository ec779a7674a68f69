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

/** Logs a refused request, then answers with the 403 page. */
class AccessDeniedLogger implements AccessDeniedHandler {

	private static final Logger log = LoggerFactory.getLogger(AccessDeniedLogger.class);

	private final AccessDeniedHandler delegate = new AccessDeniedHandlerImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException, ServletException {
		String user = (request.getUserPrincipal() != null) ? request.getUserPrincipal().getName() : "visitor";
		log.warn("Refused {} {} to {} from {}: {}", request.getMethod(), SafeLog.encode(request.getRequestURI()),
				SafeLog.encode(user), SafeLog.encode(request.getRemoteAddr()), accessDeniedException.getMessage());
		this.delegate.handle(request, response, accessDeniedException);
	}

}
