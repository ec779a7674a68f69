package org.commonground.account.web;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.commonground.account.AccountPrincipal;
import org.commonground.account.AccountService;
import org.commonground.account.InvalidTokenException;
import org.commonground.account.UnacceptablePasswordException;
import org.commonground.shared.security.SessionControl;
import org.commonground.shared.web.Flash;

import org.commonground.shared.web.PreferenceLocaleResolver;

import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Registration and the confirmation of the email address. */
@Controller
class RegistrationController {

	private final AccountService accounts;

	private final AccountFormOptions options;

	private final SessionControl sessions;

	private final HttpSessionRequestCache savedRequests = new HttpSessionRequestCache();

	RegistrationController(AccountService accounts, AccountFormOptions options, SessionControl sessions) {
		this.accounts = accounts;
		this.options = options;
		this.sessions = sessions;
	}

	@GetMapping("/register")
	String showRegistration(Model model, Locale locale) {
		RegisterForm form = new RegisterForm();
		form.setLocale(locale.getLanguage());
		model.addAttribute("form", form);
		return registrationPage(model, locale);
	}

	@PostMapping("/register")
	String createAccount(@Valid @ModelAttribute("form") RegisterForm form, BindingResult errors, Model model,
			Locale locale, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			form.setPassword(null);
			return registrationPage(model, locale);
		}
		try {
			this.accounts.register(form.toRegistration());
		}
		catch (UnacceptablePasswordException ex) {
			errors.rejectValue("password", ex.getMessageKey());
			form.setPassword(null);
			return registrationPage(model, locale);
		}
		redirect.addFlashAttribute("registeredEmail", form.getEmail().strip());
		return "redirect:/register/sent";
	}

	@GetMapping("/register/sent")
	String showSent() {
		return "account/register-sent";
	}

	@GetMapping("/register/confirm")
	String showConfirmation(@RequestParam(name = "token", defaultValue = "") String token, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		// In the language of the account the email was written for, on any device.
		Optional<String> language = this.accounts.usableTokenLanguage(token);
		if (language.isEmpty()) {
			return "account/link-invalid";
		}
		PreferenceLocaleResolver.useFor(request, response, language.get());
		model.addAttribute("token", token);
		return "account/confirm";
	}

	@PostMapping("/register/confirm")
	String confirmEmail(@RequestParam(name = "token", defaultValue = "") String token, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		AccountPrincipal principal;
		try {
			principal = this.accounts.confirmEmail(token);
		}
		catch (InvalidTokenException ex) {
			return "account/link-invalid";
		}
		this.sessions.signIn(principal, request, response);
		Flash.success(redirect, "register.confirmed");
		// Someone who came from an invitation link goes back to it, to accept it.
		SavedRequest saved = this.savedRequests.getRequest(request, response);
		if (saved != null) {
			String path = java.net.URI.create(saved.getRedirectUrl()).getRawPath();
			if (path != null && path.startsWith("/invitations/")) {
				this.savedRequests.removeRequest(request, response);
				return "redirect:" + path;
			}
		}
		return "redirect:/";
	}

	private String registrationPage(Model model, Locale locale) {
		model.addAttribute("groups", this.options.stakeholderGroups(locale));
		model.addAttribute("countries", this.options.countries(locale));
		return "account/register";
	}

}
