package org.commonground.mail.web;

import org.commonground.mail.MailService;
import org.commonground.shared.web.PageNumber;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Admin page listing the messages the platform sent or stored. */
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

}
