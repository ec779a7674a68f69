package org.commonground.mail.web;

import org.commonground.mail.MailService;
import org.commonground.shared.audit.Actor;
import org.commonground.shared.web.Flash;
import org.commonground.shared.web.PageNumber;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admin page listing the messages the platform sent or stored; failed ones can be sent
 * again.
 */
@Controller
class OutboundEmailController {

	private final MailService mail;

	OutboundEmailController(MailService mail) {
		this.mail = mail;
	}

	@GetMapping("/admin/emails")
	String showEmails(@RequestParam(name = "q", defaultValue = "") String query,
			@RequestParam(name = "page", defaultValue = "0") @PageNumber int page, Model model) {
		model.addAttribute("emails", this.mail.recent(query, page));
		model.addAttribute("q", query);
		return "mail/outbound-emails";
	}

	@PostMapping("/admin/emails/{id}/resend")
	String resendEmail(@PathVariable long id, @AuthenticationPrincipal Actor admin, RedirectAttributes redirect) {
		if (this.mail.resend(id, admin.getId())) {
			Flash.success(redirect, "admin.emails.resent");
		}
		else {
			Flash.info(redirect, "admin.emails.not-resendable");
		}
		return "redirect:/admin/emails";
	}

}
