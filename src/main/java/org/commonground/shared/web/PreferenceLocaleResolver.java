package org.commonground.shared.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.WebUtils;

/**
 * Chooses the interface language: a language chosen for the response (see
 * {@link #OVERRIDE_ATTRIBUTE}), else the signed-in account's preference, else the
 * switcher's cookie, else the best supported match of {@code Accept-Language}, else
 * English. Where the language comes from a signed-in account, {@link #remember} keeps it
 * for the device too (at login and logout), so that it is not lost when the person signs
 * out on a device that never chose one.
 */
public class PreferenceLocaleResolver implements LocaleResolver {

	public static final String COOKIE_NAME = "cg_lang";

	private static final int COOKIE_MAX_AGE = (int) Duration.ofDays(365).toSeconds();

	/**
	 * A request attribute holding a {@link Locale} chosen for this one response (an
	 * export's {@code lang} parameter): it wins over everything else.
	 */
	public static final String OVERRIDE_ATTRIBUTE = PreferenceLocaleResolver.class.getName() + ".OVERRIDE";

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (request.getAttribute(OVERRIDE_ATTRIBUTE) instanceof Locale chosen) {
			return chosen;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof PreferredLanguage preference) {
			Locale locale = SupportedLanguages.toLocale(preference.preferredLanguage());
			if (locale != null) {
				return locale;
			}
		}
		Cookie cookie = WebUtils.getCookie(request, COOKIE_NAME);
		if (cookie != null) {
			Locale locale = SupportedLanguages.toLocale(cookie.getValue());
			if (locale != null) {
				return locale;
			}
		}
		if (request.getHeader("Accept-Language") != null) {
			for (Locale candidate : java.util.Collections.list(request.getLocales())) {
				Locale locale = SupportedLanguages.toLocale(candidate.getLanguage());
				if (locale != null) {
					return locale;
				}
			}
		}
		return SupportedLanguages.DEFAULT;
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		if (locale == null || !SupportedLanguages.isSupported(locale.getLanguage())) {
			return;
		}
		writeCookie(request, response, locale);
	}

	/**
	 * Keeps a signed-in person's language for the device: writes the switcher's cookie
	 * with their account's language unless it already holds it. Called when they sign in
	 * and before they sign out.
	 */
	public static void remember(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) {
		if (authentication == null || !(authentication.getPrincipal() instanceof PreferredLanguage preference)) {
			return;
		}
		Locale locale = SupportedLanguages.toLocale(preference.preferredLanguage());
		if (locale == null) {
			return;
		}
		Cookie existing = WebUtils.getCookie(request, COOKIE_NAME);
		if (existing != null && locale.getLanguage().equals(existing.getValue())) {
			return;
		}
		writeCookie(request, response, locale);
	}

	/**
	 * Whether the visitor chose a language: signed in with an account's language, or with
	 * the switcher's cookie on this device.
	 */
	public static boolean chosen(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof PreferredLanguage preference
				&& SupportedLanguages.toLocale(preference.preferredLanguage()) != null) {
			return true;
		}
		Cookie cookie = WebUtils.getCookie(request, COOKIE_NAME);
		return cookie != null && SupportedLanguages.toLocale(cookie.getValue()) != null;
	}

	/**
	 * Shows this response in a language (the language of the account an emailed link is
	 * for), and keeps it for the device when the device has not chosen one.
	 */
	public static void useFor(HttpServletRequest request, HttpServletResponse response, String language) {
		Locale locale = SupportedLanguages.toLocale(language);
		if (locale == null) {
			return;
		}
		request.setAttribute(OVERRIDE_ATTRIBUTE, locale);
		if (WebUtils.getCookie(request, COOKIE_NAME) == null) {
			writeCookie(request, response, locale);
		}
	}

	private static void writeCookie(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Cookie cookie = new Cookie(COOKIE_NAME, locale.getLanguage());
		cookie.setPath("/");
		cookie.setMaxAge(COOKIE_MAX_AGE);
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
	}

}
