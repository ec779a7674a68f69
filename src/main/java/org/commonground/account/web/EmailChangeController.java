package org.commonground.account.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.commonground.account.AccountPrincipal;
import org.commonground.account.AccountRuleException;
import org.commonground.account.AccountService;
import org.commonground.account.InvalidTokenException;
import org.commonground.account.WrongPasswordException;
import org.commonground.shared.security.SessionControl;
import org.commonground.shared.web.Flash;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changing one's email address: the new address is asked for with the password, and takes
 * effect when the link sent to it is opened by the same account (logged in).
 */
@Controller
class EmailChangeController {

	private final AccountService accounts;

	private final SessionControl sessions;

	EmailChangeController(AccountService accounts, SessionControl sessions) {
		this.accounts = accounts;
		this.sessions = sessions;
	}

	@GetMapping("/account/email")
	String showEmailChange(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
		model.addAttribute("form", new EmailChangeForm());
		return emailPage(principal, model);
	}

	@PostMapping("/account/email")
	String requestEmailChange(@AuthenticationPrincipal AccountPrincipal principal,
			@Valid @ModelAttribute("form") EmailChangeForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.accounts.requestEmailChange(principal.getId(), form.getCurrentPassword(), form.getNewEmail());
			}
			catch (WrongPasswordException ex) {
				errors.rejectValue("currentPassword", "password.current.wrong");
			}
			catch (AccountRuleException ex) {
				errors.rejectValue("newEmail", ex.getMessageKey());
			}
		}
		if (errors.hasErrors()) {
			form.setCurrentPassword(null);
			return emailPage(principal, model);
		}
		Flash.success(redirect, "email.change.sent");
		return "redirect:/account/profile";
	}

	@GetMapping("/account/email/confirm")
	String showConfirmation(@AuthenticationPrincipal AccountPrincipal principal,
			@RequestParam(name = "token", defaultValue = "") String token, Model model) {
		Optional<String> newEmail = this.accounts.pendingEmailChange(principal.getId(), token);
		if (newEmail.isEmpty()) {
			return emailLinkInvalid(model);
		}
		model.addAttribute("token", token);
		model.addAttribute("newEmail", newEmail.get());
		return "account/email-confirm";
	}

	@PostMapping("/account/email/confirm")
	String confirm(@AuthenticationPrincipal AccountPrincipal principal,
			@RequestParam(name = "token", defaultValue = "") String token, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect, Model model) {
		AccountPrincipal updated;
		try {
			updated = this.accounts.confirmEmailChange(principal.getId(), token, request.getSession().getId());
		}
		catch (InvalidTokenException ex) {
			return emailLinkInvalid(model);
		}
		this.sessions.refreshPrincipal(updated, request, response);
		Flash.success(redirect, "email.change.done");
		return "redirect:/account/profile";
	}

	/** The invalid-link page, offering to ask for the change again. */
	private static String emailLinkInvalid(Model model) {
		model.addAttribute("emailChangeLink", true);
		return "account/link-invalid";
	}

	private String emailPage(AccountPrincipal principal, Model model) {
		model.addAttribute("account", this.accounts.get(principal.getId()));
		return "account/email";
	}

}
