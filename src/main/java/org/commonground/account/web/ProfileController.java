package org.commonground.account.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.commonground.account.Account;
import org.commonground.account.AccountPrincipal;
import org.commonground.account.AccountService;
import org.commonground.account.UnacceptablePasswordException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own profile and password. */
@Controller
class ProfileController {

	private final AccountService accounts;

	private final AccountFormOptions options;

	private final SessionControl sessions;

	ProfileController(AccountService accounts, AccountFormOptions options, SessionControl sessions) {
		this.accounts = accounts;
		this.options = options;
		this.sessions = sessions;
	}

	@GetMapping("/account/profile")
	String showProfile(@AuthenticationPrincipal AccountPrincipal principal, Model model, Locale locale) {
		model.addAttribute("form", ProfileForm.of(this.accounts.get(principal.getId())));
		return profilePage(principal, model, locale);
	}

	@PostMapping("/account/profile")
	String updateProfile(@AuthenticationPrincipal AccountPrincipal principal,
			@Valid @ModelAttribute("form") ProfileForm form, BindingResult errors, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!this.accounts.mayClaimGroup(principal.getId(), form.getStakeholderGroup())) {
			errors.rejectValue("stakeholderGroup", "account.stakeholder-group.required");
		}
		if (errors.hasErrors()) {
			return profilePage(principal, model, locale);
		}
		AccountPrincipal updated = this.accounts.updateProfile(principal.getId(), form.toUpdate());
		this.sessions.refreshPrincipal(updated, request, response);
		Flash.success(redirect, "profile.saved");
		return "redirect:/account/profile";
	}

	@GetMapping("/account/password")
	String showPasswordChange(Model model) {
		model.addAttribute("form", new PasswordChangeForm());
		return "account/password";
	}

	@PostMapping("/account/password")
	String updatePassword(@AuthenticationPrincipal AccountPrincipal principal,
			@Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult errors, HttpServletRequest request,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.accounts.changePassword(principal.getId(), form.getCurrentPassword(), form.getNewPassword(),
						request.getSession().getId());
			}
			catch (WrongPasswordException ex) {
				errors.rejectValue("currentPassword", "password.current.wrong");
			}
			catch (UnacceptablePasswordException ex) {
				errors.rejectValue("newPassword", ex.getMessageKey());
			}
		}
		if (errors.hasErrors()) {
			form.setCurrentPassword(null);
			form.setNewPassword(null);
			return "account/password";
		}
		Flash.success(redirect, "password.change.done");
		return "redirect:/account/profile";
	}

	private String profilePage(AccountPrincipal principal, Model model, Locale locale) {
		Account account = this.accounts.get(principal.getId());
		model.addAttribute("account", account);
		model.addAttribute("groups", this.options.stakeholderGroups(locale, account.getStakeholderGroup()));
		model.addAttribute("countries", this.options.countries(locale));
		return "account/profile";
	}

}
