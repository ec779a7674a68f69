package org.commonground.moderation.web;

import jakarta.validation.Valid;
import org.commonground.account.AccountPrincipal;
import org.commonground.dialogue.DialogueView;
import org.commonground.moderation.AuditFilter;
import org.commonground.moderation.AuditPage;
import org.commonground.moderation.CaseDetails;
import org.commonground.moderation.ModerationDecisions;
import org.commonground.moderation.ModerationLogs;
import org.commonground.moderation.ModerationQueue;
import org.commonground.moderation.ModerationQueues;
import org.commonground.moderation.ModerationReason;
import org.commonground.moderation.ModerationRuleException;
import org.commonground.moderation.ModerationSettings;
import org.commonground.moderation.PublicLog;
import org.commonground.shared.audit.AuditAction;
import org.commonground.shared.web.Flash;

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
 * A dialogue's moderation: the queue, a contribution's case page and the decisions on it,
 * the settings and the audit log for its facilitators and admins, and the public
 * moderation log for everyone who may read the dialogue.
 */
@Controller
class ModerationController {

	private static final String NOTE_OTHER = "moderation.error.note-other";

	private static final String CASE = "/dialogues/{slug}/moderation/{kind:comments|challenges}/{id}";

	private final ModerationQueues queues;

	private final ModerationDecisions decisions;

	private final ModerationSettings settings;

	private final ModerationLogs logs;

	ModerationController(ModerationQueues queues, ModerationDecisions decisions, ModerationSettings settings,
			ModerationLogs logs) {
		this.queues = queues;
		this.decisions = decisions;
		this.settings = settings;
		this.logs = logs;
	}

	@GetMapping("/dialogues/{slug}/moderation")
	String showQueue(@PathVariable String slug, @RequestParam(required = false) String after,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model) {
		ModerationQueue queue = this.queues.queue(slug, viewer, after);
		model.addAttribute("queue", queue);
		model.addAttribute("dialogue", queue.view().dialogue());
		return "moderation/queue";
	}

	@GetMapping(CASE)
	String showCase(@PathVariable String slug, @PathVariable String kind, @PathVariable long id,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model) {
		CaseDetails details = this.queues.details(slug, viewer, kind, id);
		model.addAttribute("details", details);
		model.addAttribute("dialogue", details.view().dialogue());
		model.addAttribute("reasons", ModerationReason.values());
		if (!model.containsAttribute("hideForm")) {
			model.addAttribute("hideForm", new ReasonForm());
		}
		if (!model.containsAttribute("noteForm")) {
			model.addAttribute("noteForm", new NoteForm());
		}
		return "moderation/case";
	}

	@PostMapping(CASE + "/hide")
	String hide(@PathVariable String slug, @PathVariable String kind, @PathVariable long id,
			@Valid @ModelAttribute("hideForm") ReasonForm form, BindingResult errors,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.decisions.hide(slug, viewer, kind, id, form.getReason(), form.getNote());
				return done(slug, kind, id, "moderation.hidden.done", redirect);
			}
			catch (ModerationRuleException ex) {
				// "Other" without a note: the error beside the note, what was chosen
				// kept.
				if (NOTE_OTHER.equals(ex.getMessageKey())) {
					errors.rejectValue("note", ex.getMessageKey());
				}
				else {
					errors.reject(ex.getMessageKey());
				}
			}
		}
		return showCase(slug, kind, id, viewer, model);
	}

	@PostMapping(CASE + "/restore")
	String restore(@PathVariable String slug, @PathVariable String kind, @PathVariable long id,
			@Valid @ModelAttribute("noteForm") NoteForm form, BindingResult errors,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, RedirectAttributes redirect) {
		// Shown to everyone again at once (a phone number in it with it): the box must be
		// ticked; else the case page again, the note kept, the error beside the box.
		if (!form.isConfirmed()) {
			model.addAttribute("restoreUnconfirmed", true);
			return showCase(slug, kind, id, viewer, model);
		}
		return decide(slug, kind, id, errors, viewer, model, redirect, "moderation.restored.done",
				() -> this.decisions.restore(slug, viewer, kind, id, form.getNote()));
	}

	@PostMapping(CASE + "/dismiss")
	String dismiss(@PathVariable String slug, @PathVariable String kind, @PathVariable long id,
			@Valid @ModelAttribute("noteForm") NoteForm form, BindingResult errors,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, RedirectAttributes redirect) {
		return decide(slug, kind, id, errors, viewer, model, redirect, "moderation.dismissed.done",
				() -> this.decisions.dismiss(slug, viewer, kind, id, form.getNote()));
	}

	@PostMapping(CASE + "/approve")
	String approve(@PathVariable String slug, @PathVariable String kind, @PathVariable long id,
			@AuthenticationPrincipal AccountPrincipal viewer, RedirectAttributes redirect) {
		try {
			this.decisions.approve(slug, viewer, kind, id);
			return done(slug, kind, id, "moderation.approved.done", redirect);
		}
		catch (ModerationRuleException ex) {
			Flash.error(redirect, ex.getMessageKey());
			return "redirect:/dialogues/" + slug + "/moderation/" + kind + "/" + id;
		}
	}

	@PostMapping(CASE + "/review")
	String decideReview(@PathVariable String slug, @PathVariable String kind, @PathVariable long id,
			@Valid @ModelAttribute("noteForm") ReviewDecisionForm form, BindingResult errors,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, RedirectAttributes redirect) {
		// Restoring shows it to everyone again, as a plain restore does: the box must be
		// ticked; else the case page again, the note kept, the error beside the box. One
		// who may not decide the review is told why instead (by the service's rules).
		if (form.restores() && !form.isConfirmed() && this.queues.details(slug, viewer, kind, id).canDecideReview()) {
			model.addAttribute("reviewUnconfirmed", true);
			return showCase(slug, kind, id, viewer, model);
		}
		return decide(slug, kind, id, errors, viewer, model, redirect,
				form.restores() ? "moderation.restored.done" : "moderation.kept.done",
				() -> this.decisions.decideReview(slug, viewer, kind, id, form.restores(), form.getNote()));
	}

	@GetMapping("/dialogues/{slug}/moderation/settings")
	String showSettings(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal viewer, Model model) {
		DialogueView view = this.settings.moderated(slug, viewer);
		model.addAttribute("settingsForm", SettingsForm.of(this.settings.setting(view.dialogue().getId())));
		model.addAttribute("dialogue", view.dialogue());
		return "moderation/settings";
	}

	@PostMapping("/dialogues/{slug}/moderation/settings")
	String updateSettings(@PathVariable String slug, @Valid @ModelAttribute("settingsForm") SettingsForm form,
			BindingResult errors, @AuthenticationPrincipal AccountPrincipal viewer, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.settings.updateSettings(slug, viewer, form.getPremoderateFirst(), form.getAutoHideReports(),
						form.isPublicLog());
				Flash.success(redirect, "moderation.settings.saved");
				return "redirect:/dialogues/" + slug + "/moderation/settings";
			}
			catch (ModerationRuleException ex) {
				errors.reject(ex.getMessageKey());
			}
		}
		model.addAttribute("dialogue", this.settings.moderated(slug, viewer).dialogue());
		return "moderation/settings";
	}

	@GetMapping("/dialogues/{slug}/moderation/audit")
	String showAudit(@PathVariable String slug, @RequestParam(required = false) AuditAction action,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) Long before, @AuthenticationPrincipal AccountPrincipal viewer,
			Model model) {
		AuditPeriod period = AuditPeriod.parse(from, to);
		period.addTo(model);
		AuditFilter filter = new AuditFilter(action, null, null, period.from(), period.to(), before);
		AuditPage audit = this.logs.audit(slug, viewer, filter);
		model.addAttribute("audit", audit);
		model.addAttribute("zone", audit.zone());
		model.addAttribute("dialogue", audit.view().dialogue());
		// Only the actions a dialogue's log can hold (not an account's suspension).
		model.addAttribute("actions", ModerationLogs.DIALOGUE_ACTIONS);
		model.addAttribute("periodError", filter.reversed());
		return "moderation/audit";
	}

	@GetMapping("/dialogues/{slug}/moderation-log")
	String showPublicLog(@PathVariable String slug, @RequestParam(required = false) Long before,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model) {
		PublicLog log = this.logs.publicLog(slug, viewer, before);
		model.addAttribute("log", log);
		model.addAttribute("dialogue", log.view().dialogue());
		return "moderation/public-log";
	}

	/**
	 * Takes a decision unless the form has errors; a broken rule comes back on the case
	 * page above the forms, with what the moderator wrote kept.
	 */
	private String decide(String slug, String kind, long id, BindingResult errors, AccountPrincipal viewer, Model model,
			RedirectAttributes redirect, String message, Runnable decision) {
		if (!errors.hasErrors()) {
			try {
				decision.run();
				return done(slug, kind, id, message, redirect);
			}
			catch (ModerationRuleException ex) {
				errors.reject(ex.getMessageKey());
			}
		}
		return showCase(slug, kind, id, viewer, model);
	}

	private static String done(String slug, String kind, long id, String message, RedirectAttributes redirect) {
		Flash.success(redirect, message);
		return "redirect:/dialogues/" + slug + "/moderation/" + kind + "/" + id;
	}

}
