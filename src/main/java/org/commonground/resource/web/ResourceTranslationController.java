package org.commonground.resource.web;

import jakarta.validation.Valid;
import org.commonground.account.AccountPrincipal;
import org.commonground.resource.ResourceRuleException;
import org.commonground.resource.ResourceTranslations;
import org.commonground.resource.ResourceTranslations.Translatable;
import org.commonground.resource.ResourceTranslations.Translation;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Translating a library entry (issue 15): its facilitators and the members they trust as
 * translators; 404 for everyone else.
 */
@Controller
@RequestMapping("/dialogues/{slug}/resources/{id}/translation")
class ResourceTranslationController {

	private final ResourceTranslations translations;

	ResourceTranslationController(ResourceTranslations translations) {
		this.translations = translations;
	}

	@GetMapping
	String showTranslation(@PathVariable String slug, @PathVariable long id,
			@RequestParam(required = false) String language, @AuthenticationPrincipal AccountPrincipal viewer,
			Model model) {
		Translatable translatable = this.translations.translatable(slug, viewer, id, language);
		ResourceTranslationForm form = new ResourceTranslationForm();
		form.setLanguage(translatable.language());
		form.setTitle(translatable.title());
		form.setSummary(translatable.summary());
		form.setBody(translatable.body());
		form.setTranscript(translatable.transcript());
		form.setImageAlt(translatable.imageAlt());
		model.addAttribute("translatable", translatable);
		model.addAttribute("form", form);
		return "resource/translate";
	}

	@PostMapping
	String updateTranslation(@PathVariable String slug, @PathVariable long id,
			@Valid @ModelAttribute("form") ResourceTranslationForm form, BindingResult errors,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, RedirectAttributes redirect) {
		Translatable translatable = this.translations.translatable(slug, viewer, id, form.getLanguage());
		if (!errors.hasErrors()) {
			try {
				boolean saved = this.translations.translate(slug, viewer, id, new Translation(form.getLanguage(),
						form.getTitle(), form.getSummary(), form.getBody(), form.getTranscript(), form.getImageAlt()));
				Flash.success(redirect, saved ? "resource.translation.saved" : "resource.translation.removed");
				return "redirect:/dialogues/" + slug + "/resources/" + id + "?text=" + form.getLanguage();
			}
			catch (ResourceRuleException ex) {
				errors.rejectValue(ex.getField(), ex.getMessageKey(), ex.getArguments(), null);
			}
		}
		model.addAttribute("translatable", translatable);
		return "resource/translate";
	}

}
