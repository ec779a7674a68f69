package org.commonground.api.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.commonground.api.ApiTokenService;
import org.commonground.api.ApiTokenService.TokenHolder;
import org.commonground.shared.security.AppSecurityProperties;
import org.commonground.shared.security.RateLimiter;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who calls the API: with {@code Authorization: Bearer <token>}, the token's account (a
 * revoked, unknown or malformed token answers 401, never a silent anonymous read);
 * without, an anonymous caller. Then one request from the client's rate limit, keyed by
 * the token, else by the address (already the real client's behind trusted proxies); when
 * it is used up, 429 with {@code Retry-After}.
 */
class ApiClientFilter extends OncePerRequestFilter {

	/** The name of the API's buckets in the shared rate limit store. */
	static final String LIMIT_NAME = "api-client";

	private static final String BEARER = "Bearer ";

	private final ApiTokenService tokens;

	private final RateLimiter limiter;

	private final AppSecurityProperties.Limit limit;

	ApiClientFilter(ApiTokenService tokens, RateLimiter limiter, AppSecurityProperties.Limit limit) {
		this.tokens = tokens;
		this.limiter = limiter;
		this.limit = limit;
	}

	/** The rate limit's subject of a token. */
	static String tokenSubject(long tokenId) {
		return "token:" + tokenId;
	}

	/** The rate limit's subject of an anonymous client. */
	static String addressSubject(String address) {
		return "ip:" + address;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		String subject;
		if (authorization != null) {
			Optional<TokenHolder> holder = authorization.startsWith(BEARER)
					? this.tokens.authenticate(authorization.substring(BEARER.length()).strip()) : Optional.empty();
			if (holder.isEmpty()) {
				response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
				write(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized");
				return;
			}
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(holder.get().principal(), null,
					holder.get().principal().getAuthorities()));
			SecurityContextHolder.setContext(context);
			subject = tokenSubject(holder.get().tokenId());
		}
		else {
			subject = addressSubject(request.getRemoteAddr());
		}
		Duration wait = this.limiter.tryConsume(LIMIT_NAME, this.limit, subject);
		if (!wait.isZero()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000)));
			write(response, 429, "too_many_requests");
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static void write(HttpServletResponse response, int status, String error) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write("{\"status\":" + status + ",\"error\":\"" + error + "\"}");
	}

}
