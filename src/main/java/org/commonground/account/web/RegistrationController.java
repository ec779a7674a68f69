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
import org.commonground.account.WrongPasswordException;
import org.commonground.shared.security.SessionControl;
import org.commonground.shared.web.Flash;
import org.commonground.shared.web.RateLimitExceededException;

import org.commonground.shared.web.PreferenceLocaleResolver;

import org.springframework.http.HttpStatus;
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

/** Registration, the confirmation of the email address and a new confirmation link. */
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
			Locale locale, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			form.setPassword(null);
			return registrationPage(model, locale);
		}
		try {
			this.accounts.register(form.toRegistration(), request.getRemoteAddr());
		}
		catch (UnacceptablePasswordException ex) {
			errors.rejectValue("password", ex.getMessageKey());
			form.setPassword(null);
			return registrationPage(model, locale);
		}
		catch (RateLimitExceededException ex) {
			// Said on the form, with what was typed kept, rather than on a bare error
			// page.
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader("Retry-After", Long.toString(RateLimitExceededException.seconds(ex.getRetryAfter())));
			errors.reject("register.error.too-many",
					new Object[] { RateLimitExceededException.minutes(ex.getRetryAfter()) }, null);
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

	@GetMapping("/register/resend")
	String showResend(Model model) {
		model.addAttribute("form", new EmailAddressForm());
		return "account/resend";
	}

	@PostMapping("/register/resend")
	String resendConfirmation(@Valid @ModelAttribute("form") EmailAddressForm form, BindingResult errors) {
		if (errors.hasErrors()) {
			return "account/resend";
		}
		// The same answer for every address: registered or not, confirmed or not.
		this.accounts.resendConfirmation(form.getEmail());
		return "redirect:/register/resend/sent";
	}

	@GetMapping("/register/resend/sent")
	String showResent() {
		return "account/resend-sent";
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
		ConfirmForm form = new ConfirmForm();
		form.setToken(token);
		model.addAttribute("form", form);
		return "account/confirm";
	}

	/**
	 * Confirms the address with the password chosen at registration, and signs in: the
	 * link alone is not enough, so that whoever registered an address that is not theirs
	 * never gets its owner signed in to an account with a password they know.
	 */
	@PostMapping("/register/confirm")
	String confirmEmail(@Valid @ModelAttribute("form") ConfirmForm form, BindingResult errors,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			form.setPassword(null);
			return "account/confirm";
		}
		AccountPrincipal principal;
		try {
			principal = this.accounts.confirmEmail(form.getToken(), form.getPassword());
		}
		catch (InvalidTokenException ex) {
			return "account/link-invalid";
		}
		catch (WrongPasswordException ex) {
			errors.rejectValue("password", "confirm.password.wrong");
			form.setPassword(null);
			return "account/confirm";
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
