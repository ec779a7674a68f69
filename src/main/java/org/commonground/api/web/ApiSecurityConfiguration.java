package org.commonground.api.web;

import org.commonground.api.ApiProperties;
import org.commonground.api.ApiTokenService;
import org.commonground.shared.security.RateLimiter;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The API's own filter chain, before the site's: stateless (no session is read or made,
 * no cookie is set), no login form; a bearer token or nothing ({@link ApiClientFilter}),
 * and the per-client rate limit. The API has only GET routes: another method gets 405
 * with {@code Allow} in the API's error shape ({@link ReadOnlyMethodFilter}) before the
 * CSRF protection, which stays on, would answer it 403. Answers get an ETag from their
 * body and 304 for a matching {@code If-None-Match}.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokenService tokens, RateLimiter limiter,
			ApiProperties properties) throws Exception {
		http.securityMatcher("/api/v1/**");
		// Anyone may call the read API: every answer is read through the owning module's
		// service, which asks DialogueAccess with the caller (the token's account or
		// nobody) and answers 404 for what they may not see (ADR 0003).
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll());
		http.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		http.securityContext((context) -> context.securityContextRepository(new NullSecurityContextRepository()));
		http.requestCache((cache) -> cache.requestCache(new NullRequestCache()));
		// Read-only: another method is answered 405 before CSRF protection (which stays
		// on)
		// would refuse it with a 403.
		http.addFilterBefore(new ReadOnlyMethodFilter(), CsrfFilter.class);
		http.formLogin((form) -> form.disable());
		http.httpBasic((basic) -> basic.disable());
		http.logout((logout) -> logout.disable());
		http.rememberMe((rememberMe) -> rememberMe.disable());
		// Cache-Control is the controller's (public answers may be cached).
		http.headers((headers) -> headers.cacheControl((cache) -> cache.disable())
			.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
		http.addFilterAfter(new ApiClientFilter(tokens, limiter, properties.ratePerClient()),
				SecurityContextHolderFilter.class);
		return http.build();
	}

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtagFilter() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new ShallowEtagHeaderFilter());
		registration.addUrlPatterns("/api/v1/*");
		return registration;
	}

}
