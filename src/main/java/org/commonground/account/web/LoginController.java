package org.commonground.account.web;

import org.commonground.shared.web.LocalPath;

import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login page; Spring Security handles the POST. A sign-in link gives the page to go
 * back to as {@code continue}, which the form carries along.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String showLogin(Authentication authentication, @RequestParam(name = "continue", required = false) String back) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:" + LocalPath.orElse(back, "/");
		}
		return "account/login";
	}

}
