package org.commonground.api.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.commonground.account.AccountPrincipal;
import org.commonground.api.ApiTokenService;
import org.commonground.shared.web.Flash;
import org.commonground.shared.web.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/api-tokens} (admins only, by the site's filter chain and the service):
 * issue a personal access token for an account (its secret shown once, on the page the
 * POST redirects to, from a flash attribute: a reload issues nothing and shows it no
 * more) and revoke tokens.
 */
@Controller
class ApiTokensController {

	private final ApiTokenService tokens;

	ApiTokensController(ApiTokenService tokens) {
		this.tokens = tokens;
	}

	/** The form to issue a token. */
	public static class TokenForm {

		@NotBlank(message = "{validation.required}")
		@Size(max = 254, message = "{validation.too-long}")
		private String email;

		@NotBlank(message = "{validation.required}")
		@Size(max = 100, message = "{validation.too-long}")
		private String label;

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public String getLabel() {
			return this.label;
		}

		public void setLabel(String label) {
			this.label = label;
		}

	}

	@GetMapping("/admin/api-tokens")
	String show(Model model) {
		model.addAttribute("tokenForm", new TokenForm());
		return page(model);
	}

	@PostMapping("/admin/api-tokens")
	String issue(@AuthenticationPrincipal AccountPrincipal admin, @Valid @ModelAttribute TokenForm tokenForm,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		// An unknown account is told in the same round as the other errors.
		if (!errors.hasFieldErrors("email") && !this.tokens.issuable(tokenForm.getEmail())) {
			errors.rejectValue("email", "api.tokens.unknown-account");
		}
		else if (!errors.hasFieldErrors("email") && this.tokens.inactive(tokenForm.getEmail())) {
			errors.rejectValue("email", "api.tokens.inactive-account");
		}
		if (!errors.hasErrors()) {
			try {
				redirect.addFlashAttribute("issued",
						this.tokens.issue(admin, tokenForm.getEmail(), tokenForm.getLabel()));
				return "redirect:/admin/api-tokens";
			}
			catch (NotFoundException ex) {
				errors.rejectValue("email", "api.tokens.unknown-account");
			}
		}
		return page(model);
	}

	@PostMapping("/admin/api-tokens/{id}/revoke")
	String revoke(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect) {
		if (!confirmed) {
			// It cannot be undone: the page again, the error beside that token's box.
			model.addAttribute("tokenForm", new TokenForm());
			model.addAttribute("unconfirmedRevoke", id);
			return page(model);
		}
		this.tokens.revoke(admin, id);
		// Said once, on the page the redirect shows, not again on every reload of it.
		Flash.success(redirect, "api.tokens.revoked-flash");
		return "redirect:/admin/api-tokens";
	}

	private String page(Model model) {
		model.addAttribute("tokens", this.tokens.all());
		return "api/tokens";
	}

}
