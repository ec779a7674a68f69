package org.commonground.moderation.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The community guidelines every report form links to, in the reader's language. */
@Controller
class GuidelinesController {

	@GetMapping("/guidelines")
	String showGuidelines() {
		return "moderation/guidelines";
	}

}
