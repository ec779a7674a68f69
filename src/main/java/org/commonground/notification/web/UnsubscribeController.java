package org.commonground.notification.web;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.commonground.notification.EmailPreferences;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Unsubscribe links of notification emails: GET shows what the link would stop and a
 * button (a link preview or a mail scanner must not unsubscribe anyone); POST stops it,
 * from that button or from the mail client's one-click (RFC 8058). No login needed: the
 * signed token is the proof. Both pages are in the language of the account the token
 * names (its emails' language) unless the device or a signed-in person chose one, as the
 * newsletter's pages are.
 */
@Controller
class UnsubscribeController {

	private final EmailPreferences preferences;

	UnsubscribeController(EmailPreferences preferences) {
		this.preferences = preferences;
	}

	@GetMapping("/unsubscribe")
	String showUnsubscribe(@RequestParam(required = false) String token, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		NewsletterController.shownIn(this.preferences.language(token), locale, request, response);
		Optional<EmailPreferences.Unsubscription> what = this.preferences.describe(token);
		if (what.isEmpty()) {
			// The same page, but not found: a link that is not one is not a page.
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "notification/unsubscribe-invalid";
		}
		model.addAttribute("token", token);
		model.addAttribute("what", what.get());
		return "notification/unsubscribe";
	}

	@PostMapping("/unsubscribe")
	String updateUnsubscribe(@RequestParam(required = false) String token, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		NewsletterController.shownIn(this.preferences.language(token), locale, request, response);
		Optional<EmailPreferences.Unsubscription> what = this.preferences.unsubscribe(token);
		if (what.isEmpty()) {
			throw new InvalidToken();
		}
		model.addAttribute("what", what.get());
		return "notification/unsubscribed";
	}

	@ResponseStatus(HttpStatus.BAD_REQUEST)
	static class InvalidToken extends RuntimeException {

	}

}
