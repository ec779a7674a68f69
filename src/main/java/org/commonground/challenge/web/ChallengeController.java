package org.commonground.challenge.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.commonground.account.AccountPrincipal;
import org.commonground.account.StakeholderGroupService;
import org.commonground.challenge.Challenge;
import org.commonground.challenge.ChallengeContributions;
import org.commonground.challenge.ChallengeFacilitation;
import org.commonground.challenge.ChallengeFilter;
import org.commonground.challenge.ChallengePage;
import org.commonground.challenge.ChallengeSectionProvider;
import org.commonground.challenge.ChallengeRuleException;
import org.commonground.challenge.ChallengeService;
import org.commonground.challenge.ChallengeTranslations;
import org.commonground.challenge.ChallengeSort;
import org.commonground.challenge.ChallengeStatus;
import org.commonground.challenge.EditableChallenge;
import org.commonground.comment.CommentTarget;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueService;
import org.commonground.dialogue.DialogueView;
import org.commonground.dialogue.Theme;
import org.commonground.dialogue.ThemeService;
import org.commonground.shared.web.Flash;
import org.commonground.shared.web.Option;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * A dialogue's challenges: the list, raising and editing one, its page with comments,
 * endorsing, and the facilitators' response and merge.
 */
@Controller
@RequestMapping("/dialogues/{slug}/challenges")
class ChallengeController {

	private final ChallengeService challenges;

	private final ChallengeContributions contributions;

	private final ChallengeFacilitation facilitation;

	private final DialogueAccess access;

	private final DialogueService dialogues;

	private final StakeholderGroupService groups;

	private final ChallengeTranslations translations;

	private final List<ChallengeSectionProvider> sections;

	private final ThemeService allThemes;

	private final MessageSource messages;

	ChallengeController(ChallengeService challenges, ChallengeContributions contributions,
			ChallengeFacilitation facilitation, DialogueAccess access, DialogueService dialogues,
			StakeholderGroupService groups, ChallengeTranslations translations, List<ChallengeSectionProvider> sections,
			ThemeService allThemes, MessageSource messages) {
		this.allThemes = allThemes;
		this.messages = messages;
		this.translations = translations;
		this.sections = sections;
		this.challenges = challenges;
		this.contributions = contributions;
		this.facilitation = facilitation;
		this.access = access;
		this.dialogues = dialogues;
		this.groups = groups;
	}

	@GetMapping
	String showChallenges(@PathVariable String slug, @RequestParam(required = false) String theme,
			@RequestParam(required = false) String status, @RequestParam(required = false) String group,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String after,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		// Retired themes stay in the filter (marked): challenges still carry them.
		List<Option> themes = new java.util.ArrayList<>(themeOptions(locale));
		this.allThemes.byId()
			.values()
			.stream()
			.filter((t) -> !t.isActive())
			.sorted(java.util.Comparator.comparingInt(Theme::getSortOrder))
			.forEach((t) -> themes.add(Option.retired(t.getCode(), t.label(locale), this.messages, locale)));
		List<Option> groupOptions = this.groups.activeGroups()
			.stream()
			.map((g) -> new Option(g.getCode(), g.label(locale)))
			.toList();
		ChallengeFilter filter = new ChallengeFilter(known(theme, themes), parse(ChallengeStatus.class, status),
				known(group, groupOptions), parse(ChallengeSort.class, sort), after);
		model.addAttribute("list", this.challenges.list(slug, viewer, filter, locale));
		model.addAttribute("themes", themes);
		model.addAttribute("groups", groupOptions);
		model.addAttribute("statuses", ChallengeStatus.values());
		model.addAttribute("sorts", ChallengeSort.values());
		return "challenge/list";
	}

	@GetMapping("/new")
	String showNewChallenge(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal viewer, Model model,
			Locale locale, RedirectAttributes redirect) {
		if (viewer == null) {
			return "redirect:/login";
		}
		DialogueView view = this.access.readable(slug, viewer);
		if (!view.context().canContribute(view.dialogue())) {
			Flash.error(redirect,
					view.dialogue().isOpen() ? "challenge.error.not-member" : "challenge.error.dialogue-closed");
			return "redirect:/dialogues/" + slug;
		}
		model.addAttribute("form", new ChallengeForm());
		return formPage(view, null, model, locale);
	}

	@PostMapping
	String createChallenge(@PathVariable String slug, @Valid @ModelAttribute("form") ChallengeForm form,
			BindingResult errors, @AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale,
			RedirectAttributes redirect) {
		DialogueView view = this.access.readable(slug, viewer);
		if (!errors.hasErrors()) {
			try {
				long id = this.contributions.create(slug, viewer, form.toText());
				// Held by pre-moderation: not "posted" yet, it appears once a facilitator
				// has looked at it.
				if (this.contributions.awaitsApproval(id)) {
					Flash.info(redirect, "challenge.created.held");
				}
				else {
					Flash.success(redirect, "challenge.created");
				}
				return "redirect:/dialogues/" + slug + "/challenges/" + id;
			}
			catch (ChallengeRuleException ex) {
				errors.rejectValue(fieldOf(ex.getMessageKey()), ex.getMessageKey());
			}
		}
		return formPage(view, null, model, locale);
	}

	@GetMapping("/{id}")
	Object showChallenge(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) Long before,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		ChallengePage page = this.challenges.page(slug, viewer, id, before, locale);
		if (page.challenge().isMerged()) {
			RedirectView moved = new RedirectView(
					"/dialogues/" + slug + "/challenges/" + page.challenge().getMergedIntoId(), true);
			moved.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			moved.setExposeModelAttributes(false);
			return new ModelAndView(moved);
		}
		model.addAttribute("page", page);
		model.addAttribute("dialogue", page.view().dialogue());
		if (page.facilitates() && !model.containsAttribute("responseForm")) {
			model.addAttribute("responseForm", ResponseForm.of(page.challenge()));
		}
		model.addAttribute("statuses", ChallengeStatus.settable());
		model.addAttribute("sections",
				this.sections.stream()
					.map((section) -> section.section(page.view(), page.challenge().getId(), locale))
					.filter(java.util.Objects::nonNull)
					.toList());
		return "challenge/show";
	}

	@GetMapping("/{id}/edit")
	String showEditChallenge(@PathVariable String slug, @PathVariable long id,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		EditableChallenge editable = this.contributions.forEditing(slug, viewer, id);
		model.addAttribute("form", ChallengeForm.of(editable));
		return formPage(editable, model, locale);
	}

	@PostMapping("/{id}/edit")
	String updateChallenge(@PathVariable String slug, @PathVariable long id,
			@Valid @ModelAttribute("form") ChallengeForm form, BindingResult errors,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		EditableChallenge editable = this.contributions.forEditing(slug, viewer, id);
		if (!errors.hasErrors()) {
			try {
				this.contributions.update(slug, viewer, id, form.toText(), form.getVersion());
				Flash.success(redirect, "challenge.saved");
				return "redirect:/dialogues/" + slug + "/challenges/" + id;
			}
			catch (OptimisticLockingFailureException ex) {
				EditableChallenge current = this.contributions.forEditing(slug, viewer, id);
				model.addAttribute("conflict", ChallengeForm.of(current));
				form.setVersion(current.challenge().getVersion());
				response.setStatus(HttpStatus.CONFLICT.value());
			}
			catch (ChallengeRuleException ex) {
				errors.rejectValue(fieldOf(ex.getMessageKey()), ex.getMessageKey());
			}
		}
		return formPage(editable, model, locale);
	}

	@GetMapping("/{id}/translation")
	String showTranslation(@PathVariable String slug, @PathVariable long id,
			@RequestParam(required = false) String language, @AuthenticationPrincipal AccountPrincipal viewer,
			Model model, Locale locale) {
		// Without a language asked for, the reader's own: a translator coming back finds
		// what they saved in it, not empty boxes under another language.
		ChallengeTranslations.Translatable translatable = this.translations.translatable(slug, viewer, id,
				(language != null) ? language : locale.getLanguage());
		model.addAttribute("translatable", translatable);
		model.addAttribute("language", translatable.language());
		// Not "title": the layout's fragment parameter of that name would shadow it.
		model.addAttribute("translatedTitle", translatable.title());
		model.addAttribute("body", translatable.body());
		model.addAttribute("response", translatable.response());
		return "challenge/translate";
	}

	@PostMapping("/{id}/translation")
	String updateTranslation(@PathVariable String slug, @PathVariable long id,
			@RequestParam(required = false) String language, @RequestParam(required = false) String title,
			@RequestParam(required = false) String body, @RequestParam(required = false) String response,
			@RequestParam(required = false) boolean responseStillFits, @AuthenticationPrincipal AccountPrincipal viewer,
			Model model, RedirectAttributes redirect) {
		ChallengeTranslations.Translatable translatable = this.translations.translatable(slug, viewer, id, language);
		try {
			this.translations.translate(slug, viewer, id, language, title, body, response, responseStillFits);
		}
		catch (ChallengeRuleException ex) {
			model.addAttribute("translatable", translatable);
			model.addAttribute("language", language);
			model.addAttribute("translatedTitle", title);
			model.addAttribute("body", body);
			model.addAttribute("response", response);
			model.addAttribute("error", ex.getMessageKey());
			model.addAttribute("errorField", translationErrorField(ex.getMessageKey()));
			return "challenge/translate";
		}
		Flash.success(redirect, "challenge.translation.saved");
		return "redirect:/dialogues/" + slug + "/challenges/" + id;
	}

	/** The field of the translation form an error is about, for the error beside it. */
	private static String translationErrorField(String messageKey) {
		return switch (messageKey) {
			case "challenge.translation.error.title-missing", "challenge.error.title.size" -> "title";
			case "challenge.error.body.long" -> "body";
			case "challenge.translation.error.response-language" -> "response";
			default -> "language";
		};
	}

	@GetMapping("/{id}/history")
	String showHistory(@PathVariable String slug, @PathVariable long id,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		model.addAttribute("history", this.challenges.history(slug, viewer, id, locale));
		return "challenge/history";
	}

	@PostMapping("/{id}/endorsement")
	String endorse(@PathVariable String slug, @PathVariable long id, @AuthenticationPrincipal AccountPrincipal viewer,
			RedirectAttributes redirect) {
		try {
			this.contributions.endorse(slug, viewer, id);
			Flash.success(redirect, "challenge.endorsed");
		}
		catch (ChallengeRuleException ex) {
			Flash.error(redirect, ex.getMessageKey());
		}
		return "redirect:/dialogues/" + slug + "/challenges/" + id;
	}

	@PostMapping("/{id}/endorsement/withdraw")
	String withdrawEndorsement(@PathVariable String slug, @PathVariable long id,
			@AuthenticationPrincipal AccountPrincipal viewer, RedirectAttributes redirect) {
		try {
			this.contributions.withdrawEndorsement(slug, viewer, id);
			Flash.success(redirect, "challenge.endorsement.withdrawn");
		}
		catch (ChallengeRuleException ex) {
			Flash.error(redirect, ex.getMessageKey());
		}
		return "redirect:/dialogues/" + slug + "/challenges/" + id;
	}

	@PostMapping("/{id}/response")
	Object updateResponse(@PathVariable String slug, @PathVariable long id,
			@Valid @ModelAttribute("responseForm") ResponseForm form, BindingResult errors,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		this.facilitation.forFacilitating(slug, viewer, id);
		if (!errors.hasFieldErrors("response") && ChallengeFacilitation.needsResponse(form.getStatus())
				&& (form.getResponse() == null || form.getResponse().isBlank())) {
			errors.rejectValue("response", ChallengeFacilitation.RESPONSE_REQUIRED);
		}
		if (!errors.hasErrors()) {
			try {
				this.facilitation.respond(slug, viewer, id, form.getStatus(), form.getResponse(), form.getLanguage(),
						form.getVersion());
				Flash.success(redirect, "challenge.response.saved");
				return "redirect:/dialogues/" + slug + "/challenges/" + id;
			}
			catch (OptimisticLockingFailureException ex) {
				model.addAttribute("responseConflict", true);
				response.setStatus(HttpStatus.CONFLICT.value());
			}
			catch (ChallengeRuleException ex) {
				errors.rejectValue(
						ChallengeFacilitation.RESPONSE_REQUIRED.equals(ex.getMessageKey()) ? "response" : "status",
						ex.getMessageKey());
			}
		}
		Object page = showChallenge(slug, id, null, viewer, model, locale);
		if (model.getAttribute("page") instanceof ChallengePage current
				&& model.containsAttribute("responseConflict")) {
			// Keep what the facilitator wrote, against the version now stored.
			form.setVersion(current.challenge().getVersion());
		}
		return page;
	}

	@PostMapping("/{id}/lock")
	String lockComments(@PathVariable String slug, @PathVariable long id,
			@RequestParam(name = "reason", required = false) String reason,
			@AuthenticationPrincipal AccountPrincipal viewer, RedirectAttributes redirect) {
		return changeLock(slug, id, viewer, redirect, true, reason);
	}

	@PostMapping("/{id}/unlock")
	String unlockComments(@PathVariable String slug, @PathVariable long id,
			@AuthenticationPrincipal AccountPrincipal viewer, RedirectAttributes redirect) {
		return changeLock(slug, id, viewer, redirect, false, null);
	}

	private String changeLock(String slug, long id, AccountPrincipal viewer, RedirectAttributes redirect,
			boolean locked, String reason) {
		try {
			this.facilitation.lockComments(slug, viewer, id, locked, reason);
			Flash.success(redirect, locked ? "challenge.locked.done" : "challenge.unlocked.done");
		}
		catch (ChallengeRuleException ex) {
			Flash.error(redirect, ex.getMessageKey());
		}
		return "redirect:/dialogues/" + slug + "/challenges/" + id;
	}

	@GetMapping("/{id}/merge")
	String showMerge(@PathVariable String slug, @PathVariable long id, @AuthenticationPrincipal AccountPrincipal viewer,
			Model model) {
		EditableChallenge source = this.facilitation.forFacilitating(slug, viewer, id);
		if (source.challenge().isMerged()) {
			return "redirect:/dialogues/" + slug + "/challenges/" + id;
		}
		model.addAttribute("source", source);
		model.addAttribute("dialogue", source.view().dialogue());
		model.addAttribute("targets", this.facilitation.mergeTargets(slug, viewer, id));
		return "challenge/merge";
	}

	@PostMapping("/{id}/merge")
	String merge(@PathVariable String slug, @PathVariable long id, @Valid @ModelAttribute MergeForm form,
			BindingResult errors, @AuthenticationPrincipal AccountPrincipal viewer, Model model,
			RedirectAttributes redirect) {
		Long targetId = form.getTargetId();
		if (errors.hasErrors()) {
			model.addAttribute("mergeError", "challenge.error.merge-target");
			return showMerge(slug, id, viewer, model);
		}
		if (!form.isConfirmed()) {
			// A merge cannot be undone: a page naming both challenges asks first.
			EditableChallenge source = this.facilitation.forFacilitating(slug, viewer, id);
			Challenge target = this.facilitation.mergeTargets(slug, viewer, id)
				.stream()
				.filter((t) -> targetId.equals(t.getId()))
				.findFirst()
				.orElse(null);
			if (source.challenge().isMerged() || target == null) {
				model.addAttribute("mergeError", "challenge.error.merge-target");
				return showMerge(slug, id, viewer, model);
			}
			model.addAttribute("source", source);
			model.addAttribute("dialogue", source.view().dialogue());
			model.addAttribute("target", target);
			return "challenge/merge-confirm";
		}
		try {
			this.facilitation.merge(slug, viewer, id, targetId);
		}
		catch (ChallengeRuleException ex) {
			model.addAttribute("mergeError", ex.getMessageKey());
			return showMerge(slug, id, viewer, model);
		}
		Flash.success(redirect, "challenge.merged");
		return "redirect:/dialogues/" + slug + "/challenges/" + targetId;
	}

	private String formPage(DialogueView view, Long id, Model model, Locale locale) {
		model.addAttribute("dialogue", view.dialogue());
		model.addAttribute("challengeId", id);
		model.addAttribute("themeOptions", themeOptions(locale));
		return "challenge/form";
	}

	/**
	 * The edit form: the active themes, and the retired ones the challenge has (checked,
	 * marked as retired), so that saving keeps them.
	 */
	private String formPage(EditableChallenge editable, Model model, Locale locale) {
		String page = formPage(editable.view(), editable.challenge().getId(), model, locale);
		List<Theme> retired = editable.themes().stream().filter((t) -> !t.isActive()).toList();
		if (!retired.isEmpty()) {
			List<Option> options = new java.util.ArrayList<>(themeOptions(locale));
			retired.forEach((t) -> options.add(Option.retired(t.getCode(), t.label(locale), this.messages, locale)));
			model.addAttribute("themeOptions", options);
		}
		return page;
	}

	private List<Option> themeOptions(Locale locale) {
		return this.dialogues.themes().stream().map((t) -> new Option(t.getCode(), t.label(locale))).toList();
	}

	private static String fieldOf(String messageKey) {
		if (messageKey.equals("challenge.error.theme")) {
			return "themes";
		}
		return messageKey.startsWith("challenge.error.body") ? "body" : "title";
	}

	private static String known(String value, List<Option> options) {
		return (value != null && options.stream().anyMatch((o) -> o.value().equals(value))) ? value : null;
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		return Arrays.stream(type.getEnumConstants()).filter((e) -> e.name().equals(value)).findFirst().orElse(null);
	}

	/**
	 * The published route for commenting on a challenge: a 307 redirect (method and body
	 * kept) to the comment module's route, which posts every comment.
	 */
	@PostMapping("/{id}/comments")
	RedirectView createComment(@PathVariable String slug, @PathVariable long id) {
		RedirectView alias = new RedirectView(CommentTarget.of(ChallengeService.TARGET_TYPE, id).postingPath(slug),
				true);
		alias.setStatusCode(HttpStatus.TEMPORARY_REDIRECT);
		// The slug is data, never a URI template: "{x}" must not be expanded.
		alias.setExpandUriTemplateVariables(false);
		return alias;
	}

}
