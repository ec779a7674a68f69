package org.commonground.dialogue.web;

import org.commonground.account.AccountPrincipal;
import org.commonground.dialogue.DialogueService;
import org.commonground.dialogue.HomeDialogues;

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
		HomeDialogues home = this.dialogues.home(viewer);
		model.addAttribute("open", home.open());
		model.addAttribute("mine", home.mine());
		model.addAttribute("home", home);
		model.addAttribute("waiting", home.waiting());
		return "home";
	}

}
