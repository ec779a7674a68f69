package org.commonground.account.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.commonground.account.AccountDeletion;
import org.commonground.account.AccountPrincipal;
import org.commonground.account.PersonalDataExport;
import org.commonground.account.WrongPasswordException;
import org.commonground.shared.web.Flash;

import org.commonground.shared.web.PreferenceLocaleResolver;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own data: downloading it, and deleting the account. */
@Controller
class MyDataController {

	private final PersonalDataExport export;

	private final AccountDeletion deletion;

	MyDataController(PersonalDataExport export, AccountDeletion deletion) {
		this.export = export;
		this.deletion = deletion;
	}

	/** Streams the ZIP at once: nothing to wait for, no password on the archive. */
	@GetMapping("/account/data")
	void downloadData(@AuthenticationPrincipal AccountPrincipal principal, Locale locale, HttpServletResponse response)
			throws IOException {
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"common-ground-my-data-" + LocalDate.now(ZoneOffset.UTC) + ".zip\"");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		this.export.write(principal.getId(), locale, response.getOutputStream());
	}

	@GetMapping("/account/delete")
	String showDeletion(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
		model.addAttribute("form", new DeletionForm());
		return deletionPage(principal, model);
	}

	@PostMapping("/account/delete")
	String requestDeletion(@AuthenticationPrincipal AccountPrincipal principal,
			@Valid @ModelAttribute("form") DeletionForm form, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				Instant due = this.deletion.request(principal.getId(), form.getPassword());
				// Signed out, the person still reads the site in their language.
				PreferenceLocaleResolver.remember(request, response,
						SecurityContextHolder.getContext().getAuthentication());
				new SecurityContextLogoutHandler().logout(request, response, null);
				Flash.success(redirect, "deletion.requested", due);
				return "redirect:/";
			}
			catch (WrongPasswordException ex) {
				errors.rejectValue("password", "password.current.wrong");
			}
		}
		return deletionPage(principal, model);
	}

	private String deletionPage(AccountPrincipal principal, Model model) {
		model.addAttribute("due", this.deletion.dueIfRequestedNow());
		return "account/delete";
	}

}
