package org.commonground.sms.web;

import org.commonground.shared.web.Flash;
import org.commonground.sms.SmsAdministration;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin console's SMS section: the gateway's state and failed messages to retry. */
@Controller
class SmsAdminController {

	private final SmsAdministration administration;

	SmsAdminController(SmsAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/admin/sms")
	String showConsole(Model model) {
		model.addAttribute("console", this.administration.console());
		return "sms/admin";
	}

	@PostMapping("/admin/sms/{id}/retry")
	String updateRetry(@PathVariable long id, RedirectAttributes redirect) {
		this.administration.retry(id);
		Flash.success(redirect, "sms.admin.retried");
		return "redirect:/admin/sms";
	}

}
