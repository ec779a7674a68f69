package org.commonground.shared.security;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that began longer ago than the absolute timeout, however active it is.
 */
class AbsoluteSessionTimeoutFilter extends OncePerRequestFilter {

	private final Duration timeout;

	AbsoluteSessionTimeoutFilter(Duration timeout) {
		this.timeout = timeout;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && System.currentTimeMillis() - session.getCreationTime() > this.timeout.toMillis()) {
			session.invalidate();
		}
		chain.doFilter(request, response);
	}

}
