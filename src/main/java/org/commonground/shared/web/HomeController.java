package org.commonground.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page. Dialogue lists join it when the dialogue module exists. */
@Controller
class HomeController {

	@GetMapping("/")
	String showHome() {
		return "home";
	}

}
