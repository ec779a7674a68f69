package org.commonground.moderation;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

import org.commonground.account.AccountPrincipal;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueView;
import org.commonground.shared.audit.AuditAction;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderators' decisions on a contribution, by its dialogue's facilitators and admins:
 * hide, restore, dismiss reports, approve what pre-moderation held, decide an author's
 * review request. Each is taken under the case's row lock and recorded in the audit log
 * in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class ModerationDecisions {

	private final ReportRepository reports;

	private final ModerationCaseRepository cases;

	private final Contributions contributions;

	private final DialogueAccess access;

	private final AuditLog audit;

	private final ModerationNotices notices;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ModerationDecisions(ReportRepository reports, ModerationCaseRepository cases, Contributions contributions,
			DialogueAccess access, AuditLog audit, ModerationNotices notices, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.reports = reports;
		this.cases = cases;
		this.contributions = contributions;
		this.access = access;
		this.audit = audit;
		this.notices = notices;
		this.clock = clock;
	}

	/**
	 * Hides a contribution with a reason category and a note: everyone but its author and
	 * moderators sees a placeholder with the date and the reason; its replies stay. Its
	 * open reports are marked actioned. Hiding a contribution held for approval rejects
	 * it.
	 */
	@Transactional
	public void hide(String slug, AccountPrincipal viewer, String segment, long id, ModerationReason reason,
			String note) {
		ContributionRef ref = moderated(slug, viewer, segment, id);
		if (reason == null) {
			throw new ModerationRuleException("moderation.error.reason");
		}
		String cleanNote = ModerationNote.clean(note);
		if (reason == ModerationReason.OTHER && cleanNote == null) {
			// "Other" says nothing by itself, to the author least of all: the note
			// explains
			// it, as a member's report must.
			throw new ModerationRuleException("moderation.error.note-other");
		}
		ModerationCase locked = this.contributions.lockedCase(ref);
		// Content hidden after reports may be confirmed hidden with a moderator's reason.
		if (locked.getState() == CaseState.HIDDEN || locked.getState() == CaseState.REVIEW_REQUESTED) {
			throw new ModerationRuleException("moderation.error.already-hidden");
		}
		if (ref.item().html() == null) {
			throw new ModerationRuleException("moderation.error.deleted");
		}
		Instant now = this.clock.instant();
		locked.hide(viewer.getId(), reason.name(), cleanNote, now);
		closeReports(locked, Report.Status.ACTIONED, now);
		this.contributions.ofType(ref.item().type()).hide(id, reason.name(), now);
		this.audit.record(viewer.getId(), AuditAction.CONTENT_HIDDEN, ref.item(), reason.name(), cleanNote);
		this.notices.hidden(ref, reason.name(), cleanNote);
		ModeratedItem item = ref.item();
		this.events.publishEvent(new ContributionHidden(item.dialogueId(), item.type(), item.id(), item.authorId(),
				item.label(), item.path(), reason.name()));
	}

	/**
	 * Shows a hidden contribution again; reports that hid it automatically are dismissed.
	 * A contribution whose author asked for a review is restored through
	 * {@link #decideReview}. Neither its author nor, once a review kept it hidden, the
	 * one who hid it may restore it: someone else does.
	 */
	@Transactional
	public void restore(String slug, AccountPrincipal viewer, String segment, long id, String note) {
		ContributionRef ref = moderated(slug, viewer, segment, id);
		requireNotAuthor(ref, viewer);
		String cleanNote = ModerationNote.clean(note);
		ModerationCase locked = this.contributions.lockedCase(ref);
		if (locked.getState() == CaseState.REVIEW_REQUESTED) {
			throw new ModerationRuleException("moderation.error.review-pending");
		}
		if (!locked.getState().hidden()) {
			throw new ModerationRuleException("moderation.error.not-hidden");
		}
		if (locked.keptHiddenByReview() && Objects.equals(locked.getHiddenBy(), viewer.getId())) {
			// An independent review confirmed the hider's decision: the hider does not
			// undo it.
			throw new ModerationRuleException("moderation.error.review-kept");
		}
		locked.show();
		closeReports(locked, Report.Status.DISMISSED, this.clock.instant());
		this.contributions.ofType(ref.item().type()).show(id);
		this.audit.record(viewer.getId(), AuditAction.CONTENT_RESTORED, ref.item(), null, cleanNote);
		this.notices.restored(ref);
		publishRestored(ref.item());
	}

	/**
	 * Dismisses the open reports of a contribution; one hidden automatically by them is
	 * shown again.
	 */
	@Transactional
	public void dismiss(String slug, AccountPrincipal viewer, String segment, long id, String note) {
		ContributionRef ref = moderated(slug, viewer, segment, id);
		requireNotAuthor(ref, viewer);
		String cleanNote = ModerationNote.clean(note);
		ModerationCase locked = this.contributions.lockedCase(ref);
		if (closeReports(locked, Report.Status.DISMISSED, this.clock.instant()) == 0) {
			throw new ModerationRuleException("moderation.error.no-reports");
		}
		if (locked.getState() == CaseState.AUTO_HIDDEN) {
			locked.show();
			this.contributions.ofType(ref.item().type()).show(id);
		}
		this.audit.record(viewer.getId(), AuditAction.REPORTS_DISMISSED, ref.item(), null, cleanNote);
	}

	/**
	 * Approves a contribution held by pre-moderation: everyone sees it from now on, and
	 * its author is told (in the app and by email).
	 */
	@Transactional
	public void approve(String slug, AccountPrincipal viewer, String segment, long id) {
		ContributionRef ref = moderated(slug, viewer, segment, id);
		requireNotAuthor(ref, viewer);
		ModerationCase locked = this.contributions.lockedCase(ref);
		if (locked.getState() != CaseState.PENDING) {
			throw new ModerationRuleException("moderation.error.not-pending");
		}
		locked.show();
		this.contributions.ofType(ref.item().type()).show(id);
		this.audit.record(viewer.getId(), AuditAction.CONTENT_APPROVED, ref.item(), null, null);
		this.notices.approved(ref);
		ModeratedItem item = ref.item();
		this.events.publishEvent(new ContributionApproved(item.dialogueId(), item.type(), item.id(), item.authorId(),
				item.label(), item.path(), viewer.getId()));
	}

	/**
	 * Decides an author's review request: restore the contribution or keep it hidden.
	 * Decided by a facilitator or admin other than the one who hid it and its author.
	 */
	@Transactional
	public void decideReview(String slug, AccountPrincipal viewer, String segment, long id, boolean restore,
			String note) {
		ContributionRef ref = moderated(slug, viewer, segment, id);
		requireNotAuthor(ref, viewer);
		String cleanNote = ModerationNote.clean(note);
		ModerationCase locked = this.contributions.lockedCase(ref);
		if (locked.getState() != CaseState.REVIEW_REQUESTED) {
			throw new ModerationRuleException("moderation.error.no-review");
		}
		if (Objects.equals(locked.getHiddenBy(), viewer.getId())) {
			throw new ModerationRuleException("moderation.error.own-decision");
		}
		Instant now = this.clock.instant();
		locked.decideReview(viewer.getId(), restore, now);
		if (restore) {
			closeReports(locked, Report.Status.DISMISSED, now);
			this.contributions.ofType(ref.item().type()).show(id);
		}
		this.audit.record(viewer.getId(), restore ? AuditAction.REVIEW_RESTORED : AuditAction.REVIEW_KEPT_HIDDEN,
				ref.item(), locked.getHiddenReason(), cleanNote);
		this.notices.reviewed(ref, restore, cleanNote);
		if (restore) {
			publishRestored(ref.item());
		}
	}

	private void publishRestored(ModeratedItem item) {
		this.events.publishEvent(new ContributionRestored(item.dialogueId(), item.type(), item.id(), item.authorId(),
				item.label(), item.path()));
	}

	/**
	 * Nobody decides on their own contribution (restore it, decide its review, dismiss
	 * its reports, approve it): another facilitator or an admin does. Hiding it is left
	 * to them.
	 */
	private static void requireNotAuthor(ContributionRef ref, AccountPrincipal viewer) {
		if (ref.item().authorId() == viewer.getId()) {
			throw new ModerationRuleException("moderation.error.own-contribution");
		}
	}

	/** The contribution in a dialogue the viewer moderates. */
	private ContributionRef moderated(String slug, AccountPrincipal viewer, String segment, long id) {
		DialogueView view = this.access.facilitated(slug, viewer);
		return this.contributions.find(view, segment, id);
	}

	/** Closes the case's open reports with this status; returns how many were open. */
	private int closeReports(ModerationCase locked, Report.Status status, Instant now) {
		int closed = this.reports.decideOpen(locked.getId(), status.name(), now);
		this.cases.clearReports(locked.getId());
		return closed;
	}

}
