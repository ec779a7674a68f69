package org.commonground.dialogue.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import org.commonground.account.AccountPrincipal;
import org.commonground.account.StakeholderGroupService;
import org.commonground.dialogue.AuthorLabelPolicy;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueRuleException;
import org.commonground.dialogue.DialogueService;
import org.commonground.dialogue.DialogueView;
import org.commonground.dialogue.Membership;
import org.commonground.dialogue.MembershipService;
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
 * The facilitators' page of a dialogue: requests, members, invitations, expected groups.
 */
@Controller
class FacilitationController {

	/** The longest reason for removing a member that is recorded. */
	private static final int MAX_REASON = 500;

	private final MembershipService memberships;

	private final DialogueAccess access;

	private final AuthorLabelPolicy labels;

	private final StakeholderGroupService groups;

	private final DialogueService dialogues;

	FacilitationController(MembershipService memberships, DialogueAccess access, AuthorLabelPolicy labels,
			StakeholderGroupService groups, DialogueService dialogues) {
		this.memberships = memberships;
		this.access = access;
		this.labels = labels;
		this.groups = groups;
		this.dialogues = dialogues;
	}

	@GetMapping("/dialogues/{slug}/manage")
	String showManage(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal viewer, Model model,
			Locale locale) {
		DialogueView view = this.access.facilitated(slug, viewer);
		if (!model.containsAttribute("invitationForm")) {
			model.addAttribute("invitationForm", new InvitationForm());
		}
		return managePage(view, model, locale);
	}

	@PostMapping("/dialogues/{slug}/invitations")
	String createInvitation(@PathVariable String slug, @Valid @ModelAttribute("invitationForm") InvitationForm form,
			BindingResult errors, @AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale,
			RedirectAttributes redirect) {
		DialogueView view = this.access.facilitated(slug, viewer);
		if (errors.hasErrors()) {
			return managePage(view, model, locale);
		}
		this.memberships.createInvitation(slug, form.getValidDays(), form.getMaxUses(), form.getNote(), viewer);
		// A draft's link works once the dialogue opens: the facilitator is told so (W4
		// #3).
		Flash.success(redirect, (view.dialogue().getStatus() == org.commonground.dialogue.DialogueStatus.DRAFT)
				? "invitation.created.draft" : "invitation.created");
		return "redirect:/dialogues/" + slug + "/manage#invitations";
	}

	@PostMapping("/dialogues/{slug}/invitations/{id}/revoke")
	String updateInvitationRevoked(@PathVariable String slug, @PathVariable long id,
			@AuthenticationPrincipal AccountPrincipal viewer, RedirectAttributes redirect) {
		this.memberships.revokeInvitation(slug, id, viewer);
		Flash.success(redirect, "invitation.revoked");
		return "redirect:/dialogues/" + slug + "/manage#invitations";
	}

	@PostMapping("/dialogues/{slug}/requests/{id}/approve")
	String updateRequestApproved(@PathVariable String slug, @PathVariable long id,
			@AuthenticationPrincipal AccountPrincipal viewer, RedirectAttributes redirect) {
		return apply(slug, redirect, () -> this.memberships.approve(slug, id, viewer), "membership.approved");
	}

	@PostMapping("/dialogues/{slug}/requests/{id}/decline")
	String updateRequestDeclined(@PathVariable String slug, @PathVariable long id,
			@ModelAttribute MemberDecisionForm form, @AuthenticationPrincipal AccountPrincipal viewer,
			RedirectAttributes redirect) {
		String reason = form.getReason().isBlank() ? null : form.getReason();
		if (reason != null && reason.strip().length() > MAX_REASON) {
			this.access.facilitated(slug, viewer);
			Flash.error(redirect, "membership.error.reason-too-long");
			return "redirect:/dialogues/" + slug + "/manage#requests";
		}
		return apply(slug, redirect, () -> this.memberships.decline(slug, id, reason, viewer), "membership.declined");
	}

	@PostMapping("/dialogues/{slug}/members/{id}/remove")
	String deleteMember(@PathVariable String slug, @PathVariable long id, @ModelAttribute MemberDecisionForm form,
			@AuthenticationPrincipal AccountPrincipal viewer, RedirectAttributes redirect) {
		String reason = form.getReason();
		String error = null;
		if (reason.isBlank()) {
			error = "membership.error.reason-required";
		}
		else if (reason.strip().length() > MAX_REASON) {
			error = "membership.error.reason-too-long";
		}
		if (error != null) {
			this.access.facilitated(slug, viewer);
			// The error beside that member's reason, with what was typed: the page opens
			// at the member's card.
			Flash.error(redirect, error);
			String kept = (reason.length() > MAX_REASON + 100) ? reason.substring(0, MAX_REASON + 100) : reason;
			redirect.addFlashAttribute("removalAttempt", new RemovalAttempt(id, kept, error));
			return "redirect:/dialogues/" + slug + "/manage#member-" + id;
		}
		return apply(slug, redirect, () -> this.memberships.remove(slug, id, reason, viewer), "membership.removed");
	}

	/**
	 * Makes a member a facilitator once the box that says what the role allows (the real
	 * names behind pseudonyms, moderation, exports) is ticked; without it, the member's
	 * card again with the error beside the box (W4 #4).
	 */
	@PostMapping("/dialogues/{slug}/members/{id}/facilitator")
	String updateMemberFacilitator(@PathVariable String slug, @PathVariable long id,
			@RequestParam(name = "confirmed", defaultValue = "false") boolean confirmed,
			@AuthenticationPrincipal AccountPrincipal viewer, RedirectAttributes redirect) {
		if (!confirmed) {
			this.access.facilitated(slug, viewer);
			Flash.error(redirect, "facilitation.make-facilitator.confirm-required");
			redirect.addFlashAttribute("facilitatorAttempt", id);
			return "redirect:/dialogues/" + slug + "/manage#member-" + id;
		}
		return apply(slug, redirect, () -> this.memberships.makeFacilitator(slug, id, viewer),
				"membership.made-facilitator");
	}

	@PostMapping("/dialogues/{slug}/members/{id}/facilitation/withdraw")
	String deleteMemberFacilitation(@PathVariable String slug, @PathVariable long id,
			@AuthenticationPrincipal AccountPrincipal viewer, RedirectAttributes redirect) {
		return apply(slug, redirect, () -> this.memberships.withdrawFacilitation(slug, id, viewer),
				"facilitator.withdrawn");
	}

	@PostMapping("/dialogues/{slug}/facilitators")
	String createFacilitator(@PathVariable String slug, @ModelAttribute FacilitatorForm form,
			@AuthenticationPrincipal AccountPrincipal viewer, RedirectAttributes redirect) {
		try {
			this.memberships.appointFacilitator(slug, form.getEmail(), viewer);
		}
		catch (DialogueRuleException ex) {
			// Beside the email field, with what was typed: the page opens at the form.
			redirect.addFlashAttribute("appointAttempt", new AppointAttempt(form.getEmail(), ex.getMessageKey()));
			return "redirect:/dialogues/" + slug + "/manage#appoint";
		}
		Flash.success(redirect, "facilitator.appointed");
		return "redirect:/dialogues/" + slug + "/manage";
	}

	private String apply(String slug, RedirectAttributes redirect, Runnable change, String successKey) {
		try {
			change.run();
			Flash.success(redirect, successKey);
		}
		catch (DialogueRuleException ex) {
			Flash.error(redirect, ex.getMessageKey());
		}
		return "redirect:/dialogues/" + slug + "/manage";
	}

	private String managePage(DialogueView view, Model model, Locale locale) {
		Map<Membership, org.commonground.dialogue.AuthorLabel> members = new LinkedHashMap<>();
		for (Membership membership : this.memberships.members(view)) {
			members.put(membership, this.labels.label(membership, view, locale));
		}
		model.addAttribute("dialogue", view.dialogue());
		model.addAttribute("context", view.context());
		model.addAttribute("requests", this.memberships.pendingRequests(view));
		model.addAttribute("members", members);
		model.addAttribute("invitations", this.memberships.invitations(view));
		model.addAttribute("invitationBase",
				org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
					.path("/invitations/")
					.toUriString());
		model.addAttribute("allGroups", this.groups.activeGroups());
		Map<Long, String> groupNames = new java.util.HashMap<>();
		this.groups.byId().forEach((id, group) -> groupNames.put(id, group.label(locale)));
		model.addAttribute("groupNames", groupNames);
		model.addAttribute("expectedCodes", this.dialogues.expectedGroupCodes(view));
		model.addAttribute("now", java.time.Instant.now());
		return "dialogue/manage";
	}

}
