package org.commonground.shared.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import javax.sql.DataSource;

import jakarta.servlet.DispatcherType;

import org.commonground.shared.web.Webhooks;
import org.commonground.shared.web.PreferenceLocaleResolver;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.RememberMeAuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.RememberMeServices;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter.Directive;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.util.StringUtils;

/**
 * The one security filter chain: form login with remember-me, CSRF on every POST (token
 * in a cookie, so that visitors need no session), strict headers, and attempt limits.
 * Only whole areas are guarded here ({@code /account}, {@code /admin}, and every change
 * under {@code /dialogues} and {@code /invitations} needs a login); every other route is
 * open at this level and its service checks access (PRODUCT.md: "every check is on the
 * server, in the service layer"), answering 404 for what must stay hidden.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "frame-ancestors 'none'; form-action 'self'; img-src 'self' data:";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AppSecurityProperties properties, RateLimiter limiter,
			RememberMeServices rememberMeServices, AuthenticationManager authenticationManager,
			ObjectProvider<CsrfExemption> csrfExemptions) throws Exception {
		CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
		csrfTokens.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/account/**")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/dialogues/**", "/invitations/**")
			.authenticated()
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.anyRequest()
			.permitAll());
		// The form login and remember-me use this manager, not one Spring Security would
		// build with the default checks (which tell the account's state before the
		// password).
		http.authenticationManager(authenticationManager);
		http.formLogin((form) -> form.loginPage("/login")
			.usernameParameter("username")
			.passwordParameter("password")
			.successHandler(new LoginSuccessHandler(limiter, properties.rateLimits()))
			.failureHandler(new LoginFailureHandler()));
		http.rememberMe((rememberMe) -> rememberMe.rememberMeServices(rememberMeServices));
		// The person's language stays with the device when they sign out; the browser's
		// cache goes (over HTTPS, where browsers honour Clear-Site-Data), so the next
		// person at a shared computer finds none of the pages or files the person saw.
		http.logout((logout) -> logout.logoutUrl("/logout")
			.addLogoutHandler(PreferenceLocaleResolver::remember)
			.addLogoutHandler(new HeaderWriterLogoutHandler(new ClearSiteDataHeaderWriter(Directive.CACHE)))
			.logoutSuccessUrl("/?signedOut"));
		// Webhooks (/hooks/**, /sms/inbound) are called by gateways, not browsers: each
		// checks a
		// shared secret or a signature on the raw body itself, and refuses everything
		// else.
		// Other exemptions (CsrfExemption beans) accept only their own signed tokens.
		http.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens)
			.ignoringRequestMatchers(
					(request) -> HttpMethod.POST.matches(request.getMethod()) && Webhooks.matches(request),
					(request) -> csrfExemptions.stream().anyMatch((exemption) -> exemption.matches(request))));
		http.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()));
		http.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(new AccessDeniedLogger()));
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader((permissions) -> permissions.policy("camera=(), microphone=(), geolocation=()")));
		http.addFilterBefore(new AttemptLimitFilter(limiter, properties.rateLimits()),
				UsernamePasswordAuthenticationFilter.class);
		http.addFilterBefore(new AbsoluteSessionTimeoutFilter(properties.sessionAbsoluteTimeout()),
				SecurityContextHolderFilter.class);
		return http.build();
	}

	/**
	 * No Micrometer observations of the filter chain, authentications and authorizations:
	 * nothing exports them (the actuator exposes only health), and with them every one of
	 * the chain's filters ran wrapped in two observations with their tags on every
	 * request (a profile of the challenge page under load, issue #14).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Forwarded headers, believed only from the configured proxies; first of all filters,
	 * so that sessions, CSRF cookies, HSTS and attempt limits all see the real client and
	 * scheme.
	 */
	@Bean
	FilterRegistrationBean<TrustedProxyFilter> trustedProxyFilter(AppSecurityProperties properties) {
		FilterRegistrationBean<TrustedProxyFilter> registration = new FilterRegistrationBean<>(
				new TrustedProxyFilter(properties.trustedProxies()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	RememberMeTokens persistentTokenRepository(DataSource dataSource) {
		RememberMeTokens repository = new RememberMeTokens();
		repository.setDataSource(dataSource);
		return repository;
	}

	@Bean
	RememberMeServices rememberMeServices(AppSecurityProperties properties, UserDetailsService userDetailsService,
			RememberMeTokens tokens, Clock clock) {
		GracefulRememberMeServices services = new GracefulRememberMeServices(rememberMeKey(properties),
				userDetailsService, tokens, properties.rememberMeGrace(), clock);
		services.setTokenValiditySeconds((int) properties.rememberMeValidity().toSeconds());
		services.setParameter("remember-me");
		// HttpOnly is set by Spring Security; Secure whenever the request came over HTTPS
		// (directly or through a trusted proxy).
		services.setCookieCustomizer((cookie) -> cookie.setAttribute("SameSite", "Lax"));
		return services;
	}

	/**
	 * Checks the password before the account's state, so that only someone who knows the
	 * password learns that an account is suspended or not yet confirmed. The filter chain
	 * uses it for the form login and remember-me. Publishes Spring Security's
	 * authentication events (a login undoes a pending account deletion).
	 */
	@Bean
	AuthenticationManager authenticationManager(UserDetailsService userDetailsService, PasswordEncoder encoder,
			AppSecurityProperties properties, ApplicationEventPublisher events) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetailsService);
		passwords.setPasswordEncoder(encoder);
		passwords.setPreAuthenticationChecks((user) -> {
		});
		passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
		ProviderManager manager = new ProviderManager(passwords,
				new RememberMeAuthenticationProvider(rememberMeKey(properties)));
		manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
		return manager;
	}

	private static String rememberMeKey(AppSecurityProperties properties) {
		return StringUtils.hasText(properties.rememberMeKey()) ? properties.rememberMeKey() : RandomKey.VALUE;
	}

	private static final class RandomKey {

		private static final SecureRandom RANDOM = new SecureRandom();

		static final String VALUE = newKey();

		private static String newKey() {
			byte[] bytes = new byte[32];
			RANDOM.nextBytes(bytes);
			return Base64.getEncoder().encodeToString(bytes);
		}

	}

}
