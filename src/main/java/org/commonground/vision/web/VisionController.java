package org.commonground.vision.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.commonground.account.AccountPrincipal;
import org.commonground.dialogue.DialogueView;
import org.commonground.shared.web.Flash;
import org.commonground.shared.web.SupportedLanguages;
import org.commonground.vision.Disposition;
import org.commonground.vision.ParagraphPage;
import org.commonground.vision.Stance;
import org.commonground.vision.VersionDiff;
import org.commonground.vision.VisionPage;
import org.commonground.vision.VisionRuleException;
import org.commonground.vision.VisionService;
import org.commonground.vision.VisionTranslations;
import org.commonground.vision.WorkingText;
import org.commonground.vision.YouSaidWeDid;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * A dialogue's shared vision: reading versions, stances, comments, the common-ground
 * view, diffs, "you said, we did", and the facilitators' working text, publishing and
 * answers.
 */
@Controller
@RequestMapping("/dialogues/{slug}/vision")
class VisionController {

	/** The flash attribute carrying a change summary typed before a save. */
	private static final String KEPT_SUMMARY = "keptChangeSummary";

	private final VisionService visions;

	private final VisionTranslations translations;

	VisionController(VisionService visions, VisionTranslations translations) {
		this.visions = visions;
		this.translations = translations;
	}

	@GetMapping
	String showLatest(@PathVariable String slug, @RequestParam(name = "text", required = false) String text,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		return versionPage(this.visions.version(slug, viewer, 0, locale, languageCode(text)), model);
	}

	/** A language asked for by {@code ?text=}, if it is one of the five. */
	private static String languageCode(String text) {
		return SupportedLanguages.isSupported(text) ? text : null;
	}

	@GetMapping("/versions/{number}/translations/{language}")
	String showTranslation(@PathVariable String slug, @PathVariable int number, @PathVariable String language,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model) {
		VisionTranslations.Editable editable = this.translations.editable(slug, viewer, number, language);
		ParagraphTranslationForm form = new ParagraphTranslationForm();
		form.setTexts(new java.util.LinkedHashMap<>(editable.sources()));
		return translationPage(editable, form, model);
	}

	@PostMapping("/versions/{number}/translations/{language}")
	String updateTranslation(@PathVariable String slug, @PathVariable int number, @PathVariable String language,
			@ModelAttribute("form") ParagraphTranslationForm form, BindingResult errors,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, RedirectAttributes redirect) {
		try {
			this.translations.translate(slug, viewer, number, language, form.getTexts(), form.getConfirmed());
		}
		catch (VisionRuleException ex) {
			form.getTexts().forEach((key, text) -> {
				if (text != null && text.length() > VisionTranslations.MAX_LENGTH) {
					errors.rejectValue("texts[" + key + "]", ex.getMessageKey());
				}
			});
			return translationPage(this.translations.editable(slug, viewer, number, language), form, model);
		}
		Flash.success(redirect, "vision.translation.saved");
		return "redirect:/dialogues/" + slug + "/vision/versions/" + number + "?text=" + language;
	}

	private String translationPage(VisionTranslations.Editable editable, ParagraphTranslationForm form, Model model) {
		model.addAttribute("editable", editable);
		model.addAttribute("dialogue", editable.view().dialogue());
		model.addAttribute("form", form);
		return "vision/translate";
	}

	@GetMapping("/versions/{number}")
	String showVersion(@PathVariable String slug, @PathVariable int number,
			@RequestParam(name = "text", required = false) String text,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		if (number < 1) {
			throw new org.commonground.shared.web.NotFoundException();
		}
		return versionPage(this.visions.version(slug, viewer, number, locale, languageCode(text)), model);
	}

	@GetMapping("/versions/{number}/comments")
	String showVersionComments(@PathVariable String slug, @PathVariable int number,
			@RequestParam(required = false) Long before, @AuthenticationPrincipal AccountPrincipal viewer, Model model,
			Locale locale) {
		return showParagraph(slug, number, "", before, null, viewer, model, locale);
	}

	@GetMapping("/versions/{number}/paragraphs/{key}")
	String showParagraph(@PathVariable String slug, @PathVariable int number, @PathVariable String key,
			@RequestParam(required = false) Long before, @RequestParam(name = "text", required = false) String text,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		if (number < 1 || !key.matches("(p[0-9]{1,9})?")) {
			throw new org.commonground.shared.web.NotFoundException();
		}
		ParagraphPage page = this.visions.paragraph(slug, viewer, number, key, before, locale, languageCode(text));
		model.addAttribute("page", page);
		answering(model, page.view(), page.view().context().facilitates(), page.answers(), page.latestNumber(), number,
				"/dialogues/" + slug + "/vision/versions/" + number + "/paragraphs/" + key);
		return "vision/paragraph";
	}

	@GetMapping("/edit")
	String showEdit(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal viewer, Model model) {
		WorkingText working = this.visions.working(slug, viewer);
		VisionTextForm form = new VisionTextForm();
		form.setText(working.text());
		form.setVersion(working.version());
		// A summary typed before the working text was saved (Enter in its field saves)
		// comes back, so that nothing typed is lost.
		if (model.getAttribute(KEPT_SUMMARY) instanceof String summary) {
			form.setChangeSummary(summary);
		}
		model.addAttribute("form", form);
		model.addAttribute("working", working);
		return "vision/edit";
	}

	@PostMapping("/edit")
	String saveWorkingText(@PathVariable String slug, @ModelAttribute("form") VisionTextForm form, BindingResult errors,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			this.visions.saveWorkingText(slug, viewer, form.getText(), form.getVersion());
			if (form.getChangeSummary() != null && !form.getChangeSummary().isBlank()) {
				redirect.addFlashAttribute(KEPT_SUMMARY, form.getChangeSummary().strip());
				Flash.success(redirect, "vision.saved.summary-kept");
			}
			else {
				Flash.success(redirect, "vision.saved");
			}
			return "redirect:/dialogues/" + slug + "/vision/edit";
		}
		catch (OptimisticLockingFailureException ex) {
			return conflict(slug, viewer, form, model, response);
		}
		catch (VisionRuleException ex) {
			errors.rejectValue("text", ex.getMessageKey());
			model.addAttribute("working", this.visions.working(slug, viewer));
			return "vision/edit";
		}
	}

	@PostMapping("/versions")
	String publish(@PathVariable String slug, @ModelAttribute("form") VisionTextForm form, BindingResult errors,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			int number = this.visions.publish(slug, viewer, form.getText(), form.getChangeSummary(), form.getVersion());
			Flash.success(redirect, "vision.published");
			return "redirect:/dialogues/" + slug + "/vision/versions/" + number;
		}
		catch (OptimisticLockingFailureException ex) {
			return conflict(slug, viewer, form, model, response);
		}
		catch (VisionRuleException ex) {
			errors.rejectValue(ex.getMessageKey().equals("vision.error.summary") ? "changeSummary" : "text",
					ex.getMessageKey());
			model.addAttribute("working", this.visions.working(slug, viewer));
			return "vision/edit";
		}
	}

	@PostMapping("/versions/{number}/paragraphs/{key}/stance")
	String setStance(@PathVariable String slug, @PathVariable int number, @PathVariable String key,
			@Valid @ModelAttribute StanceForm form, BindingResult errors,
			@AuthenticationPrincipal AccountPrincipal viewer, RedirectAttributes redirect) {
		try {
			if (errors.hasErrors()) {
				throw new VisionRuleException("vision.error.stance");
			}
			this.visions.setStance(slug, viewer, number, key, form.getStance());
			Flash.success(redirect, "vision.stance.saved");
		}
		catch (VisionRuleException ex) {
			Flash.error(redirect, ex.getMessageKey());
		}
		// The message shows in the paragraph the page opens at, not at the top far above.
		redirect.addFlashAttribute("flashParagraph", key);
		return "redirect:/dialogues/" + slug + "/vision/versions/" + number + "#paragraph-" + key;
	}

	/**
	 * The published route for commenting on a version or one of its paragraphs: a 307
	 * redirect (method and body, with its {@code paragraphKey}, kept) to the comment
	 * module's route, which posts every comment.
	 */
	@PostMapping("/versions/{number}/comments")
	RedirectView createComment(@PathVariable String slug, @PathVariable int number,
			@AuthenticationPrincipal AccountPrincipal viewer) {
		RedirectView alias = new RedirectView(this.visions.commentTarget(slug, viewer, number, null).postingPath(slug),
				true);
		alias.setStatusCode(HttpStatus.TEMPORARY_REDIRECT);
		// The slug is data, never a URI template: "{x}" must not be expanded.
		alias.setExpandUriTemplateVariables(false);
		return alias;
	}

	@PostMapping("/comments/{id}/answer")
	String answer(@PathVariable String slug, @PathVariable long id, @Valid @ModelAttribute AnswerForm form,
			BindingResult errors, @RequestParam(name = "back", required = false) String back,
			@AuthenticationPrincipal AccountPrincipal viewer, RedirectAttributes redirect) {
		String to = backTo(slug, back);
		// Every problem at once, each beside its field: what the form could not read
		// (an unknown version number), then what the service finds.
		List<String> problems = new ArrayList<>(this.visions.answerProblems(slug, viewer, id, form.getDisposition(),
				form.getReason(), form.getLandedVersion()));
		if (errors.hasFieldErrors("landedVersion") && !problems.contains("vision.error.landed")) {
			problems.add("vision.error.landed");
		}
		if (problems.isEmpty()) {
			try {
				this.visions.answer(slug, viewer, id, form.getDisposition(), form.getReason(), form.getLandedVersion());
				Flash.success(redirect, "vision.answer.saved");
			}
			catch (VisionRuleException ex) {
				problems.add(ex.getMessageKey());
			}
		}
		if (!problems.isEmpty()) {
			// The form comes back open under the comment, with what was chosen and typed
			// and each error beside its field.
			Flash.error(redirect, problems.get(0));
			// Kept in the session until shown: at most a little more than the limit.
			String reason = form.getReason();
			String kept = (reason != null && reason.length() > 1200) ? reason.substring(0, 1200) : reason;
			redirect.addFlashAttribute("answerAttempt",
					new AnswerAttempt(id, form.getDisposition(), kept, form.getLandedVersion(), problems));
		}
		return "redirect:" + to + "#comment-" + id;
	}

	/**
	 * Where to go back to after answering: a page of this dialogue's vision, else the
	 * vision.
	 */
	static String backTo(String slug, String back) {
		return (back != null && back.startsWith("/dialogues/" + slug + "/vision/")
				&& back.matches("[A-Za-z0-9/_?=&.-]*")) ? back : "/dialogues/" + slug + "/vision";
	}

	@GetMapping("/diff")
	String showDiff(@PathVariable String slug, @RequestParam int from, @RequestParam int to,
			@RequestParam(name = "text", required = false) String text,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		if (from < 1 || to < 1) {
			throw new org.commonground.shared.web.NotFoundException();
		}
		String language = languageCode(text);
		model.addAttribute("comparison",
				this.visions.diff(slug, viewer, from, to, (language != null) ? language : locale.getLanguage()));
		model.addAttribute("kinds", VersionDiff.Kind.values());
		return "vision/diff";
	}

	@GetMapping("/versions/{number}/common-ground")
	String showCommonGround(@PathVariable String slug, @PathVariable int number,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		if (number < 1) {
			throw new org.commonground.shared.web.NotFoundException();
		}
		model.addAttribute("ground", this.visions.commonGround(slug, viewer, number, locale));
		return "vision/common-ground";
	}

	@GetMapping("/you-said-we-did")
	String showYouSaidWeDid(@PathVariable String slug, @RequestParam(required = false) String group,
			@RequestParam(required = false) String disposition, @AuthenticationPrincipal AccountPrincipal viewer,
			Model model, Locale locale) {
		String knownDisposition = ("NONE".equals(disposition)
				|| Arrays.stream(Disposition.values()).anyMatch((d) -> d.name().equals(disposition))) ? disposition
						: null;
		YouSaidWeDid report = this.visions.youSaidWeDid(slug, viewer, group, knownDisposition, locale);
		model.addAttribute("report", report);
		model.addAttribute("groups", report.groups());
		model.addAttribute("dispositions", Disposition.values());
		model.addAttribute("group", report.groups().stream().anyMatch((o) -> o.value().equals(group)) ? group : null);
		model.addAttribute("disposition", knownDisposition);
		// Facilitators answer here: the "not answered yet" list is their working queue.
		String back = "/dialogues/" + slug + "/vision/you-said-we-did"
				+ ((knownDisposition != null) ? "?disposition=" + knownDisposition : "");
		answering(model, report.view(), report.view().context().facilitates(), report.answers(),
				(report.latest() != null) ? report.latest().getNumber() : 0, 0, back);
		model.addAttribute("answerOpen", true);
		return "vision/you-said-we-did";
	}

	private String versionPage(VisionPage page, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("dialogue", page.view().dialogue());
		model.addAttribute("stances", Stance.values());
		if (page.version() != null) {
			answering(model, page.view(), page.facilitates(), page.answers(), page.latestNumber(),
					page.version().getNumber(), "/dialogues/" + page.view().dialogue().getSlug() + "/vision/versions/"
							+ page.version().getNumber());
		}
		return "vision/show";
	}

	/**
	 * What the comment fragments need to show the facilitators' answers under comments on
	 * the vision, and the answer form to facilitators.
	 */
	private static void answering(Model model, DialogueView view, boolean canAnswer, java.util.Map<Long, ?> answers,
			int latestNumber, int currentVersion, String back) {
		model.addAttribute("commentExtra", "vision/fragments");
		// The languages facilitators translate answers' reasons into: the dialogue's
		// others.
		model.addAttribute("reasonLanguages", view.dialogue().translationLanguages());
		model.addAttribute("answers", answers);
		model.addAttribute("canAnswer", canAnswer);
		model.addAttribute("answerBack", back);
		model.addAttribute("latestNumber", latestNumber);
		model.addAttribute("dispositions", Disposition.values());
		model.addAttribute("currentVersion", currentVersion);
	}

	private String conflict(String slug, AccountPrincipal viewer, VisionTextForm form, Model model,
			HttpServletResponse response) {
		WorkingText current = this.visions.working(slug, viewer);
		model.addAttribute("working", current);
		model.addAttribute("conflict",
				VersionDiff.words(current.text(), (form.getText() != null) ? form.getText() : ""));
		form.setVersion(current.version());
		response.setStatus(HttpStatus.CONFLICT.value());
		return "vision/edit";
	}

}
