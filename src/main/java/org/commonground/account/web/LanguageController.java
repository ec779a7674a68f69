package org.commonground.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.commonground.account.AccountPrincipal;
import org.commonground.account.AccountService;
import org.commonground.shared.security.SessionControl;
import org.commonground.shared.web.LocalPath;
import org.commonground.shared.web.SupportedLanguages;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language switcher. Remembers the choice in a cookie and, for a signed-in person, in
 * their account, then returns to the page they were on.
 */
@Controller
class LanguageController {

	private final LocaleResolver localeResolver;

	private final AccountService accounts;

	private final SessionControl sessions;

	LanguageController(LocaleResolver localeResolver, AccountService accounts, SessionControl sessions) {
		this.localeResolver = localeResolver;
		this.accounts = accounts;
		this.sessions = sessions;
	}

	@PostMapping("/language")
	String updateLanguage(@ModelAttribute LanguageForm form, @AuthenticationPrincipal AccountPrincipal principal,
			HttpServletRequest request, HttpServletResponse response) {
		String language = form.getLang();
		String returnTo = form.getReturn();
		if (SupportedLanguages.isSupported(language)) {
			this.localeResolver.setLocale(request, response, SupportedLanguages.toLocale(language));
			if (principal != null) {
				this.sessions.refreshPrincipal(this.accounts.changeLanguage(principal.getId(), language), request,
						response);
			}
		}
		return "redirect:" + safeReturnPath(returnTo);
	}

	/**
	 * Only a path on this site, never another host, so the switcher cannot redirect away.
	 */
	static String safeReturnPath(String returnTo) {
		return LocalPath.orElse(returnTo, "/");
	}

}
