package org.commonground.sms.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.commonground.account.AccountDeletion;
import org.commonground.account.AccountPrincipal;
import org.commonground.account.PersonalDataExport;
import org.commonground.shared.web.Flash;
import org.commonground.sms.SmsAdministration;
import org.commonground.sms.SmsRuleException;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin console's SMS section: the gateway's state and failed messages to retry; and
 * a person's data on request: the dialogues a phone number takes part in, with their data
 * to hand over and their deletion (people who take part by SMS cannot log in to do it).
 * The number is posted, never put in an address.
 */
@Controller
class SmsAdminController {

	private final SmsAdministration administration;

	private final PersonalDataExport export;

	private final AccountDeletion deletion;

	SmsAdminController(SmsAdministration administration, PersonalDataExport export, AccountDeletion deletion) {
		this.administration = administration;
		this.export = export;
		this.deletion = deletion;
	}

	@GetMapping("/admin/sms")
	String showConsole(Model model) {
		model.addAttribute("lookup", new PhoneLookupForm());
		return console(model);
	}

	@PostMapping("/admin/sms/{id}/retry")
	String updateRetry(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal admin,
			RedirectAttributes redirect) {
		this.administration.retry(id, admin.getId());
		Flash.success(redirect, "sms.admin.retried");
		return "redirect:/admin/sms";
	}

	/** Looks a number up; the page answers with the dialogues it takes part in. */
	@PostMapping("/admin/sms/people")
	String showPeople(@Valid @ModelAttribute("lookup") PhoneLookupForm lookup, BindingResult errors, Model model,
			java.util.Locale locale) {
		if (!errors.hasErrors()) {
			try {
				model.addAttribute("people", this.administration.people(lookup.getPhone(), locale.getLanguage()));
			}
			catch (SmsRuleException ex) {
				errors.rejectValue("phone", ex.getMessageKey());
			}
		}
		return console(model);
	}

	/** The person's data archive, for the admin to hand over (audited). */
	@PostMapping("/admin/sms/people/{accountId}/data")
	void downloadData(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable long accountId,
			HttpServletResponse response) throws IOException {
		this.export.writeForOffline(admin.getId(), accountId, () -> {
			response.setContentType("application/zip");
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"common-ground-sms-participant-"
					+ accountId + "-" + LocalDate.now(ZoneOffset.UTC) + ".zip\"");
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			return response.getOutputStream();
		});
	}

	@PostMapping("/admin/sms/people/{accountId}/delete")
	String updateDeletion(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable long accountId,
			RedirectAttributes redirect) {
		Instant due = this.deletion.requestForOffline(admin.getId(), accountId);
		redirect.addFlashAttribute("deletionDue", due);
		return "redirect:/admin/sms";
	}

	@PostMapping("/admin/sms/people/{accountId}/keep")
	String updateKeep(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable long accountId,
			RedirectAttributes redirect) {
		this.deletion.keepOffline(admin.getId(), accountId);
		Flash.success(redirect, "sms.admin.people.kept");
		return "redirect:/admin/sms";
	}

	/**
	 * Forgets a number that never consented (no account holds its texts), at its owner's
	 * request.
	 */
	@PostMapping("/admin/sms/people/participants/{participantId}/forget")
	String updateForget(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable long participantId,
			RedirectAttributes redirect) {
		this.administration.forgetUnconsented(admin.getId(), participantId);
		Flash.success(redirect, "sms.admin.people.forgotten");
		return "redirect:/admin/sms";
	}

	private String console(Model model) {
		model.addAttribute("console", this.administration.console());
		return "sms/admin";
	}

}
