package org.commonground.meeting.web;

import java.util.Locale;

import jakarta.validation.Valid;
import org.commonground.account.AccountPrincipal;
import org.commonground.meeting.MeetingMinutes;
import org.commonground.meeting.MeetingRuleException;
import org.commonground.meeting.MinutesPage;
import org.commonground.shared.web.Flash;
import org.commonground.shared.web.SupportedLanguages;

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

/**
 * A meeting's minutes: reading them (in a language version), and for the dialogue's
 * facilitators writing, reviewing and publishing them. Comments on them go through the
 * comment module's routes.
 */
@Controller
class MinutesController {

	private static final String CLOSED = "minutes.error.closed";

	private static final java.util.Set<String> NOT_NOW = java.util.Set.of("minutes.error.cancelled",
			"minutes.error.start-not-started");

	private final MeetingMinutes minutes;

	MinutesController(MeetingMinutes minutes) {
		this.minutes = minutes;
	}

	@GetMapping("/dialogues/{slug}/meetings/{id}/minutes")
	String showMinutes(@PathVariable String slug, @PathVariable long id,
			@RequestParam(name = "version", required = false) String version,
			@RequestParam(name = "before", required = false) Long before,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		return show(slug, id, version, before, viewer, model, locale);
	}

	@PostMapping("/dialogues/{slug}/meetings/{id}/minutes")
	String createMinutes(@PathVariable String slug, @PathVariable long id,
			@Valid @ModelAttribute("startForm") MinutesStartForm form, BindingResult errors,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.minutes.start(slug, id, form.getLanguage(), viewer);
				Flash.success(redirect, "minutes.started");
				return redirect(slug, id);
			}
			catch (MeetingRuleException ex) {
				if (NOT_NOW.contains(ex.getMessageKey())) {
					// The page shows no start form then, to show the error in.
					Flash.error(redirect, ex.getMessageKey());
					return redirect(slug, id);
				}
				errors.rejectValue(ex.getField(), ex.getMessageKey());
			}
		}
		return show(slug, id, null, null, viewer, model, locale);
	}

	@PostMapping("/dialogues/{slug}/meetings/{id}/minutes/items")
	String createMinuteItem(@PathVariable String slug, @PathVariable long id,
			@Valid @ModelAttribute("itemForm") MinuteItemForm form, BindingResult errors,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.minutes.addItem(slug, id, form.toDetails(), viewer);
				Flash.success(redirect, "minutes.item-added");
				return redirect(slug, id);
			}
			catch (MeetingRuleException ex) {
				if (CLOSED.equals(ex.getMessageKey())) {
					// A cancelled meeting's minutes have no forms to show the error in.
					Flash.error(redirect, CLOSED);
					return redirect(slug, id);
				}
				errors.rejectValue(ex.getField(), ex.getMessageKey());
			}
		}
		return show(slug, id, null, null, viewer, model, locale);
	}

	@PostMapping("/dialogues/{slug}/meetings/{id}/minutes/items/{itemId}/texts")
	String updateMinuteText(@PathVariable String slug, @PathVariable long id, @PathVariable long itemId,
			@Valid @ModelAttribute("textForm") MinuteTextForm form, BindingResult errors,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.minutes.write(slug, id, itemId, form.getLanguage(), form.getText(), viewer);
				Flash.success(redirect, "minutes.text-saved");
				return redirect(slug, id);
			}
			catch (MeetingRuleException ex) {
				if (CLOSED.equals(ex.getMessageKey())) {
					// A cancelled meeting's minutes have no forms to show the error in.
					Flash.error(redirect, CLOSED);
					return redirect(slug, id);
				}
				errors.rejectValue(ex.getField(), ex.getMessageKey());
			}
		}
		model.addAttribute("textItemId", itemId);
		return show(slug, id, null, null, viewer, model, locale);
	}

	@PostMapping("/dialogues/{slug}/meetings/{id}/minutes/items/{itemId}/correction")
	String updateMinuteItemCorrection(@PathVariable String slug, @PathVariable long id, @PathVariable long itemId,
			@Valid @ModelAttribute("correctionForm") MinuteCorrectionForm form, BindingResult errors,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.minutes.correct(slug, id, itemId, form.getText(), form.getReason(), viewer);
				Flash.success(redirect, "minutes.corrected");
				return redirect(slug, id);
			}
			catch (MeetingRuleException ex) {
				errors.rejectValue(ex.getField(), ex.getMessageKey());
			}
		}
		model.addAttribute("correctionItemId", itemId);
		return show(slug, id, null, null, viewer, model, locale);
	}

	@PostMapping("/dialogues/{slug}/meetings/{id}/minutes/language")
	String updateMinutesLanguage(@PathVariable String slug, @PathVariable long id,
			@Valid @ModelAttribute("languageForm") MinutesLanguageForm form, BindingResult errors,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.minutes.correctLanguage(slug, id, form.getLanguage(), form.getReason(), viewer);
				Flash.success(redirect, "minutes.language-corrected");
				return redirect(slug, id);
			}
			catch (MeetingRuleException ex) {
				errors.rejectValue(ex.getField(), ex.getMessageKey());
			}
		}
		return show(slug, id, null, null, viewer, model, locale);
	}

	@GetMapping("/dialogues/{slug}/meetings/{id}/minutes/history")
	String showMinutesHistory(@PathVariable String slug, @PathVariable long id,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model) {
		model.addAttribute("history", this.minutes.history(slug, viewer, id));
		return "meeting/minutes-history";
	}

	@PostMapping("/dialogues/{slug}/meetings/{id}/minutes/items/{itemId}/move")
	String updateMinuteItemPosition(@PathVariable String slug, @PathVariable long id, @PathVariable long itemId,
			@Valid @ModelAttribute AgendaMoveForm form, @AuthenticationPrincipal AccountPrincipal viewer,
			RedirectAttributes redirect) {
		try {
			this.minutes.move(slug, id, itemId, form.getDirection(), viewer);
		}
		catch (MeetingRuleException ex) {
			Flash.error(redirect, ex.getMessageKey());
		}
		return redirect(slug, id);
	}

	@PostMapping("/dialogues/{slug}/meetings/{id}/minutes/items/{itemId}/delete")
	String deleteMinuteItem(@PathVariable String slug, @PathVariable long id, @PathVariable long itemId,
			@AuthenticationPrincipal AccountPrincipal viewer, RedirectAttributes redirect) {
		try {
			this.minutes.removeItem(slug, id, itemId, viewer);
			Flash.success(redirect, "minutes.item-removed");
		}
		catch (MeetingRuleException ex) {
			Flash.error(redirect, ex.getMessageKey());
		}
		return redirect(slug, id);
	}

	@PostMapping("/dialogues/{slug}/meetings/{id}/minutes/review")
	String updateMinutesReview(@PathVariable String slug, @PathVariable long id,
			@Valid @ModelAttribute("reviewForm") MinutesReviewForm form, BindingResult errors,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.minutes.submitForReview(slug, id, form.getReviewEndsOn(), viewer);
				Flash.success(redirect, "minutes.in-review");
				return redirect(slug, id);
			}
			catch (MeetingRuleException ex) {
				if (CLOSED.equals(ex.getMessageKey())) {
					// A cancelled meeting's minutes have no forms to show the error in.
					Flash.error(redirect, CLOSED);
					return redirect(slug, id);
				}
				errors.rejectValue(ex.getField(), ex.getMessageKey());
			}
		}
		return show(slug, id, null, null, viewer, model, locale);
	}

	@PostMapping("/dialogues/{slug}/meetings/{id}/minutes/publish")
	String publishMinutes(@PathVariable String slug, @PathVariable long id,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale, RedirectAttributes redirect) {
		try {
			this.minutes.publish(slug, id, viewer);
		}
		catch (MeetingRuleException ex) {
			model.addAttribute("publishError", ex.getMessageKey());
			return show(slug, id, null, null, viewer, model, locale);
		}
		Flash.success(redirect, "minutes.published");
		return redirect(slug, id);
	}

	private String show(String slug, long id, String version, Long before, AccountPrincipal viewer, Model model,
			Locale locale) {
		MinutesPage page = this.minutes.page(slug, viewer, id, version, before, locale);
		model.addAttribute("page", page);
		if (!model.containsAttribute("startForm")) {
			MinutesStartForm start = new MinutesStartForm();
			start.setLanguage(originalLanguage(locale));
			model.addAttribute("startForm", start);
		}
		if (!model.containsAttribute("itemForm")) {
			model.addAttribute("itemForm", new MinuteItemForm());
		}
		if (!model.containsAttribute("reviewForm")) {
			MinutesReviewForm review = new MinutesReviewForm();
			if (page.minutes() != null) {
				review.setReviewEndsOn(page.minutes().minutes().getReviewEndsOn());
			}
			model.addAttribute("reviewForm", review);
		}
		if (!model.containsAttribute("textForm")) {
			model.addAttribute("textForm", new MinuteTextForm());
		}
		if (!model.containsAttribute("correctionForm")) {
			model.addAttribute("correctionForm", new MinuteCorrectionForm());
		}
		if (!model.containsAttribute("languageForm")) {
			MinutesLanguageForm language = new MinutesLanguageForm();
			if (page.minutes() != null) {
				language.setLanguage(page.minutes().minutes().getOriginalLanguage());
			}
			model.addAttribute("languageForm", language);
		}
		return "meeting/minutes";
	}

	/**
	 * The language the start form offers for the minutes: the facilitator's interface
	 * language, the one they write in, whatever languages the meeting was held in (the
	 * form lets them choose another).
	 */
	static String originalLanguage(Locale locale) {
		String interfaceLanguage = locale.getLanguage();
		return SupportedLanguages.isSupported(interfaceLanguage) ? interfaceLanguage
				: SupportedLanguages.DEFAULT.getLanguage();
	}

	private static String redirect(String slug, long id) {
		return "redirect:/dialogues/" + slug + "/meetings/" + id + "/minutes";
	}

}
