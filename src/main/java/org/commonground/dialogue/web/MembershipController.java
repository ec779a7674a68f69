package org.commonground.dialogue.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.commonground.account.AccountPrincipal;
import org.commonground.dialogue.AuthorLabel;
import org.commonground.dialogue.AuthorLabelPolicy;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueRuleException;
import org.commonground.dialogue.DialogueView;
import org.commonground.dialogue.Invitation;
import org.commonground.dialogue.JoinOutcome;
import org.commonground.dialogue.DisplayMode;
import org.commonground.account.AccountService;
import org.commonground.shared.security.SessionControl;
import org.commonground.dialogue.Membership;
import org.commonground.dialogue.MembershipService;
import org.commonground.shared.web.Flash;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Joining, leaving, how one appears, the members page, and invitation links. */
@Controller
class MembershipController {

	private final MembershipService memberships;

	private final DialogueAccess access;

	private final AuthorLabelPolicy labels;

	private final HttpSessionRequestCache savedRequests = new HttpSessionRequestCache();

	private final AccountService accounts;

	private final SessionControl sessions;

	MembershipController(MembershipService memberships, DialogueAccess access, AuthorLabelPolicy labels,
			AccountService accounts, SessionControl sessions) {
		this.memberships = memberships;
		this.access = access;
		this.labels = labels;
		this.accounts = accounts;
		this.sessions = sessions;
	}

	/**
	 * Joining with a pseudonym and no region on the profile: the region given on the join
	 * form goes to the profile, so that the pseudonym shows it.
	 */
	private void keepRegion(DisplayModeForm form, AccountPrincipal viewer, HttpServletRequest request,
			HttpServletResponse response) {
		if (form.getDisplayMode() == DisplayMode.PSEUDONYMOUS && viewer.getRegion() == null && form.getRegion() != null
				&& !form.getRegion().isBlank()) {
			this.sessions.refreshPrincipal(this.accounts.changeRegion(viewer.getId(), form.getRegion()), request,
					response);
		}
	}

	/**
	 * A pseudonym shows the group and the region: without a region on the profile or the
	 * form it would name the group alone.
	 */
	private static boolean regionMissing(DisplayModeForm form, AccountPrincipal viewer) {
		return form.getDisplayMode() == DisplayMode.PSEUDONYMOUS && viewer != null && viewer.getRegion() == null
				&& (form.getRegion() == null || form.getRegion().isBlank());
	}

	@PostMapping("/dialogues/{slug}/join")
	String createMembership(@PathVariable String slug, @Valid @ModelAttribute DisplayModeForm form,
			@AuthenticationPrincipal AccountPrincipal viewer, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (regionMissing(form, viewer)) {
			// The error beside the region, on the dialogue's page.
			Flash.error(redirect, "membership.error.region-required");
			redirect.addFlashAttribute("regionMissing", true);
			// The choice comes back as made: an unticked pseudonym would join under the
			// name.
			redirect.addFlashAttribute("joinDisplayMode", form.getDisplayMode());
			return "redirect:/dialogues/" + slug + "#join-region";
		}
		try {
			JoinOutcome outcome = this.memberships.join(slug, form.getDisplayMode(), viewer);
			keepRegion(form, viewer, request, response);
			Flash.success(redirect, (outcome == JoinOutcome.REQUESTED) ? "membership.requested" : "membership.joined");
		}
		catch (DialogueRuleException ex) {
			Flash.error(redirect, ex.getMessageKey());
		}
		return "redirect:/dialogues/" + slug;
	}

	@PostMapping("/dialogues/{slug}/leave")
	String deleteMembership(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal viewer,
			RedirectAttributes redirect) {
		this.memberships.leave(slug, viewer);
		Flash.success(redirect, "membership.left");
		return "redirect:/dialogues/" + slug;
	}

	@PostMapping("/dialogues/{slug}/display-mode")
	String updateDisplayMode(@PathVariable String slug, @Valid @ModelAttribute DisplayModeForm form,
			@AuthenticationPrincipal AccountPrincipal viewer, RedirectAttributes redirect) {
		this.memberships.changeDisplayMode(slug, form.getDisplayMode(), viewer);
		Flash.success(redirect, "membership.display-mode.saved");
		return "redirect:/dialogues/" + slug;
	}

	@GetMapping("/dialogues/{slug}/members")
	String showMembers(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal viewer, Model model,
			Locale locale) {
		DialogueView view = this.access.readable(slug, viewer);
		Map<String, List<MemberRow>> byGroup = new LinkedHashMap<>();
		for (Membership membership : this.memberships.members(view)) {
			AuthorLabel label = this.labels.label(membership, view, locale);
			byGroup.computeIfAbsent(label.group(), (g) -> new java.util.ArrayList<>())
				.add(new MemberRow(membership, label));
		}
		// Sorted by what the viewer sees, so a pseudonym's place among the names tells
		// nothing.
		java.text.Collator collator = java.text.Collator.getInstance(locale);
		byGroup.values()
			.forEach((rows) -> rows
				.sort(java.util.Comparator.comparing((MemberRow row) -> row.label().name(), collator)));
		model.addAttribute("dialogue", view.dialogue());
		model.addAttribute("context", view.context());
		model.addAttribute("groups", byGroup);
		return "dialogue/members";
	}

	@PostMapping("/dialogues/{slug}/members/{membershipId}/translator")
	String updateTranslator(@PathVariable String slug, @PathVariable long membershipId,
			@ModelAttribute TranslatorForm form, @AuthenticationPrincipal AccountPrincipal viewer,
			RedirectAttributes redirect) {
		try {
			this.memberships.markTranslator(slug, membershipId, form.isTranslator(), viewer);
			Flash.success(redirect, form.isTranslator() ? "members.translator.marked" : "members.translator.unmarked");
		}
		catch (DialogueRuleException ex) {
			Flash.error(redirect, ex.getMessageKey());
		}
		return "redirect:/dialogues/" + slug + "/members";
	}

	@GetMapping("/invitations/{token}")
	String showInvitation(@PathVariable String token, @AuthenticationPrincipal AccountPrincipal viewer, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		MembershipService.InvitationLanding landing = this.memberships.invitationLanding(token, viewer);
		Invitation invitation = landing.invitation();
		model.addAttribute("invitation", invitation);
		if (!invitation.isUsable(java.time.Instant.now())) {
			response.setStatus(HttpStatus.GONE.value());
			return "dialogue/invitation-invalid";
		}
		if (landing.notOpenYet()) {
			return notOpenYet(landing, model);
		}
		model.addAttribute("dialogue", invitation.getDialogue());
		if (viewer == null) {
			this.savedRequests.saveRequest(request, response);
		}
		return "dialogue/invitation";
	}

	@PostMapping("/invitations/{token}")
	String acceptInvitation(@PathVariable String token, @Valid @ModelAttribute DisplayModeForm form,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		MembershipService.InvitationLanding landing = this.memberships.invitationLanding(token, viewer);
		Invitation invitation = landing.invitation();
		if (landing.notOpenYet() && invitation.isUsable(java.time.Instant.now())) {
			// Nobody joins a draft; the same link works once it opens.
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("invitation", invitation);
			return notOpenYet(landing, model);
		}
		if (regionMissing(form, viewer) && invitation.isUsable(java.time.Instant.now())) {
			// The invitation again, the error beside the region, the pseudonym still
			// chosen.
			model.addAttribute("invitation", invitation);
			model.addAttribute("dialogue", invitation.getDialogue());
			model.addAttribute("regionMissing", true);
			model.addAttribute("joinDisplayMode", form.getDisplayMode());
			model.addAttribute(Flash.ERROR, "membership.error.region-required");
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "dialogue/invitation";
		}
		try {
			this.memberships.acceptInvitation(token, form.getDisplayMode(), viewer);
			keepRegion(form, viewer, request, response);
		}
		catch (DialogueRuleException ex) {
			model.addAttribute("invitation", invitation);
			model.addAttribute("dialogue", invitation.getDialogue());
			model.addAttribute("reason", ex.getMessageKey());
			response.setStatus(HttpStatus.GONE.value());
			return "dialogue/invitation-invalid";
		}
		Flash.success(redirect, "membership.joined");
		return "redirect:/dialogues/" + invitation.getDialogue().getSlug();
	}

	/**
	 * The landing page of a valid link to a draft: not open yet, the same link will work
	 * once it opens; the draft's title and summary only for its facilitators.
	 */
	private static String notOpenYet(MembershipService.InvitationLanding landing, Model model) {
		if (landing.dialogueShown()) {
			model.addAttribute("dialogue", landing.invitation().getDialogue());
		}
		return "dialogue/invitation-not-open";
	}

	/** One member as the viewer may see them. */
	record MemberRow(Membership membership, AuthorLabel label) {
	}

}
