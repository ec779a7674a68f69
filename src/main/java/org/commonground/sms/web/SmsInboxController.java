package org.commonground.sms.web;

import java.util.Locale;

import jakarta.validation.Valid;
import org.commonground.account.AccountPrincipal;
import org.commonground.challenge.ChallengeRuleException;
import org.commonground.comment.CommentRuleException;
import org.commonground.shared.web.Flash;
import org.commonground.sms.SmsInbox;
import org.commonground.sms.SmsInboxPage;
import org.commonground.sms.SmsRuleException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A dialogue's SMS inbox, settings and stance questions, for its facilitators. */
@Controller
class SmsInboxController {

	private final SmsInbox inbox;

	SmsInboxController(SmsInbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/dialogues/{slug}/sms")
	String showInbox(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal viewer, Model model,
			Locale locale) {
		SmsInboxPage page = this.inbox.inbox(slug, viewer, locale);
		model.addAttribute("page", page);
		// Times in the dialogue's time zone (#times).
		model.addAttribute("zone", page.view().zone());
		if (!model.containsAttribute("settingsForm")) {
			SmsSettingsForm form = new SmsSettingsForm();
			form.setCode((page.settings() != null) ? page.settings().code() : "");
			form.setMonthlyBudget(page.budget());
			model.addAttribute("settingsForm", form);
		}
		if (!model.containsAttribute("questionForm")) {
			model.addAttribute("questionForm", new SmsQuestionForm());
		}
		return "sms/inbox";
	}

	@PostMapping("/dialogues/{slug}/sms/settings")
	String updateSettings(@PathVariable String slug, @Valid @ModelAttribute("settingsForm") SmsSettingsForm form,
			BindingResult errors, @AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.inbox.updateSettings(slug, viewer, form.getCode(), form.getMonthlyBudget());
				Flash.success(redirect, "sms.settings.saved");
				return redirect(slug);
			}
			catch (SmsRuleException ex) {
				errors.rejectValue(ex.getMessageKey().equals("sms.error.budget") ? "monthlyBudget" : "code",
						ex.getMessageKey());
			}
		}
		return showInbox(slug, viewer, model, locale);
	}

	/**
	 * Accepts a text as a challenge. A title the rules refuse comes back on the inbox
	 * page next to that text's title field, as typed.
	 */
	@PostMapping("/dialogues/{slug}/sms/{id}/challenge")
	String createChallenge(@PathVariable String slug, @PathVariable long id, @Valid SmsAcceptForm form,
			BindingResult errors, @AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale,
			RedirectAttributes redirect) {
		String errorKey = errors.hasErrors() ? "sms.error.title" : null;
		if (errorKey == null) {
			try {
				this.inbox.acceptAsChallenge(slug, viewer, id, form.getTitle());
				Flash.success(redirect, "sms.accepted");
				return redirect(slug);
			}
			catch (SmsRuleException ex) {
				if (ex.getMessageKey().equals("sms.error.dialogue-closed")) {
					Flash.error(redirect, ex.getMessageKey());
					return redirect(slug);
				}
				errorKey = ex.getMessageKey();
			}
			catch (ChallengeRuleException ex) {
				errorKey = ex.getMessage();
			}
		}
		model.addAttribute("acceptId", id);
		model.addAttribute("acceptTitle", form.getTitle());
		model.addAttribute("acceptErrorKey", errorKey);
		return showInbox(slug, viewer, model, locale);
	}

	@PostMapping("/dialogues/{slug}/sms/{id}/comment")
	String createComment(@PathVariable String slug, @PathVariable long id, @Valid SmsChallengeChoiceForm form,
			BindingResult errors, @AuthenticationPrincipal AccountPrincipal viewer, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			Flash.error(redirect, "sms.error.challenge");
			return redirect(slug);
		}
		return decide(slug, redirect, "sms.accepted",
				() -> this.inbox.acceptAsComment(slug, viewer, id, form.getChallengeId()));
	}

	@PostMapping("/dialogues/{slug}/sms/{id}/vision-comment")
	String createVisionComment(@PathVariable String slug, @PathVariable long id,
			@RequestParam(defaultValue = "") String paragraphKey, @AuthenticationPrincipal AccountPrincipal viewer,
			RedirectAttributes redirect) {
		return decide(slug, redirect, "sms.accepted",
				() -> this.inbox.acceptAsParagraphComment(slug, viewer, id, paragraphKey));
	}

	@PostMapping("/dialogues/{slug}/sms/{id}/merge")
	String updateMerge(@PathVariable String slug, @PathVariable long id, @Valid SmsChallengeChoiceForm form,
			BindingResult errors, @AuthenticationPrincipal AccountPrincipal viewer, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			Flash.error(redirect, "sms.error.challenge");
			return redirect(slug);
		}
		return decide(slug, redirect, "sms.merged", () -> this.inbox.merge(slug, viewer, id, form.getChallengeId()));
	}

	@PostMapping("/dialogues/{slug}/sms/{id}/decline")
	String updateDecline(@PathVariable String slug, @PathVariable long id,
			@AuthenticationPrincipal AccountPrincipal viewer, RedirectAttributes redirect) {
		return decide(slug, redirect, "sms.declined", () -> this.inbox.decline(slug, viewer, id));
	}

	@PostMapping("/dialogues/{slug}/sms/questions")
	String createQuestion(@PathVariable String slug, @Valid @ModelAttribute("questionForm") SmsQuestionForm form,
			BindingResult errors, @AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.inbox.ask(slug, viewer, form.getParagraphKey(), form.getText(), locale);
				Flash.success(redirect, "sms.question.sent");
				return redirect(slug);
			}
			catch (SmsRuleException ex) {
				if (ex.getMessageKey().equals("sms.error.dialogue-closed")) {
					Flash.error(redirect, ex.getMessageKey());
					return redirect(slug);
				}
				errors.rejectValue(ex.getMessageKey().equals("sms.error.paragraph") ? "paragraphKey" : "text",
						ex.getMessageKey());
			}
		}
		return showInbox(slug, viewer, model, locale);
	}

	private static String decide(String slug, RedirectAttributes redirect, String success, Runnable decision) {
		try {
			decision.run();
			Flash.success(redirect, success);
		}
		catch (SmsRuleException ex) {
			Flash.error(redirect, ex.getMessageKey());
		}
		catch (ChallengeRuleException | CommentRuleException ex) {
			Flash.error(redirect, ex.getMessage());
		}
		return redirect(slug);
	}

	private static String redirect(String slug) {
		return "redirect:/dialogues/"
				+ org.springframework.web.util.UriUtils.encodePathSegment(slug, java.nio.charset.StandardCharsets.UTF_8)
				+ "/sms";
	}

}
