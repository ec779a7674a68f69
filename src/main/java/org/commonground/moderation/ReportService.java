package org.commonground.moderation;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

import org.commonground.account.AccountPrincipal;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueView;
import org.commonground.shared.audit.AuditAction;
import org.commonground.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What members and authors ask of moderation: members report contributions of the
 * dialogues they contribute to (enough open reports hide one pending review); authors ask
 * once for a review of their hidden contribution. What a viewer may not see answers 404.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

	private final ModerationCaseRepository cases;

	private final ReportRepository reports;

	private final Contributions contributions;

	private final ModerationSettings settings;

	private final DialogueAccess access;

	private final AuditLog audit;

	private final ModerationNotices notices;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ReportService(ModerationCaseRepository cases, ReportRepository reports, Contributions contributions,
			ModerationSettings settings, DialogueAccess access, AuditLog audit, ModerationNotices notices, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.cases = cases;
		this.reports = reports;
		this.contributions = contributions;
		this.settings = settings;
		this.access = access;
		this.audit = audit;
		this.notices = notices;
		this.clock = clock;
	}

	/**
	 * A contribution the viewer may report: visible to them, not theirs, not deleted, in
	 * a dialogue they contribute to.
	 */
	public ContributionRef reportable(String slug, AccountPrincipal viewer, String segment, long id) {
		return reportTarget(slug, viewer, segment, id, false);
	}

	/** Whether the viewer reported this contribution already. */
	public boolean reportedBy(ContributionRef ref, AccountPrincipal viewer) {
		return ref.moderationCase() != null && this.reports.exists(ref.moderationCase().getId(), viewer.getId());
	}

	/**
	 * Reports a contribution. A member reports it once: a second report, even in
	 * parallel, changes nothing. With enough open reports the contribution is hidden
	 * pending review.
	 */
	@Transactional
	public Reported report(String slug, AccountPrincipal viewer, String segment, long id, ModerationReason reason,
			String note) {
		// A report that arrives just after others hid the contribution still counts.
		ContributionRef ref = reportTarget(slug, viewer, segment, id, true);
		if (reason == null) {
			throw new ModerationRuleException("moderation.error.reason");
		}
		String cleanNote = ModerationNote.clean(note);
		if (reason == ModerationReason.OTHER && cleanNote == null) {
			// "Other" says nothing by itself: the note explains it.
			throw new ModerationRuleException("moderation.error.note-other");
		}
		ModeratedItem item = ref.item();
		Instant now = this.clock.instant();
		this.cases.open(item.dialogueId(), item.type(), item.id(), item.authorId(), CaseState.VISIBLE.name(), now);
		long caseId = this.cases.findIdOf(item.type(), item.id());
		if (!this.reports.insertOnce(caseId, viewer.getId(), reason.name(), cleanNote, now)) {
			boolean shown = ref.moderationCase() == null || ref.moderationCase().getState() == CaseState.VISIBLE;
			return new Reported(false, shown ? ref.path() : dialoguePath(ref));
		}
		ModerationCaseStatements.ReportCount counted = this.cases.countNewReport(caseId, now);
		this.events.publishEvent(
				new ReportFiled(item.dialogueId(), item.type(), item.id(), item.label(), item.path(), viewer.getId()));
		int threshold = this.settings.setting(item.dialogueId()).getAutoHideReports();
		boolean shown = counted.state() == CaseState.VISIBLE;
		if (shown && threshold > 0 && counted.openReports() >= threshold) {
			shown = !autoHide(ref, caseId, now);
		}
		return new Reported(true, shown ? ref.path() : dialoguePath(ref));
	}

	/**
	 * The viewer's own hidden contribution, whose review they may ask for once.
	 */
	public ContributionRef reviewable(String slug, AccountPrincipal viewer, String segment, long id) {
		DialogueView view = this.access.readable(slug, viewer);
		ContributionRef ref = this.contributions.findReadable(view, segment, id);
		if (viewer == null || !Objects.equals(ref.item().authorId(), viewer.getId()) || ref.moderationCase() == null
				|| !ref.moderationCase().getState().hidden()) {
			throw new NotFoundException();
		}
		return ref;
	}

	/**
	 * The author asks, once and with a note, for a hidden contribution to be reviewed.
	 * @return the contribution's page
	 */
	@Transactional
	public String requestReview(String slug, AccountPrincipal viewer, String segment, long id, String note) {
		ContributionRef ref = reviewable(slug, viewer, segment, id);
		ModerationCase locked = this.cases.findForUpdate(ref.item().type(), id).orElseThrow(NotFoundException::new);
		if (locked.reviewAsked()) {
			throw new ModerationRuleException("review.error.asked");
		}
		String cleanNote = ModerationNote.clean(note);
		if (cleanNote == null) {
			throw new ModerationRuleException("review.error.note");
		}
		Instant now = this.clock.instant();
		locked.requestReview(cleanNote, now);
		locked.requeue(now);
		this.audit.record(viewer.getId(), AuditAction.REVIEW_REQUESTED, ref.item(), null, cleanNote);
		return ref.path();
	}

	private ContributionRef reportTarget(String slug, AccountPrincipal viewer, String segment, long id,
			boolean evenIfHiddenByReports) {
		DialogueView view = this.access.readable(slug, viewer);
		if (!view.context().canContribute(view.dialogue())) {
			throw new NotFoundException();
		}
		ContributionRef ref = this.contributions.findReadable(view, segment, id);
		CaseState state = (ref.moderationCase() != null) ? ref.moderationCase().getState() : CaseState.VISIBLE;
		if (state != CaseState.VISIBLE && !(evenIfHiddenByReports && state == CaseState.AUTO_HIDDEN)) {
			throw new NotFoundException();
		}
		if (Objects.equals(ref.item().authorId(), viewer.getId()) || ref.item().html() == null) {
			// Nobody reports their own contribution, nor one whose author deleted it.
			throw new NotFoundException();
		}
		return ref;
	}

	/** Hides the contribution after reports unless a moderator decided meanwhile. */
	private boolean autoHide(ContributionRef ref, long caseId, Instant now) {
		if (this.cases.autoHide(caseId, ModerationReason.REPORTED, now) != 1) {
			return false;
		}
		this.contributions.ofType(ref.item().type()).hide(ref.item().id(), ModerationReason.REPORTED, now);
		this.audit.record(null, AuditAction.CONTENT_AUTO_HIDDEN, ref.item(), ModerationReason.REPORTED, null);
		this.notices.hidden(ref, ModerationReason.REPORTED, null);
		// The author is told in the app too, as when a moderator hides it.
		ModeratedItem item = ref.item();
		this.events.publishEvent(new ContributionHidden(item.dialogueId(), item.type(), item.id(), item.authorId(),
				item.label(), item.path(), ModerationReason.REPORTED));
		return true;
	}

	private static String dialoguePath(ContributionRef ref) {
		return "/dialogues/" + ref.view().dialogue().getSlug();
	}

	/**
	 * What a report did.
	 *
	 * @param counted whether this report was new
	 * @param next where the reporter goes: the contribution, or the dialogue if the
	 * contribution is no longer shown to them
	 */
	public record Reported(boolean counted, String next) {
	}

}
