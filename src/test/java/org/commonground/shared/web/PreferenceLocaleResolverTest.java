package org.commonground.shared.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class PreferenceLocaleResolverTest {

	private final PreferenceLocaleResolver resolver = new PreferenceLocaleResolver();

	@AfterEach
	void clearContext() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void englishWhenNothingElseIsKnown() {
		assertThat(this.resolver.resolveLocale(new MockHttpServletRequest())).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void theBestSupportedBrowserLanguage() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("Accept-Language", "de-DE,pt-BR;q=0.8,fr;q=0.5");
		request.setPreferredLocales(List.of(Locale.GERMANY, Locale.forLanguageTag("pt-BR"), Locale.FRENCH));
		assertThat(this.resolver.resolveLocale(request).getLanguage()).isEqualTo("pt");
	}

	@Test
	void theCookieWinsOverTheBrowser() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("Accept-Language", "fr");
		request.setPreferredLocales(List.of(Locale.FRENCH));
		request.setCookies(new Cookie(PreferenceLocaleResolver.COOKIE_NAME, "sw"));
		assertThat(this.resolver.resolveLocale(request).getLanguage()).isEqualTo("sw");
	}

	@Test
	void theAccountPreferenceWinsOverTheCookie() {
		PreferredLanguage principal = () -> "es";
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()));
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setCookies(new Cookie(PreferenceLocaleResolver.COOKIE_NAME, "sw"));
		assertThat(this.resolver.resolveLocale(request).getLanguage()).isEqualTo("es");
	}

	@Test
	void anUnsupportedCookieIsIgnoredAndNeverWritten() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setCookies(new Cookie(PreferenceLocaleResolver.COOKIE_NAME, "xx"));
		assertThat(this.resolver.resolveLocale(request)).isEqualTo(Locale.ENGLISH);
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.resolver.setLocale(request, response, Locale.GERMAN);
		assertThat(response.getCookie(PreferenceLocaleResolver.COOKIE_NAME)).isNull();
		this.resolver.setLocale(request, response, Locale.FRENCH);
		assertThat(response.getCookie(PreferenceLocaleResolver.COOKIE_NAME).getValue()).isEqualTo("fr");
		assertThat(response.getCookie(PreferenceLocaleResolver.COOKIE_NAME).isHttpOnly()).isTrue();
	}

}
