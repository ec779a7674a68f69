package org.commonground.notification.web;

import java.util.Locale;

import jakarta.validation.Valid;
import org.commonground.account.AccountPrincipal;
import org.commonground.account.StakeholderGroupService;
import org.commonground.notification.NewsletterEditor;
import org.commonground.shared.web.Flash;
import org.commonground.shared.web.Option;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writing and sending issues: a dialogue's facilitators under
 * {@code /dialogues/{slug}/newsletter/issues}, admins for the platform under
 * {@code /admin/newsletter}. {@link NewsletterEditor} checks who may; anyone else gets
 * 404.
 */
@Controller
class NewsletterEditorController {

	private final NewsletterEditor editor;

	private final StakeholderGroupService groups;

	NewsletterEditorController(NewsletterEditor editor, StakeholderGroupService groups) {
		this.editor = editor;
		this.groups = groups;
	}

	@GetMapping("/dialogues/{slug}/newsletter/issues")
	String showDialogueDesk(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal viewer, Model model,
			Locale locale) {
		return desk(slug, viewer, model, locale);
	}

	@GetMapping("/admin/newsletter")
	String showPlatformDesk(@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		return desk(null, viewer, model, locale);
	}

	@PostMapping("/dialogues/{slug}/newsletter/issues")
	String createDialogueIssue(@PathVariable String slug, @Valid IssueForm issueForm, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale, RedirectAttributes redirect) {
		return create(slug, issueForm, result, viewer, model, locale, redirect);
	}

	@PostMapping("/admin/newsletter")
	String createPlatformIssue(@Valid IssueForm issueForm, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale, RedirectAttributes redirect) {
		return create(null, issueForm, result, viewer, model, locale, redirect);
	}

	@GetMapping("/dialogues/{slug}/newsletter/issues/{id}")
	String showDialogueIssue(@PathVariable String slug, @PathVariable long id,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		return edition(slug, id, viewer, model, locale);
	}

	@GetMapping("/admin/newsletter/{id}")
	String showPlatformIssue(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal viewer, Model model,
			Locale locale) {
		return edition(null, id, viewer, model, locale);
	}

	@PostMapping("/dialogues/{slug}/newsletter/issues/{id}")
	String updateDialogueIssue(@PathVariable String slug, @PathVariable long id, @Valid IssueForm issueForm,
			BindingResult result, @AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale,
			RedirectAttributes redirect) {
		return update(slug, id, issueForm, result, viewer, model, locale, redirect);
	}

	@PostMapping("/admin/newsletter/{id}")
	String updatePlatformIssue(@PathVariable long id, @Valid IssueForm issueForm, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale, RedirectAttributes redirect) {
		return update(null, id, issueForm, result, viewer, model, locale, redirect);
	}

	@PostMapping("/dialogues/{slug}/newsletter/issues/{id}/test")
	String createDialogueTest(@PathVariable String slug, @PathVariable long id,
			@AuthenticationPrincipal AccountPrincipal viewer, RedirectAttributes redirect) {
		return test(slug, id, viewer, redirect);
	}

	@PostMapping("/admin/newsletter/{id}/test")
	String createPlatformTest(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal viewer,
			RedirectAttributes redirect) {
		return test(null, id, viewer, redirect);
	}

	@PostMapping("/dialogues/{slug}/newsletter/issues/{id}/send")
	String createDialogueSend(@PathVariable String slug, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean confirmed, @AuthenticationPrincipal AccountPrincipal viewer,
			Model model, Locale locale, RedirectAttributes redirect) {
		return send(slug, id, confirmed, viewer, model, locale, redirect);
	}

	@PostMapping("/admin/newsletter/{id}/send")
	String createPlatformSend(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmed,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale, RedirectAttributes redirect) {
		return send(null, id, confirmed, viewer, model, locale, redirect);
	}

	private String desk(String slug, AccountPrincipal viewer, Model model, Locale locale) {
		model.addAttribute("desk", this.editor.desk(slug, viewer));
		model.addAttribute("base", base(slug));
		if (!model.containsAttribute("issueForm")) {
			IssueForm form = new IssueForm();
			form.setLanguage(locale.getLanguage());
			model.addAttribute("issueForm", form);
		}
		options(model, locale);
		return "newsletter/desk";
	}

	private String create(String slug, IssueForm form, BindingResult result, AccountPrincipal viewer, Model model,
			Locale locale, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return desk(slug, viewer, model, locale);
		}
		long id = this.editor.create(slug, viewer, form.draft());
		Flash.success(redirect, "newsletter.issue.saved");
		return "redirect:" + base(slug) + "/" + id;
	}

	private String edition(String slug, long id, AccountPrincipal viewer, Model model, Locale locale) {
		NewsletterEditor.Edition edition = this.editor.edition(slug, id, viewer);
		model.addAttribute("edition", edition);
		model.addAttribute("base", base(slug));
		if (!model.containsAttribute("issueForm")) {
			model.addAttribute("issueForm", IssueForm.of(edition.issue(), edition.groupCode()));
		}
		options(model, locale);
		return "newsletter/edition";
	}

	private String update(String slug, long id, IssueForm form, BindingResult result, AccountPrincipal viewer,
			Model model, Locale locale, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return edition(slug, id, viewer, model, locale);
		}
		if (this.editor.update(slug, id, viewer, form.draft())) {
			Flash.success(redirect, "newsletter.issue.saved");
		}
		else {
			Flash.error(redirect, "newsletter.issue.not-draft");
		}
		return "redirect:" + base(slug) + "/" + id;
	}

	private String test(String slug, long id, AccountPrincipal viewer, RedirectAttributes redirect) {
		this.editor.sendTest(slug, id, viewer);
		Flash.success(redirect, "newsletter.issue.test-sent");
		return "redirect:" + base(slug) + "/" + id;
	}

	/**
	 * Sends the issue to all its recipients, once the sender ticked the box confirming it
	 * (else the page again, with the box marked).
	 */
	private String send(String slug, long id, boolean confirmed, AccountPrincipal viewer, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (!confirmed) {
			model.addAttribute("sendUnconfirmed", true);
			return edition(slug, id, viewer, model, locale);
		}
		switch (this.editor.send(slug, id, viewer)) {
			case STARTED -> Flash.success(redirect, "newsletter.issue.sending");
			case NO_AUDIENCE -> Flash.error(redirect, "newsletter.issue.no-audience");
			case NOT_DRAFT -> Flash.error(redirect, "newsletter.issue.not-draft");
		}
		return "redirect:" + base(slug) + "/" + id;
	}

	private void options(Model model, Locale locale) {
		model.addAttribute("groups",
				this.groups.activeGroups().stream().map((g) -> new Option(g.getCode(), g.label(locale))).toList());
	}

	private static String base(String slug) {
		return (slug != null) ? "/dialogues/" + slug + "/newsletter/issues" : "/admin/newsletter";
	}

}
