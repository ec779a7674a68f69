package org.commonground.resource.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;
import org.commonground.account.AccountPrincipal;
import org.commonground.dialogue.DialogueView;
import org.commonground.dialogue.Theme;
import org.commonground.dialogue.ThemeService;
import org.commonground.resource.ResourceRuleException;
import org.commonground.resource.ResourceSuggestions;
import org.commonground.shared.web.Flash;
import org.commonground.shared.web.Option;

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
 * Members suggest links for the library; facilitators accept or decline them. Everyone
 * else gets 404 on every route.
 */
@Controller
@RequestMapping("/dialogues/{slug}/resources")
class SuggestionController {

	private final ResourceSuggestions suggestions;

	private final ThemeService themes;

	SuggestionController(ResourceSuggestions suggestions, ThemeService themes) {
		this.suggestions = suggestions;
		this.themes = themes;
	}

	@GetMapping("/suggest")
	String showSuggestionForm(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal viewer, Model model,
			Locale locale) {
		if (viewer == null) {
			return "redirect:/login";
		}
		SuggestionForm form = new SuggestionForm();
		form.setLanguage(locale.getLanguage());
		model.addAttribute("form", form);
		return formPage(this.suggestions.suggesting(slug, viewer), model, locale);
	}

	@PostMapping("/suggestions")
	String createSuggestion(@PathVariable String slug, @Valid @ModelAttribute("form") SuggestionForm form,
			BindingResult errors, @AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale,
			RedirectAttributes redirect) {
		DialogueView view = this.suggestions.suggesting(slug, viewer);
		if (!errors.hasFieldErrors("url") && form.getUrl() != null
				&& !form.getUrl().strip().matches("(?i)https?://[^\\s]+")) {
			errors.rejectValue("url", "resource.error.url");
		}
		if (!errors.hasErrors()) {
			try {
				this.suggestions.suggest(slug, viewer, form.getTitle(), form.getSummary(), form.getUrl(),
						form.getLanguage(), themeIds(form.getThemes()));
				Flash.success(redirect, "resource.suggestion.sent");
				return "redirect:/dialogues/" + slug + "/resources/suggestions";
			}
			catch (ResourceRuleException ex) {
				errors.rejectValue(ex.getField(), ex.getMessageKey());
			}
		}
		return formPage(view, model, locale);
	}

	@GetMapping("/suggestions")
	String showSuggestions(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal viewer, Model model,
			Locale locale) {
		if (viewer == null) {
			return "redirect:/login";
		}
		model.addAttribute("page", this.suggestions.page(slug, viewer));
		Map<Long, String> themeLabels = new LinkedHashMap<>();
		this.themes.byId().forEach((id, theme) -> themeLabels.put(id, theme.label(locale)));
		model.addAttribute("themeLabels", themeLabels);
		return "resource/suggestions";
	}

	@PostMapping("/suggestions/{id}/accept")
	String acceptSuggestion(@PathVariable String slug, @PathVariable long id,
			@AuthenticationPrincipal AccountPrincipal viewer, RedirectAttributes redirect) {
		long resource = this.suggestions.accept(slug, viewer, id);
		Flash.success(redirect, "resource.suggestion.accepted");
		return "redirect:/dialogues/" + slug + "/resources/" + resource;
	}

	@PostMapping("/suggestions/{id}/decline")
	String declineSuggestion(@PathVariable String slug, @PathVariable long id,
			@RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal AccountPrincipal viewer,
			Model model, Locale locale, RedirectAttributes redirect) {
		try {
			this.suggestions.decline(slug, viewer, id, reason);
		}
		catch (ResourceRuleException ex) {
			// The list again, the error beside that suggestion's reason.
			model.addAttribute("declineError", id);
			model.addAttribute("declineReason", reason);
			return showSuggestions(slug, viewer, model, locale);
		}
		Flash.success(redirect, "resource.suggestion.declined");
		return "redirect:/dialogues/" + slug + "/resources/suggestions";
	}

	private String formPage(DialogueView view, Model model, Locale locale) {
		model.addAttribute("dialogue", view.dialogue());
		model.addAttribute("themeOptions",
				this.themes.byId()
					.values()
					.stream()
					.filter(Theme::isActive)
					.map((t) -> new Option(t.getCode(), t.label(locale)))
					.toList());
		return "resource/suggest";
	}

	private List<Long> themeIds(List<String> codes) {
		Map<String, Long> byCode = new LinkedHashMap<>();
		this.themes.byId().values().forEach((t) -> byCode.put(t.getCode(), t.getId()));
		return codes.stream().map(byCode::get).filter(Objects::nonNull).distinct().toList();
	}

}
