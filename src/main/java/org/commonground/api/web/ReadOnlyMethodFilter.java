package org.commonground.api.web;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API only reads: any method but GET, HEAD and OPTIONS is answered 405 with
 * {@code Allow}, in the API's error shape ({@link ApiErrorAttributes}), before the CSRF
 * filter would answer it with a 403 that says nothing useful to an API client.
 */
class ReadOnlyMethodFilter extends OncePerRequestFilter {

	private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (READING.contains(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader(HttpHeaders.ALLOW, "GET, HEAD, OPTIONS");
		response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
	}

}
