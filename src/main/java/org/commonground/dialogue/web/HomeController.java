package org.commonground.dialogue.web;

import org.commonground.account.AccountPrincipal;
import org.commonground.dialogue.DialogueFilter;
import org.commonground.dialogue.DialogueService;
import org.commonground.dialogue.DialogueStatus;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: open public dialogues, and the member's own. */
@Controller
class HomeController {

	private final DialogueService dialogues;

	HomeController(DialogueService dialogues) {
		this.dialogues = dialogues;
	}

	@GetMapping("/")
	String showHome(@AuthenticationPrincipal AccountPrincipal viewer, Model model) {
		model.addAttribute("open",
				this.dialogues.list(new DialogueFilter(DialogueStatus.OPEN, null, null, false), viewer, 0));
		if (viewer != null) {
			model.addAttribute("mine", this.dialogues.list(new DialogueFilter(null, null, null, true), viewer, 0));
		}
		return "home";
	}

}
