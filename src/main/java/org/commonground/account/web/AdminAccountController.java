package org.commonground.account.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.validation.Valid;
import org.commonground.account.AccountKind;
import org.commonground.account.AccountPrincipal;
import org.commonground.account.AccountRole;
import org.commonground.account.AccountRuleException;
import org.commonground.account.Account;
import org.commonground.account.AccountDeletion;
import org.commonground.account.AccountService;
import org.springframework.data.domain.Page;
import org.commonground.account.AccountStatus;
import org.commonground.shared.web.Flash;
import org.commonground.shared.web.PageNumber;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins list and search accounts, change roles, suspend and reactivate. */
@Controller
class AdminAccountController {

	/** The status filter's option for accounts whose owner asked for their deletion. */
	static final String DELETION_REQUESTED = "DELETION_REQUESTED";

	/** Said when the account already had the role chosen: nothing happened. */
	private static final String ROLE_UNCHANGED = "admin.accounts.role-unchanged";

	private final AccountService accounts;

	private final AccountDeletion deletion;

	AdminAccountController(AccountService accounts, AccountDeletion deletion) {
		this.accounts = accounts;
		this.deletion = deletion;
	}

	@GetMapping("/admin/accounts")
	String showAccounts(@RequestParam(name = "q", defaultValue = "") String query,
			@RequestParam(name = "role", required = false) AccountRole role,
			@RequestParam(name = "status", required = false) String statusFilter,
			@RequestParam(name = "kind", required = false) AccountKind kind,
			@RequestParam(name = "page", defaultValue = "0") @PageNumber int page, Model model, Locale locale) {
		// A status the list does not know (an old link, a typed address) is ignored, not
		// a
		// 400 page; "deletion requested" is a filter of its own, not an account status.
		boolean deletionRequested = DELETION_REQUESTED.equals(statusFilter);
		AccountStatus status = Arrays.stream(AccountStatus.values())
			.filter((s) -> s.name().equals(statusFilter))
			.findFirst()
			.orElse(null);
		Page<Account> found = this.accounts.search(query, role, status, deletionRequested, kind, page);
		model.addAttribute("accounts", found);
		model.addAttribute("deletionsDue", this.deletion.deletionsDue(found.map(Account::getId).getContent()));
		model.addAttribute("q", query);
		model.addAttribute("role", role);
		model.addAttribute("status",
				(status != null) ? status.name() : (deletionRequested ? DELETION_REQUESTED : null));
		model.addAttribute("roles", AccountRole.values());
		model.addAttribute("statuses", statusOptions());
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", AccountKind.values());
		return "admin/accounts";
	}

	@PostMapping("/admin/accounts/{id}/role")
	String updateRole(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable long id,
			@Valid @ModelAttribute RoleForm form, @RequestParam(defaultValue = "false") boolean confirmed,
			ListFilters back, RedirectAttributes redirect) {
		if (form.getRole() == AccountRole.ADMIN && !confirmed) {
			// Administrators can do anything: the box must be ticked, the error beside
			// it.
			// The role asked for stays chosen beside the error.
			redirect.addFlashAttribute("unconfirmedRole", form.getRole());
			return unconfirmed(redirect, back, id, "role");
		}
		return apply(redirect, back, () -> this.accounts.changeRole(admin.getId(), id, form.getRole())
				? "admin.accounts.role-changed" : ROLE_UNCHANGED);
	}

	@PostMapping("/admin/accounts/{id}/suspend")
	String updateSuspend(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean confirmed, ListFilters back, RedirectAttributes redirect) {
		if (!confirmed) {
			// It ends the person's sessions: the box must be ticked, the error beside it.
			return unconfirmed(redirect, back, id, "suspend");
		}
		return apply(redirect, back, () -> {
			this.accounts.suspend(admin.getId(), id);
			return "admin.accounts.suspended";
		});
	}

	@PostMapping("/admin/accounts/{id}/reactivate")
	String updateReactivate(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable long id, ListFilters back,
			RedirectAttributes redirect) {
		return apply(redirect, back, () -> {
			this.accounts.reactivate(admin.getId(), id);
			return "admin.accounts.reactivated";
		});
	}

	private static String[] statusOptions() {
		String[] options = new String[AccountStatus.values().length + 1];
		for (int i = 0; i < AccountStatus.values().length; i++) {
			options[i] = AccountStatus.values()[i].name();
		}
		options[options.length - 1] = DELETION_REQUESTED;
		return options;
	}

	/**
	 * Back to the list, at the account's card, with the error beside the box that was not
	 * ticked ({@code unconfirmed} names the box: {@code role-confirm-<id>} or
	 * {@code suspend-confirm-<id>}).
	 */
	private static String unconfirmed(RedirectAttributes redirect, ListFilters back, long id, String form) {
		redirect.addFlashAttribute("unconfirmed", form + "-confirm-" + id);
		back.keep(redirect);
		return "redirect:/admin/accounts#account-" + id;
	}

	/** Makes the change, which answers the message key of what it did. */
	private String apply(RedirectAttributes redirect, ListFilters back, Supplier<String> change) {
		try {
			String done = change.get();
			if (ROLE_UNCHANGED.equals(done)) {
				Flash.info(redirect, done);
			}
			else {
				Flash.success(redirect, done);
			}
		}
		catch (AccountRuleException ex) {
			Flash.error(redirect, ex.getMessageKey());
		}
		back.keep(redirect);
		return "redirect:/admin/accounts";
	}

	/**
	 * The filters of the list a change was made from (hidden fields of its forms), so
	 * that the admin lands back on that list. Only values the list understands are kept:
	 * a search of reasonable length, a known role, status and kind, a page number.
	 */
	static class ListFilters {

		private static final int MAX_QUERY = 200;

		private static final int MAX_PAGE = 100_000;

		private String backQ;

		private String backRole;

		private String backStatus;

		private String backKind;

		private String backPage;

		public void setBackQ(String backQ) {
			this.backQ = backQ;
		}

		public void setBackRole(String backRole) {
			this.backRole = backRole;
		}

		public void setBackStatus(String backStatus) {
			this.backStatus = backStatus;
		}

		public void setBackKind(String backKind) {
			this.backKind = backKind;
		}

		public void setBackPage(String backPage) {
			this.backPage = backPage;
		}

		void keep(RedirectAttributes redirect) {
			if (this.backQ != null && !this.backQ.isBlank() && this.backQ.length() <= MAX_QUERY) {
				redirect.addAttribute("q", this.backQ.strip());
			}
			if (Arrays.stream(AccountRole.values()).anyMatch((r) -> r.name().equals(this.backRole))) {
				redirect.addAttribute("role", this.backRole);
			}
			if (Arrays.stream(AccountStatus.values()).anyMatch((s) -> s.name().equals(this.backStatus))
					|| DELETION_REQUESTED.equals(this.backStatus)) {
				redirect.addAttribute("status", this.backStatus);
			}
			if (Arrays.stream(AccountKind.values()).anyMatch((k) -> k.name().equals(this.backKind))) {
				redirect.addAttribute("kind", this.backKind);
			}
			if (this.backPage != null && this.backPage.matches("[0-9]{1,6}")) {
				int page = Integer.parseInt(this.backPage);
				if (page > 0 && page <= MAX_PAGE) {
					redirect.addAttribute("page", page);
				}
			}
		}

	}

}
