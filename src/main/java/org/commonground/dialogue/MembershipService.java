package org.commonground.dialogue;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.commonground.account.Account;
import org.commonground.account.AccountErased;
import org.commonground.account.AccountPrincipal;
import org.commonground.account.AccountService;
import org.commonground.account.StakeholderGroup;
import org.commonground.account.StakeholderGroupService;
import org.commonground.shared.audit.AuditAction;
import org.commonground.shared.audit.AuditEvent;
import org.commonground.shared.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joining, leaving and managing members: join policies, requests, invitations, removal,
 * facilitators and pseudonymity. Facilitators act for the dialogue, so they always appear
 * by name; only admins remove a facilitator. Changes to one membership are serialised by
 * a row lock, so parallel requests never make two memberships or change one twice.
 */
@Service
@Transactional
public class MembershipService {

	private static final Logger log = LoggerFactory.getLogger(MembershipService.class);

	static final int MAX_INVITATION_DAYS = 90;

	private final DialogueAccess access;

	private final DialogueRepository dialogues;

	private final MembershipRepository memberships;

	private final InvitationRepository invitations;

	private final AccountService accounts;

	private final StakeholderGroupService groups;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final ApplicationEventPublisher events;

	MembershipService(DialogueAccess access, DialogueRepository dialogues, MembershipRepository memberships,
			InvitationRepository invitations, AccountService accounts, StakeholderGroupService groups, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.groups = groups;
		this.access = access;
		this.dialogues = dialogues;
		this.memberships = memberships;
		this.invitations = invitations;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Joins an open dialogue (OPEN policy) or asks to (APPROVAL). INVITE dialogues need
	 * an invitation link.
	 */
	@PreAuthorize("isAuthenticated()")
	public JoinOutcome join(String slug, DisplayMode displayMode, AccountPrincipal viewer) {
		Dialogue dialogue = this.access.readable(slug, viewer).dialogue();
		if (!dialogue.isOpen()) {
			throw new DialogueRuleException("membership.error.not-open");
		}
		if (dialogue.getJoinPolicy() == JoinPolicy.INVITE) {
			throw new DialogueRuleException("membership.error.invite-only");
		}
		Membership membership = lockedMembership(dialogue, viewer);
		if (membership.isActive() || membership.isPending()) {
			return JoinOutcome.UNCHANGED;
		}
		if (membership.wasRemovedByFacilitator()) {
			throw new DialogueRuleException("membership.error.removed");
		}
		DisplayMode mode = allowedMode(dialogue, displayMode);
		if (dialogue.getJoinPolicy() == JoinPolicy.APPROVAL) {
			membership.request(mode, this.clock.instant());
			this.events.publishEvent(new JoinRequested(dialogue.getId(), viewer.getId()));
			return JoinOutcome.REQUESTED;
		}
		membership.activate(mode, this.clock.instant());
		return JoinOutcome.JOINED;
	}

	/**
	 * A facilitator admits someone who takes part without the web (an SMS participant's
	 * account, ADR 0011) as a named member, whatever the join policy; nothing changes for
	 * an active member or one a facilitator removed.
	 */
	public void admitOffline(String slug, AccountPrincipal participant, AccountPrincipal facilitator) {
		Dialogue dialogue = this.access.facilitated(slug, facilitator).dialogue();
		Membership membership = lockedMembership(dialogue, participant);
		if (!membership.isActive() && !membership.wasRemovedByFacilitator()) {
			membership.activate(DisplayMode.NAMED, this.clock.instant());
		}
	}

	/** Leaves a dialogue, or withdraws a request to join. */
	@PreAuthorize("isAuthenticated()")
	public void leave(String slug, AccountPrincipal viewer) {
		DialogueView view = this.access.readable(slug, viewer);
		if (view.context().membership() == null) {
			return;
		}
		Membership membership = lockedMembership(view.dialogue(), viewer);
		if (membership.isActive() || membership.isPending()) {
			membership.remove(viewer.getId(), null, this.clock.instant());
			this.events.publishEvent(new MemberRemoved(view.dialogue().getId(), viewer.getId()));
		}
	}

	/**
	 * Chooses to appear by name or, where the dialogue allows it, as group and region.
	 */
	@PreAuthorize("isAuthenticated()")
	public void changeDisplayMode(String slug, DisplayMode displayMode, AccountPrincipal viewer) {
		DialogueView view = this.access.readable(slug, viewer);
		if (!view.context().member() && !view.context().pending()) {
			throw new NotFoundException();
		}
		Membership membership = lockedMembership(view.dialogue(), viewer);
		membership.changeDisplayMode(
				membership.isFacilitator() ? DisplayMode.NAMED : allowedMode(view.dialogue(), displayMode));
	}

	/** The invitation behind a link, for its landing page. */
	@Transactional(readOnly = true)
	public Invitation invitation(String token) {
		return this.invitations.findByToken(token).orElseThrow(NotFoundException::new);
	}

	/**
	 * The invitation behind a link with what its landing page may show: a draft's link is
	 * valid but leads nowhere yet, and only the draft's facilitators (and admins) may see
	 * which dialogue it is (W4 #3).
	 */
	@Transactional(readOnly = true)
	public InvitationLanding invitationLanding(String token, AccountPrincipal viewer) {
		Invitation invitation = invitation(token);
		Dialogue dialogue = invitation.getDialogue();
		boolean notOpenYet = dialogue.getStatus() == DialogueStatus.DRAFT;
		boolean dialogueShown = !notOpenYet || this.access.context(dialogue, viewer).facilitates();
		return new InvitationLanding(invitation, notOpenYet, dialogueShown);
	}

	/**
	 * An invitation's landing page.
	 *
	 * @param invitation the invitation
	 * @param notOpenYet its dialogue is a draft: the link will work once it opens
	 * @param dialogueShown whether the viewer may see the dialogue's title and summary
	 * (not a draft, or the viewer facilitates it)
	 */
	public record InvitationLanding(Invitation invitation, boolean notOpenYet, boolean dialogueShown) {
	}

	/**
	 * Joins through an invitation link, whatever the join policy and visibility, if the
	 * link is still valid; a limited link counts one use per new member.
	 */
	@PreAuthorize("isAuthenticated()")
	public JoinOutcome acceptInvitation(String token, DisplayMode displayMode, AccountPrincipal viewer) {
		Invitation invitation = this.invitations.findByTokenForUpdate(token).orElseThrow(NotFoundException::new);
		Dialogue dialogue = invitation.getDialogue();
		if (dialogue.getStatus() != DialogueStatus.OPEN) {
			throw new DialogueRuleException("membership.error.not-open");
		}
		Membership membership = lockedMembership(dialogue, viewer);
		if (membership.isActive()) {
			return JoinOutcome.UNCHANGED;
		}
		if (membership.wasRemovedByFacilitator()) {
			throw new DialogueRuleException("membership.error.removed");
		}
		if (!invitation.isUsable(this.clock.instant())) {
			throw new DialogueRuleException(invitation.isUsedUp() ? "invitation.error.used-up"
					: invitation.isRevoked() ? "invitation.error.revoked" : "invitation.error.expired");
		}
		invitation.use();
		membership.activate(allowedMode(dialogue, displayMode), this.clock.instant());
		log.info("Account {} joined dialogue {} by invitation {}", viewer.getId(), dialogue.getSlug(),
				invitation.getId());
		return JoinOutcome.JOINED;
	}

	/** An erased account leaves every dialogue it was in, in the purge's transaction. */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void accountErased(AccountErased event) {
		this.memberships.leaveAll(event.accountId(), this.clock.instant());
	}

	/**
	 * Active members, grouped for display by stakeholder group (in the groups' order),
	 * then by name.
	 */
	@Transactional(readOnly = true)
	public List<Membership> members(DialogueView view) {
		Map<Long, StakeholderGroup> groups = this.groups.byId();
		Comparator<Membership> byGroup = Comparator.comparingInt((m) -> {
			StakeholderGroup group = groups.get(m.getMember().groupId());
			return (group != null) ? group.getSortOrder() : Integer.MAX_VALUE;
		});
		List<Membership> found = new ArrayList<>(this.memberships.findActive(view.dialogue().getId()));
		found.sort(byGroup.thenComparing((m) -> m.getMember().displayName().toLowerCase(Locale.ROOT))
			.thenComparing(Membership::getId));
		return found;
	}

	@Transactional(readOnly = true)
	public List<Membership> pendingRequests(DialogueView view) {
		return this.memberships.findPending(facilitatedId(view));
	}

	public void approve(String slug, long membershipId, AccountPrincipal viewer) {
		Membership membership = managed(slug, membershipId, viewer);
		if (!membership.isPending()) {
			throw new DialogueRuleException("membership.error.not-pending");
		}
		membership.approve(this.clock.instant());
		audit(viewer, AuditAction.MEMBERSHIP_APPROVED, membership, null);
	}

	public void decline(String slug, long membershipId, String reason, AccountPrincipal viewer) {
		Membership membership = managed(slug, membershipId, viewer);
		if (!membership.isPending()) {
			throw new DialogueRuleException("membership.error.not-pending");
		}
		membership.remove(viewer.getId(), trimmed(reason), this.clock.instant());
		audit(viewer, AuditAction.MEMBERSHIP_DECLINED, membership, trimmed(reason));
	}

	/** Removes a member with a reason, which is recorded. */
	public void remove(String slug, long membershipId, String reason, AccountPrincipal viewer) {
		Membership membership = managed(slug, membershipId, viewer);
		if (membership.getAccountId() == viewer.getId()) {
			throw new DialogueRuleException("membership.error.self");
		}
		if (!membership.isActive()) {
			throw new DialogueRuleException("membership.error.not-member");
		}
		if (membership.isFacilitator() && viewer.getRole() != org.commonground.account.AccountRole.ADMIN) {
			throw new DialogueRuleException("membership.error.facilitator");
		}
		membership.remove(viewer.getId(), trimmed(reason), this.clock.instant());
		audit(viewer, AuditAction.MEMBER_REMOVED, membership, trimmed(reason));
		this.events.publishEvent(new MemberRemoved(membership.getDialogue().getId(), membership.getAccountId()));
		log.info("Account {} removed membership {} from dialogue {}", viewer.getId(), membershipId, slug);
	}

	/** Makes an active member a facilitator of this dialogue. */
	public void makeFacilitator(String slug, long membershipId, AccountPrincipal viewer) {
		Membership membership = managed(slug, membershipId, viewer);
		if (!membership.isActive()) {
			throw new DialogueRuleException("membership.error.not-member");
		}
		if (membership.isMemberOffline()) {
			// Nobody can sign in with it to facilitate, and the role shows the real names
			// behind pseudonyms (W4 #4).
			throw new DialogueRuleException("membership.error.offline-facilitator");
		}
		membership.changeRole(MembershipRole.FACILITATOR);
		membership.changeDisplayMode(DisplayMode.NAMED);
		audit(viewer, AuditAction.FACILITATOR_APPOINTED, membership, null);
	}

	/**
	 * Marks an active member as trusted to translate the dialogue's challenges and
	 * comments, or unmarks them; their translations stay.
	 */
	public void markTranslator(String slug, long membershipId, boolean translator, AccountPrincipal viewer) {
		Membership membership = managed(slug, membershipId, viewer);
		if (!membership.isActive()) {
			throw new DialogueRuleException("membership.error.not-member");
		}
		membership.markTranslator(translator);
		audit(viewer, translator ? AuditAction.TRANSLATOR_MARKED : AuditAction.TRANSLATOR_UNMARKED, membership, null);
	}

	/**
	 * Admins withdraw a facilitator's role in a dialogue (they appoint facilitators and
	 * alone may remove one): the person stays an active member, as a participant, and is
	 * still shown by name.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public void withdrawFacilitation(String slug, long membershipId, AccountPrincipal viewer) {
		Membership membership = managed(slug, membershipId, viewer);
		if (!membership.isFacilitator()) {
			throw new DialogueRuleException("facilitator.error.not-facilitator");
		}
		if (this.memberships.findFacilitators(membership.getDialogue().getId()).size() <= 1) {
			// A dialogue nobody facilitates has nobody to answer, moderate or admit.
			throw new DialogueRuleException("facilitator.error.last");
		}
		membership.changeRole(MembershipRole.PARTICIPANT);
		audit(viewer, AuditAction.FACILITATION_WITHDRAWN, membership, null);
	}

	/** Admins appoint any existing account as a facilitator of a dialogue. */
	@PreAuthorize("hasRole('ADMIN')")
	public void appointFacilitator(String slug, String email, AccountPrincipal viewer) {
		Dialogue dialogue = this.access.facilitated(slug, viewer).dialogue();
		Account account = this.accounts.findByEmail(email)
			.orElseThrow(() -> new DialogueRuleException("facilitator.error.unknown-account"));
		if (account.isOffline()) {
			throw new DialogueRuleException("membership.error.offline-facilitator");
		}
		this.memberships.insertIfAbsent(dialogue.getId(), account.getId());
		Membership membership = this.memberships.findOneForUpdate(dialogue.getId(), account.getId()).orElseThrow();
		if (!membership.isActive()) {
			membership.activate(DisplayMode.NAMED, this.clock.instant());
		}
		membership.changeRole(MembershipRole.FACILITATOR);
		membership.changeDisplayMode(DisplayMode.NAMED);
		audit(viewer, AuditAction.FACILITATOR_APPOINTED, membership, null);
	}

	/**
	 * Creates an invitation link valid for some days, optionally for a limited number of
	 * people.
	 */
	public Invitation createInvitation(String slug, int validDays, Integer maxUses, String note,
			AccountPrincipal viewer) {
		Dialogue dialogue = this.access.facilitated(slug, viewer).dialogue();
		if (validDays < 1 || validDays > MAX_INVITATION_DAYS || (maxUses != null && maxUses < 1)) {
			throw new DialogueRuleException("invitation.error.invalid");
		}
		byte[] bytes = new byte[24];
		this.random.nextBytes(bytes);
		Instant now = this.clock.instant();
		Invitation invitation = this.invitations
			.save(new Invitation(dialogue, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes),
					now.plus(Duration.ofDays(validDays)), maxUses, trimmed(note), viewer.getId(), now));
		auditInvitation(viewer, AuditAction.INVITATION_CREATED, invitation);
		return invitation;
	}

	public void revokeInvitation(String slug, long invitationId, AccountPrincipal viewer) {
		Dialogue dialogue = this.access.facilitated(slug, viewer).dialogue();
		Invitation invitation = this.invitations.findById(invitationId)
			.filter((found) -> found.getDialogue().getId().equals(dialogue.getId()))
			.orElseThrow(NotFoundException::new);
		if (invitation.isRevoked()) {
			// A second press (another tab, a resent form): it stays revoked when it was,
			// one entry in the audit log.
			return;
		}
		invitation.revoke(this.clock.instant());
		auditInvitation(viewer, AuditAction.INVITATION_REVOKED, invitation);
	}

	/**
	 * An invitation link created or revoked, on the dialogue; the facilitators' note on
	 * the link (who it is for) as the entry's note, never the link's token.
	 */
	private void auditInvitation(AccountPrincipal viewer, AuditAction action, Invitation invitation) {
		long dialogueId = invitation.getDialogue().getId();
		this.events.publishEvent(new AuditEvent(viewer.getId(), action, dialogueId, "DIALOGUE", dialogueId, null, null,
				invitation.getNote()));
	}

	@Transactional(readOnly = true)
	public List<Invitation> invitations(DialogueView view) {
		return this.invitations.findByDialogue(facilitatedId(view));
	}

	/**
	 * The id of a dialogue already checked by {@link DialogueAccess}, if the viewer
	 * facilitates it.
	 */
	private static long facilitatedId(DialogueView view) {
		if (!view.context().facilitates()) {
			throw new NotFoundException();
		}
		return view.dialogue().getId();
	}

	private void audit(AccountPrincipal viewer, AuditAction action, Membership membership, String note) {
		// The facilitator's free-text reason is a note: reason columns hold categories.
		this.events.publishEvent(new AuditEvent(viewer.getId(), action, membership.getDialogue().getId(), "ACCOUNT",
				membership.getAccountId(), membership.getAccountId(), null, note));
	}

	private Membership managed(String slug, long membershipId, AccountPrincipal viewer) {
		Dialogue dialogue = this.access.facilitated(slug, viewer).dialogue();
		Membership membership = this.memberships.findById(membershipId)
			.filter((found) -> found.getDialogue().getId().equals(dialogue.getId()))
			.orElseThrow(NotFoundException::new);
		return this.memberships.findOneForUpdate(dialogue.getId(), membership.getAccountId()).orElseThrow();
	}

	private Membership lockedMembership(Dialogue dialogue, AccountPrincipal viewer) {
		this.memberships.insertIfAbsent(dialogue.getId(), viewer.getId());
		return this.memberships.findOneForUpdate(dialogue.getId(), viewer.getId()).orElseThrow();
	}

	private static DisplayMode allowedMode(Dialogue dialogue, DisplayMode requested) {
		return (dialogue.isPseudonymityAllowed() && requested == DisplayMode.PSEUDONYMOUS) ? DisplayMode.PSEUDONYMOUS
				: DisplayMode.NAMED;
	}

	private static String trimmed(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		return (value.length() > 500) ? value.substring(0, 500) : value;
	}

}
