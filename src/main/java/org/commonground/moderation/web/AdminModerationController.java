package org.commonground.moderation.web;

import org.commonground.shared.web.TimeZones;

import java.util.List;
import java.util.Map;

import org.commonground.account.AccountPrincipal;
import org.commonground.moderation.AuditFilter;
import org.commonground.moderation.AuditPage;
import org.commonground.moderation.ModerationLogs;
import org.commonground.moderation.ModerationQueue;
import org.commonground.moderation.ModerationQueues;
import org.commonground.shared.audit.AuditAction;
import org.commonground.shared.web.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Admins' moderation queue over every dialogue, and the whole audit log. */
@Controller
class AdminModerationController {

	private final ModerationQueues queues;

	private final ModerationLogs logs;

	AdminModerationController(ModerationQueues queues, ModerationLogs logs) {
		this.queues = queues;
		this.logs = logs;
	}

	@GetMapping("/admin/moderation")
	String showQueue(@RequestParam(required = false) String dialogue, @RequestParam(required = false) String after,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model) {
		ModerationQueue queue;
		try {
			queue = this.queues.globalQueue(viewer, dialogue, after);
		}
		catch (NotFoundException ex) {
			model.addAttribute("dialogueError", true);
			queue = new ModerationQueue(null, List.of(), null);
		}
		model.addAttribute("queue", queue);
		model.addAttribute("dialogueFilter", dialogue);
		return "moderation/queue";
	}

	@GetMapping("/admin/audit")
	String showAudit(@RequestParam(required = false) AuditAction action,
			@RequestParam(required = false) String dialogue, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) Long before, @AuthenticationPrincipal AccountPrincipal viewer,
			Model model) {
		AuditPeriod period = AuditPeriod.parse(from, to);
		period.addTo(model);
		AuditFilter filter = new AuditFilter(action, dialogue, actor, period.from(), period.to(), before);
		AuditPage audit;
		try {
			audit = this.logs.globalAudit(viewer, filter);
		}
		catch (NotFoundException ex) {
			// No dialogue has that address: say so beside the field, show nothing.
			model.addAttribute("dialogueError", true);
			audit = new AuditPage(null, TimeZones.DEFAULT, List.of(), Map.of(), Map.of(), filter, null);
		}
		model.addAttribute("audit", audit);
		model.addAttribute("zone", audit.zone());
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("periodError", filter.reversed());
		return "moderation/audit";
	}

}
