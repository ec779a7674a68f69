package org.commonground.admin.web;

import org.commonground.account.AccountPrincipal;
import org.commonground.admin.AdminConsole;
import org.commonground.shared.web.PageNumber;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /admin}: the console's dashboard; {@code /admin/dialogues}: every dialogue. */
@Controller
class AdminConsoleController {

	private final AdminConsole console;

	AdminConsoleController(AdminConsole console) {
		this.console = console;
	}

	@GetMapping("/admin")
	String showDashboard(@AuthenticationPrincipal AccountPrincipal viewer, Model model) {
		model.addAttribute("dashboard", this.console.dashboard(viewer));
		return "admin/dashboard";
	}

	@GetMapping("/admin/dialogues")
	String showDialogues(@RequestParam(defaultValue = "0") @PageNumber int page, Model model) {
		model.addAttribute("page", this.console.dialogues(page));
		return "admin/dialogues";
	}

}
