package org.commonground.vision.web;

import org.commonground.account.AccountPrincipal;
import org.commonground.shared.web.Flash;
import org.commonground.vision.ReasonTranslations;
import org.commonground.vision.VisionRuleException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Facilitators translate the reason of their answer to a comment on the vision into the
 * dialogue's other languages. The form sits next to the reason; this page shows it alone,
 * and again with the error next to the field and what was typed.
 */
@Controller
@RequestMapping("/dialogues/{slug}/vision/comments/{id}/answer/translation")
class ReasonTranslationController {

	private final ReasonTranslations translations;

	ReasonTranslationController(ReasonTranslations translations) {
		this.translations = translations;
	}

	@GetMapping
	String showTranslation(@PathVariable String slug, @PathVariable long id,
			@RequestParam(required = false) String language, @RequestParam(required = false) String back,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model) {
		ReasonTranslations.Translatable translatable = this.translations.translatable(slug, viewer, id, language);
		return page(model, translatable, translatable.language(), translatable.source(), back, null, null);
	}

	@PostMapping
	String updateTranslation(@PathVariable String slug, @PathVariable long id,
			@RequestParam(required = false) String language, @RequestParam(required = false) String text,
			@RequestParam(required = false) String back, @AuthenticationPrincipal AccountPrincipal viewer, Model model,
			RedirectAttributes redirect) {
		ReasonTranslations.Translatable translatable = this.translations.translatable(slug, viewer, id, language);
		try {
			this.translations.translate(slug, viewer, id, language, text);
		}
		catch (VisionRuleException ex) {
			String field = "vision.answer.translation.error.language".equals(ex.getMessageKey()) ? "language" : "text";
			return page(model, translatable, language, text, back, ex.getMessageKey(), field);
		}
		Flash.success(redirect, "vision.answer.translation.saved");
		return "redirect:" + VisionController.backTo(slug, back) + "#comment-" + id;
	}

	private static String page(Model model, ReasonTranslations.Translatable translatable, String language, String text,
			String back, String error, String errorField) {
		model.addAttribute("translatable", translatable);
		model.addAttribute("language", language);
		model.addAttribute("text", text);
		model.addAttribute("back", VisionController.backTo(translatable.view().dialogue().getSlug(), back));
		model.addAttribute("error", error);
		model.addAttribute("errorField", errorField);
		return "vision/reason-translate";
	}

}
