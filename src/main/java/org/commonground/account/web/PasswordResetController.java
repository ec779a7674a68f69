package org.commonground.account.web;

import jakarta.validation.Valid;
import org.commonground.account.AccountService;
import org.commonground.account.InvalidTokenException;
import org.commonground.account.UnacceptablePasswordException;
import org.commonground.shared.web.Flash;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Forgot your password?": ask for a link by email, then choose a new password. */
@Controller
class PasswordResetController {

	private final AccountService accounts;

	PasswordResetController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/password/forgot")
	String showForgotPassword(Model model) {
		model.addAttribute("form", new EmailAddressForm());
		return "account/forgot-password";
	}

	@PostMapping("/password/forgot")
	String createResetRequest(@Valid @ModelAttribute("form") EmailAddressForm form, BindingResult errors) {
		if (errors.hasErrors()) {
			return "account/forgot-password";
		}
		this.accounts.requestPasswordReset(form.getEmail());
		return "redirect:/password/forgot/sent";
	}

	@GetMapping("/password/forgot/sent")
	String showResetRequested() {
		return "account/forgot-password-sent";
	}

	@GetMapping("/password/reset")
	String showResetPassword(@RequestParam(name = "token", defaultValue = "") String token, Model model) {
		if (!this.accounts.isUsableToken(token)) {
			return "account/link-invalid";
		}
		ResetPasswordForm form = new ResetPasswordForm();
		form.setToken(token);
		model.addAttribute("form", form);
		return "account/reset-password";
	}

	@PostMapping("/password/reset")
	String updatePassword(@Valid @ModelAttribute("form") ResetPasswordForm form, BindingResult errors,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			form.setNewPassword(null);
			return "account/reset-password";
		}
		try {
			this.accounts.resetPassword(form.getToken(), form.getNewPassword());
		}
		catch (InvalidTokenException ex) {
			return "account/link-invalid";
		}
		catch (UnacceptablePasswordException ex) {
			errors.rejectValue("newPassword", ex.getMessageKey());
			form.setNewPassword(null);
			return "account/reset-password";
		}
		Flash.success(redirect, "password.reset.done");
		return "redirect:/login";
	}

}
