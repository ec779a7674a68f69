package org.commonground.dialogue.web;

import org.springframework.dao.DataIntegrityViolationException;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.commonground.account.AccountPrincipal;
import org.commonground.dialogue.Dialogue;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueFilter;
import org.commonground.dialogue.DialogueRuleException;
import org.commonground.dialogue.DialogueSectionProvider;
import org.commonground.dialogue.DialogueService;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.DialogueText;
import org.commonground.dialogue.DialogueView;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Representation;
import org.commonground.dialogue.RepresentationService;
import org.commonground.dialogue.Visibility;
import org.commonground.shared.web.Countries;
import org.commonground.shared.web.Flash;
import org.commonground.shared.web.Option;
import org.commonground.shared.web.PageNumber;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
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

/** Dialogue list, dialogue page, creating and editing dialogues, and their lifecycle. */
@Controller
class DialogueController {

	private final DialogueService dialogues;

	private final DialogueAccess access;

	private final RepresentationService representation;

	private final List<DialogueSectionProvider> sections;

	private final MessageSource messages;

	DialogueController(DialogueService dialogues, DialogueAccess access, RepresentationService representation,
			List<DialogueSectionProvider> sections, MessageSource messages) {
		this.messages = messages;
		this.dialogues = dialogues;
		this.access = access;
		this.representation = representation;
		this.sections = sections;
	}

	@GetMapping("/dialogues")
	String showDialogues(@RequestParam(name = "status", required = false) DialogueStatus status,
			@RequestParam(name = "theme", required = false) String theme,
			@RequestParam(name = "country", required = false) String country,
			@RequestParam(name = "mine", defaultValue = "false") boolean mine,
			@RequestParam(name = "page", defaultValue = "0") @PageNumber int page,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		DialogueFilter filter = new DialogueFilter(status, theme, Countries.isKnown(country) ? country : null, mine);
		model.addAttribute("dialogues", this.dialogues.list(filter, viewer, page));
		model.addAttribute("filter", filter);
		model.addAttribute("themes", themeOptions(locale));
		model.addAttribute("countries", Countries.options(locale));
		return "dialogue/list";
	}

	@GetMapping("/dialogues/{slug}")
	String showDialogue(@PathVariable String slug, @RequestParam(name = "text", required = false) String text,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		DialogueView view = this.access.readable(slug, viewer);
		model.addAttribute("view", view);
		model.addAttribute("dialogue", view.dialogue());
		// The text in the language asked for (?text=sw), else the reader's, else the
		// original; the page links to the others.
		List<String> readable = view.dialogue().textLanguages();
		DialogueText shown = view.dialogue()
			.text((text != null && readable.contains(text)) ? text : locale.getLanguage());
		model.addAttribute("text", shown);
		model.addAttribute("otherTextLanguages",
				readable.stream().filter((l) -> !l.equals(shown.getLanguage())).toList());
		model.addAttribute("context", view.context());
		model.addAttribute("facilitators", this.dialogues.facilitators(view));
		Representation panel = this.representation.panel(view, locale);
		model.addAttribute("representation", panel);
		model.addAttribute("memberCount", panel.totalMembers());
		model.addAttribute("sections",
				this.sections.stream().map((s) -> s.section(view, locale)).filter(Objects::nonNull).toList());
		model.addAttribute("nextStatuses", DialogueService.nextStatuses(view.dialogue()));
		model.addAttribute("countryName", Countries.name(view.dialogue().getCountry(), locale));
		return "dialogue/show";
	}

	@GetMapping("/dialogues/new")
	String showNewDialogue(@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		if (viewer == null) {
			return "redirect:/login";
		}
		DialogueService.requireCreator(viewer);
		model.addAttribute("form", new DialogueForm());
		return formPage(model, locale, null);
	}

	@PostMapping("/dialogues")
	String createDialogue(@Valid @ModelAttribute("form") DialogueForm form, BindingResult errors,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale, RedirectAttributes redirect) {
		DialogueService.requireCreator(viewer);
		if (errors.hasErrors()) {
			return formPage(model, locale, null);
		}
		Dialogue dialogue = createOnce(form, (form.getLanguage() != null) ? form.getLanguage() : locale.getLanguage(),
				viewer);
		Flash.success(redirect, "dialogue.created");
		return "redirect:/dialogues/" + dialogue.getSlug();
	}

	/**
	 * Creates the dialogue, or finds the one this form already made. A post that lost a
	 * race (the same form posted twice at once, or another dialogue taking the same slug)
	 * fails on a unique key; posted again, it sees what the other stored: the dialogue of
	 * its form, or the slug taken, so it picks another.
	 */
	private Dialogue createOnce(DialogueForm form, String language, AccountPrincipal viewer) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.dialogues.create(form.toDetails(), language, form.getFormToken(), viewer);
			}
			catch (DataIntegrityViolationException ex) {
				if (attempt == 3) {
					throw ex;
				}
			}
		}
	}

	@GetMapping("/dialogues/{slug}/edit")
	String showEditDialogue(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal viewer, Model model,
			Locale locale) {
		DialogueView view = this.access.facilitated(slug, viewer);
		model.addAttribute("form", DialogueForm.of(view.dialogue()));
		return formPage(model, locale, view.dialogue());
	}

	@PostMapping("/dialogues/{slug}/edit")
	String updateDialogue(@PathVariable String slug, @Valid @ModelAttribute("form") DialogueForm form,
			BindingResult errors, @AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		DialogueView view = this.access.facilitated(slug, viewer);
		if (errors.hasErrors()) {
			return formPage(model, locale, view.dialogue());
		}
		try {
			this.dialogues.update(slug, form.toDetails(), form.getVersion(), viewer);
		}
		catch (OptimisticLockingFailureException ex) {
			Dialogue current = this.access.facilitated(slug, viewer).dialogue();
			model.addAttribute("conflict", DialogueForm.of(current));
			form.setVersion(current.getVersion());
			response.setStatus(HttpStatus.CONFLICT.value());
			return formPage(model, locale, current);
		}
		Flash.success(redirect, "dialogue.saved");
		return "redirect:/dialogues/" + slug;
	}

	@PostMapping("/dialogues/{slug}/status")
	String updateStatus(@PathVariable String slug, @Valid @ModelAttribute StatusForm form,
			@AuthenticationPrincipal AccountPrincipal viewer, RedirectAttributes redirect) {
		try {
			this.dialogues.changeStatus(slug, form.getStatus(), viewer);
			Flash.success(redirect, "dialogue.status.changed");
		}
		catch (DialogueRuleException ex) {
			Flash.error(redirect, ex.getMessageKey());
		}
		return "redirect:/dialogues/" + slug;
	}

	@PostMapping("/dialogues/{slug}/expected-groups")
	String updateExpectedGroups(@PathVariable String slug, @ModelAttribute ExpectedGroupsForm form,
			@AuthenticationPrincipal AccountPrincipal viewer, RedirectAttributes redirect) {
		this.dialogues.expectGroups(slug, form.getGroups(), viewer);
		Flash.success(redirect, "dialogue.expected-groups.saved");
		return "redirect:/dialogues/" + slug + "/manage";
	}

	private String formPage(Model model, Locale locale, Dialogue dialogue) {
		model.addAttribute("dialogue", dialogue);
		List<Option> themeOptions = new java.util.ArrayList<>(themeOptions(locale));
		if (dialogue != null) {
			// The retired themes it has stay offered, checked and marked, so saving keeps
			// them.
			dialogue.getThemes()
				.stream()
				.filter((t) -> !t.isActive())
				.forEach((t) -> themeOptions.add(Option.retired(t.getCode(), t.label(locale), this.messages, locale)));
		}
		model.addAttribute("themeOptions", themeOptions);
		model.addAttribute("countries", Countries.options(locale));
		model.addAttribute("visibilities", Visibility.values());
		model.addAttribute("joinPolicies", JoinPolicy.values());
		return "dialogue/form";
	}

	private List<Option> themeOptions(Locale locale) {
		return this.dialogues.themes().stream().map((t) -> new Option(t.getCode(), t.label(locale))).toList();
	}

}
