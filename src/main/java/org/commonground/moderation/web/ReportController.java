package org.commonground.moderation.web;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import org.commonground.account.AccountPrincipal;
import org.commonground.dialogue.AuthorLabel;
import org.commonground.dialogue.AuthorLabelPolicy;
import org.commonground.moderation.ContributionRef;
import org.commonground.moderation.ModerationReason;
import org.commonground.moderation.ModerationRuleException;
import org.commonground.moderation.ReportService;
import org.commonground.shared.web.Flash;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What members and authors do: report a challenge or comment, and ask for a review of
 * their own hidden contribution.
 */
@Controller
@RequestMapping("/dialogues/{slug}/{kind:comments|challenges}/{id}")
class ReportController {

	private final ReportService moderation;

	private final AuthorLabelPolicy labels;

	ReportController(ReportService moderation, AuthorLabelPolicy labels) {
		this.moderation = moderation;
		this.labels = labels;
	}

	@GetMapping("/report")
	String showReport(@PathVariable String slug, @PathVariable String kind, @PathVariable long id,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		model.addAttribute("reportForm", new ReasonForm());
		return reportPage(slug, kind, id, viewer, model, locale);
	}

	@PostMapping("/report")
	String createReport(@PathVariable String slug, @PathVariable String kind, @PathVariable long id,
			@Valid @ModelAttribute("reportForm") ReasonForm form, BindingResult errors,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, RedirectAttributes redirect, Locale locale) {
		if (errors.hasErrors()) {
			return reportPage(slug, kind, id, viewer, model, locale);
		}
		try {
			ReportService.Reported reported = this.moderation.report(slug, viewer, kind, id, form.getReason(),
					form.getNote());
			if (reported.counted()) {
				Flash.success(redirect, "report.sent");
			}
			else {
				// Nothing new happened: told as information, not as a success.
				Flash.info(redirect, "report.already");
			}
			return "redirect:" + reported.next();
		}
		catch (ModerationRuleException ex) {
			errors.rejectValue("note", ex.getMessageKey());
			return reportPage(slug, kind, id, viewer, model, locale);
		}
	}

	@GetMapping("/review")
	String showReview(@PathVariable String slug, @PathVariable String kind, @PathVariable long id,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		model.addAttribute("noteForm", new NoteForm());
		return reviewPage(slug, kind, id, viewer, model, locale);
	}

	@PostMapping("/review")
	String createReview(@PathVariable String slug, @PathVariable String kind, @PathVariable long id,
			@Valid @ModelAttribute("noteForm") NoteForm form, BindingResult errors,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, RedirectAttributes redirect, Locale locale) {
		if (!errors.hasErrors()) {
			try {
				String contribution = this.moderation.requestReview(slug, viewer, kind, id, form.getNote());
				Flash.success(redirect, "review.sent");
				return "redirect:" + contribution;
			}
			catch (ModerationRuleException ex) {
				errors.rejectValue("note", ex.getMessageKey());
			}
		}
		return reviewPage(slug, kind, id, viewer, model, locale);
	}

	private String reportPage(String slug, String kind, long id, AccountPrincipal viewer, Model model, Locale locale) {
		ContributionRef ref = this.moderation.reportable(slug, viewer, kind, id);
		model.addAttribute("ref", ref);
		model.addAttribute("dialogue", ref.view().dialogue());
		model.addAttribute("authorName", publicLabel(ref, locale));
		model.addAttribute("alreadyReported", this.moderation.reportedBy(ref, viewer));
		model.addAttribute("reasons", ModerationReason.values());
		return "moderation/report";
	}

	private String reviewPage(String slug, String kind, long id, AccountPrincipal viewer, Model model, Locale locale) {
		ContributionRef ref = this.moderation.reviewable(slug, viewer, kind, id);
		model.addAttribute("ref", ref);
		model.addAttribute("dialogue", ref.view().dialogue());
		model.addAttribute("authorName", publicLabel(ref, locale));
		return "moderation/review";
	}

	/**
	 * The author as the contribution itself names them to this viewer (a pseudonym stays
	 * one).
	 */
	private String publicLabel(ContributionRef ref, Locale locale) {
		long author = ref.item().authorId();
		AuthorLabel label = this.labels.labels(ref.view().dialogue(), List.of(author), ref.view().context(), locale)
			.get(author);
		return (label != null) ? label.name() : null;
	}

}
