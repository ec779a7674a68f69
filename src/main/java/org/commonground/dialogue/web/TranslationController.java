package org.commonground.dialogue.web;

import java.util.Locale;

import jakarta.validation.Valid;
import org.commonground.account.AccountPrincipal;
import org.commonground.dialogue.DialogueRuleException;
import org.commonground.dialogue.DialogueText;
import org.commonground.dialogue.DialogueTranslations;
import org.commonground.shared.web.Flash;
import org.commonground.shared.web.Option;
import org.commonground.shared.web.SupportedLanguages;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A dialogue's languages and its facilitators' translations of its title, summary and
 * description.
 */
@Controller
class TranslationController {

	private final DialogueTranslations translations;

	TranslationController(DialogueTranslations translations) {
		this.translations = translations;
	}

	@GetMapping("/dialogues/{slug}/translations")
	String showTranslations(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal viewer, Model model) {
		DialogueTranslations.Overview overview = this.translations.overview(slug, viewer);
		LanguagesForm form = new LanguagesForm();
		form.setOriginal(overview.view().dialogue().getOriginalLanguage());
		form.setLanguages(new java.util.ArrayList<>(overview.view().dialogue().getLanguages()));
		return overview(overview, form, model);
	}

	@PostMapping("/dialogues/{slug}/languages")
	String updateLanguages(@PathVariable String slug, @Valid @ModelAttribute("form") LanguagesForm form,
			BindingResult errors, @AuthenticationPrincipal AccountPrincipal viewer, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.translations.holdIn(slug, form.getOriginal(), form.getLanguages(), viewer);
				Flash.success(redirect, "translation.languages.saved");
				return "redirect:/dialogues/" + slug + "/translations";
			}
			catch (DialogueRuleException ex) {
				errors.rejectValue(ex.getMessageKey().endsWith("original") ? "original" : "languages",
						ex.getMessageKey());
			}
		}
		return overview(this.translations.overview(slug, viewer), form, model);
	}

	private String overview(DialogueTranslations.Overview overview, LanguagesForm form, Model model) {
		model.addAttribute("overview", overview);
		model.addAttribute("form", form);
		model.addAttribute("languageOptions",
				SupportedLanguages.CODES.stream()
					.map((code) -> new Option(code, SupportedLanguages.nativeName(code)))
					.toList());
		return "dialogue/translations";
	}

	@GetMapping("/dialogues/{slug}/translations/{language}")
	String showTranslation(@PathVariable String slug, @PathVariable String language,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model) {
		DialogueTranslations.Editable editable = this.translations.editable(slug, language, viewer);
		TranslationForm form = new TranslationForm();
		DialogueText existing = editable.translation();
		if (existing != null) {
			form.setTitle(existing.getTitle());
			form.setSummary(existing.getSummary());
			form.setDescription(existing.getDescriptionSource());
		}
		return translationForm(editable, form, model);
	}

	@PostMapping("/dialogues/{slug}/translations/{language}")
	String updateTranslation(@PathVariable String slug, @PathVariable String language,
			@Valid @ModelAttribute("form") TranslationForm form, BindingResult errors,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, RedirectAttributes redirect, Locale locale) {
		if (errors.hasErrors()) {
			return translationForm(this.translations.editable(slug, language, viewer), form, model);
		}
		this.translations.translate(slug, language, form.getTitle(), form.getSummary(), form.getDescription(), viewer);
		Flash.success(redirect, "translation.saved");
		return "redirect:/dialogues/" + slug + "/translations";
	}

	private String translationForm(DialogueTranslations.Editable editable, TranslationForm form, Model model) {
		model.addAttribute("editable", editable);
		model.addAttribute("original", editable.view().dialogue().original());
		model.addAttribute("form", form);
		return "dialogue/translation-form";
	}

}
