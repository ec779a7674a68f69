package org.commonground.moderation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.commonground.account.Account;
import org.commonground.account.AccountPrincipal;
import org.commonground.account.AccountService;
import org.commonground.dialogue.Dialogue;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueView;
import org.commonground.shared.audit.AuditAction;
import org.commonground.shared.audit.AuditEvent;
import org.commonground.shared.web.NotFoundException;

import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports, the moderation queues, moderators' decisions, authors' review requests,
 * pre-moderation and the logs. Dialogue routes find the dialogue through
 * {@link DialogueAccess}: members report, its facilitators and admins moderate, anyone
 * who may read it reads its public log; what a viewer may not see answers 404. Every
 * decision is recorded in the audit log in its own transaction.
 */
@Service
@Transactional(readOnly = true)
public class ModerationService {

	/** Case states that wait for a moderator whatever the reports. */
	static final Set<CaseState> WAITING = EnumSet.of(CaseState.PENDING, CaseState.AUTO_HIDDEN,
			CaseState.REVIEW_REQUESTED);

	/** Longest note on a report, a decision or a review request. */
	public static final int NOTE_LENGTH = 1000;

	private final ModerationCaseRepository cases;

	private final ReportRepository reports;

	private final ModerationSettingRepository settings;

	private final Map<String, ModeratedContent> contentByType;

	private final Map<String, ModeratedContent> contentBySegment;

	private final DialogueAccess access;

	private final AccountService accounts;

	private final AuditLog audit;

	private final ModerationNotices notices;

	private final ModerationProperties properties;

	private final Clock clock;

	@PersistenceContext
	private EntityManager entityManager;

	ModerationService(ModerationCaseRepository cases, ReportRepository reports, ModerationSettingRepository settings,
			List<ModeratedContent> content, DialogueAccess access, AccountService accounts, AuditLog audit,
			ModerationNotices notices, ModerationProperties properties, Clock clock) {
		this.cases = cases;
		this.reports = reports;
		this.settings = settings;
		this.contentByType = content.stream().collect(Collectors.toMap(ModeratedContent::type, Function.identity()));
		this.contentBySegment = content.stream()
			.collect(Collectors.toMap(ModeratedContent::pathSegment, Function.identity()));
		this.access = access;
		this.accounts = accounts;
		this.audit = audit;
		this.notices = notices;
		this.properties = properties;
		this.clock = clock;
	}

	// ---- Pre-moderation, asked by the modules that store contributions

	/**
	 * Whether the viewer's next contribution to the dialogue waits for approval: the
	 * dialogue holds the first N contributions of each member, and this member has fewer
	 * than N that everyone can see. Facilitators and admins are never held.
	 */
	public boolean holds(DialogueView view) {
		if (view.context().facilitates() || !view.context().signedIn()) {
			return false;
		}
		int first = setting(view.dialogue().getId()).getPremoderateFirst();
		if (first == 0) {
			return false;
		}
		long visible = 0;
		for (ModeratedContent content : this.contentByType.values()) {
			visible += content.countVisible(view.dialogue().getId(), view.context().viewerId());
		}
		return visible < first;
	}

	/** Puts a contribution that {@link #holds} held into the dialogue's queue. */
	@Transactional
	public void held(DialogueView view, String type, long id) {
		this.cases.open(view.dialogue().getId(), content(type).type(), id, view.context().viewerId(),
				CaseState.PENDING.name(), this.clock.instant());
	}

	// ---- Members

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
	 * @return whether this report was new
	 */
	@Transactional
	public boolean report(String slug, AccountPrincipal viewer, String segment, long id, ModerationReason reason,
			String note) {
		// A report that arrives just after others hid the contribution still counts.
		ContributionRef ref = reportTarget(slug, viewer, segment, id, true);
		if (reason == null) {
			throw new ModerationRuleException("moderation.error.reason");
		}
		String cleanNote = note(note);
		ModeratedItem item = ref.item();
		Instant now = this.clock.instant();
		this.cases.open(item.dialogueId(), item.type(), item.id(), item.author().getId(), CaseState.VISIBLE.name(),
				now);
		long caseId = ((Number) this.entityManager
			.createNativeQuery("select id from moderation_case where content_type = :type and content_id = :id")
			.setParameter("type", item.type())
			.setParameter("id", item.id())
			.getSingleResult()).longValue();
		List<?> inserted = this.entityManager.createNativeQuery("""
				insert into report (case_id, reporter_id, reason, note, created_at)
				values (:caseId, :reporterId, :reason, cast(:note as varchar), :now)
				on conflict (case_id, reporter_id) do nothing
				returning id""")
			.setParameter("caseId", caseId)
			.setParameter("reporterId", viewer.getId())
			.setParameter("reason", reason.name())
			.setParameter("note", cleanNote)
			.setParameter("now", now)
			.getResultList();
		if (inserted.isEmpty()) {
			return false;
		}
		Object[] counted = (Object[]) this.entityManager.createNativeQuery("""
				update moderation_case
				set open_reports = open_reports + 1,
				    queued_at = case when open_reports = 0 and state = 'VISIBLE' then :now else queued_at end
				where id = :id
				returning open_reports, state""").setParameter("now", now).setParameter("id", caseId).getSingleResult();
		int open = ((Number) counted[0]).intValue();
		int threshold = setting(item.dialogueId()).getAutoHideReports();
		if (threshold > 0 && open >= threshold && CaseState.VISIBLE.name().equals(counted[1])) {
			autoHide(ref, caseId, now);
		}
		return true;
	}

	/**
	 * The viewer's own hidden contribution, whose review they may ask for once.
	 */
	public ContributionRef reviewable(String slug, AccountPrincipal viewer, String segment, long id) {
		DialogueView view = this.access.readable(slug, viewer);
		ContributionRef ref = findReadable(view, segment, id);
		if (viewer == null || !Objects.equals(ref.item().author().getId(), viewer.getId())
				|| ref.moderationCase() == null || !ref.moderationCase().getState().hidden()) {
			throw new NotFoundException();
		}
		return ref;
	}

	/**
	 * The author asks, once and with a note, for a hidden contribution to be reviewed.
	 */
	@Transactional
	public void requestReview(String slug, AccountPrincipal viewer, String segment, long id, String note) {
		ContributionRef ref = reviewable(slug, viewer, segment, id);
		ModerationCase locked = this.cases.findForUpdate(ref.item().type(), id).orElseThrow(NotFoundException::new);
		if (locked.reviewAsked()) {
			throw new ModerationRuleException("review.error.asked");
		}
		String cleanNote = note(note);
		if (cleanNote == null) {
			throw new ModerationRuleException("review.error.note");
		}
		Instant now = this.clock.instant();
		locked.requestReview(cleanNote, now);
		locked.requeue(now);
		record(viewer.getId(), AuditAction.REVIEW_REQUESTED, ref.item(), null, cleanNote);
	}

	/**
	 * Where a reporter goes after reporting: the contribution, or the dialogue if the
	 * contribution is no longer shown to them.
	 */
	public String afterReport(String slug, AccountPrincipal viewer, String segment, long id) {
		ContributionRef ref = reportTarget(slug, viewer, segment, id, true);
		boolean shown = ref.moderationCase() == null || ref.moderationCase().getState() == CaseState.VISIBLE;
		return shown ? ref.path() : "/dialogues/" + ref.view().dialogue().getSlug();
	}

	private ContributionRef reportTarget(String slug, AccountPrincipal viewer, String segment, long id,
			boolean evenIfHiddenByReports) {
		DialogueView view = this.access.readable(slug, viewer);
		if (!view.context().canContribute(view.dialogue())) {
			throw new NotFoundException();
		}
		ContributionRef ref = findReadable(view, segment, id);
		CaseState state = (ref.moderationCase() != null) ? ref.moderationCase().getState() : CaseState.VISIBLE;
		if (state != CaseState.VISIBLE && !(evenIfHiddenByReports && state == CaseState.AUTO_HIDDEN)) {
			throw new NotFoundException();
		}
		if (Objects.equals(ref.item().author().getId(), viewer.getId()) || ref.item().html() == null) {
			// Nobody reports their own contribution, nor one whose author deleted it.
			throw new NotFoundException();
		}
		return ref;
	}

	// ---- Moderators

	/** A dialogue the viewer moderates, for the moderation pages' headings. */
	public DialogueView moderated(String slug, AccountPrincipal viewer) {
		return this.access.facilitated(slug, viewer);
	}

	/** The dialogue's queue, for its facilitators and admins. */
	public ModerationQueue queue(String slug, AccountPrincipal viewer, String after) {
		DialogueView view = this.access.facilitated(slug, viewer);
		ModerationQueue.After from = ModerationQueue.After.parse(after);
		return page(view, this.cases.findQueue(view.dialogue().getId(), WAITING, from.reports(), from.queued(),
				from.id(), Limit.of(this.properties.queueSize() + 1)), view.dialogue());
	}

	/**
	 * Every dialogue's queue in one, for admins, or one dialogue's when its slug is
	 * given.
	 * @throws NotFoundException if no dialogue has that slug
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public ModerationQueue globalQueue(AccountPrincipal viewer, String dialogueSlug, String after) {
		ModerationQueue.After from = ModerationQueue.After.parse(after);
		Limit limit = Limit.of(this.properties.queueSize() + 1);
		if (dialogueSlug != null && !dialogueSlug.isBlank()) {
			DialogueView view = this.access.facilitated(dialogueSlug.strip(), viewer);
			return page(null, this.cases.findQueue(view.dialogue().getId(), WAITING, from.reports(), from.queued(),
					from.id(), limit), view.dialogue());
		}
		return page(null, this.cases.findGlobalQueue(WAITING, from.reports(), from.queued(), from.id(), limit), null);
	}

	private ModerationQueue page(DialogueView view, List<ModerationCase> found, Dialogue dialogue) {
		int size = this.properties.queueSize();
		String next = null;
		if (found.size() > size) {
			found = found.subList(0, size);
			next = ModerationQueue.After.of(found.get(size - 1));
		}
		return new ModerationQueue(view, items(found, dialogue), next);
	}

	/** Cases waiting for a decision on the whole platform, for the admin console. */
	@PreAuthorize("hasRole('ADMIN')")
	public long waitingCount() {
		return this.cases.countWaiting(WAITING);
	}

	/** One contribution, its case, reports and moderation history, for a moderator. */
	public CaseDetails details(String slug, AccountPrincipal viewer, String segment, long id) {
		DialogueView view = this.access.facilitated(slug, viewer);
		ContributionRef ref = find(view, segment, id);
		ModerationCase found = ref.moderationCase();
		List<Report> caseReports = (found != null) ? this.reports.findByCases(List.of(found.getId())) : List.of();
		QueueItem item = new QueueItem(found, view.dialogue(), ref.item(), caseReports, ref.path(),
				moderatePath(view.dialogue(), ref.item().type(), id));
		List<AuditEntry> history = this.entityManager
			.createQuery("""
					select e from AuditEntry e where e.subjectType = :type and e.subjectId = :id order by e.id desc""",
					AuditEntry.class)
			.setParameter("type", ref.item().type())
			.setParameter("id", id)
			.setMaxResults(this.properties.auditPageSize())
			.getResultList();
		Set<Long> people = new LinkedHashSet<>();
		history.forEach((e) -> people.add(e.getActorId()));
		if (found != null) {
			people.add(found.getHiddenBy());
			people.add(found.getReviewedBy());
		}
		people.remove(null);
		boolean canDecide = found != null && found.getState() == CaseState.REVIEW_REQUESTED
				&& !Objects.equals(found.getHiddenBy(), viewer.getId());
		return new CaseDetails(view, item, history, this.accounts.byIds(people), canDecide);
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
		DialogueView view = this.access.facilitated(slug, viewer);
		ContributionRef ref = find(view, segment, id);
		if (reason == null) {
			throw new ModerationRuleException("moderation.error.reason");
		}
		String cleanNote = note(note);
		ModerationCase locked = lockedCase(ref);
		// Content hidden after reports may be confirmed hidden with a moderator's reason.
		if (locked.getState() == CaseState.HIDDEN || locked.getState() == CaseState.REVIEW_REQUESTED) {
			throw new ModerationRuleException("moderation.error.already-hidden");
		}
		if (ref.item().html() == null) {
			throw new ModerationRuleException("moderation.error.deleted");
		}
		Instant now = this.clock.instant();
		locked.hide(viewer.getId(), reason.name(), cleanNote, now);
		this.reports.decideOpen(locked.getId(), Report.Status.ACTIONED.name(), now);
		this.cases.clearReports(locked.getId());
		content(ref.item().type()).hide(id, reason.name(), now);
		record(viewer.getId(), AuditAction.CONTENT_HIDDEN, ref.item(), reason.name(), cleanNote);
		this.notices.hidden(ref, reason.name(), cleanNote);
	}

	/**
	 * Shows a hidden contribution again; reports that hid it automatically are dismissed.
	 * A contribution whose author asked for a review is restored through
	 * {@link #decideReview}.
	 */
	@Transactional
	public void restore(String slug, AccountPrincipal viewer, String segment, long id, String note) {
		DialogueView view = this.access.facilitated(slug, viewer);
		ContributionRef ref = find(view, segment, id);
		String cleanNote = note(note);
		ModerationCase locked = lockedCase(ref);
		if (locked.getState() == CaseState.REVIEW_REQUESTED) {
			throw new ModerationRuleException("moderation.error.review-pending");
		}
		if (!locked.getState().hidden()) {
			throw new ModerationRuleException("moderation.error.not-hidden");
		}
		Instant now = this.clock.instant();
		locked.show();
		this.reports.decideOpen(locked.getId(), Report.Status.DISMISSED.name(), now);
		this.cases.clearReports(locked.getId());
		content(ref.item().type()).show(id);
		record(viewer.getId(), AuditAction.CONTENT_RESTORED, ref.item(), null, cleanNote);
		this.notices.restored(ref);
	}

	/**
	 * Dismisses the open reports of a contribution; one hidden automatically by them is
	 * shown again.
	 */
	@Transactional
	public void dismiss(String slug, AccountPrincipal viewer, String segment, long id, String note) {
		DialogueView view = this.access.facilitated(slug, viewer);
		ContributionRef ref = find(view, segment, id);
		String cleanNote = note(note);
		ModerationCase locked = lockedCase(ref);
		Instant now = this.clock.instant();
		if (this.reports.decideOpen(locked.getId(), Report.Status.DISMISSED.name(), now) == 0) {
			throw new ModerationRuleException("moderation.error.no-reports");
		}
		this.cases.clearReports(locked.getId());
		if (locked.getState() == CaseState.AUTO_HIDDEN) {
			locked.show();
			content(ref.item().type()).show(id);
		}
		record(viewer.getId(), AuditAction.REPORTS_DISMISSED, ref.item(), null, cleanNote);
	}

	/** Approves a contribution held by pre-moderation: everyone sees it from now on. */
	@Transactional
	public void approve(String slug, AccountPrincipal viewer, String segment, long id) {
		DialogueView view = this.access.facilitated(slug, viewer);
		ContributionRef ref = find(view, segment, id);
		ModerationCase locked = lockedCase(ref);
		if (locked.getState() != CaseState.PENDING) {
			throw new ModerationRuleException("moderation.error.not-pending");
		}
		locked.show();
		content(ref.item().type()).show(id);
		record(viewer.getId(), AuditAction.CONTENT_APPROVED, ref.item(), null, null);
	}

	/**
	 * Decides an author's review request: restore the contribution or keep it hidden.
	 * Decided by a facilitator or admin other than the one who hid it.
	 */
	@Transactional
	public void decideReview(String slug, AccountPrincipal viewer, String segment, long id, boolean restore,
			String note) {
		DialogueView view = this.access.facilitated(slug, viewer);
		ContributionRef ref = find(view, segment, id);
		String cleanNote = note(note);
		ModerationCase locked = lockedCase(ref);
		if (locked.getState() != CaseState.REVIEW_REQUESTED) {
			throw new ModerationRuleException("moderation.error.no-review");
		}
		if (Objects.equals(locked.getHiddenBy(), viewer.getId())) {
			throw new ModerationRuleException("moderation.error.own-decision");
		}
		Instant now = this.clock.instant();
		locked.decideReview(viewer.getId(), restore, now);
		if (restore) {
			this.reports.decideOpen(locked.getId(), Report.Status.DISMISSED.name(), now);
			this.cases.clearReports(locked.getId());
			content(ref.item().type()).show(id);
		}
		record(viewer.getId(), restore ? AuditAction.REVIEW_RESTORED : AuditAction.REVIEW_KEPT_HIDDEN, ref.item(),
				locked.getHiddenReason(), cleanNote);
		this.notices.reviewed(ref, restore, cleanNote);
	}

	// ---- Settings

	/** The settings of a dialogue the caller may read (defaults when never set). */
	public ModerationSetting setting(long dialogueId) {
		return this.settings.findById(dialogueId)
			.orElseGet(() -> new ModerationSetting(dialogueId, 0, this.properties.autoHideReports(), true,
					this.clock.instant()));
	}

	@Transactional
	public void updateSettings(String slug, AccountPrincipal viewer, int premoderateFirst, int autoHideReports,
			boolean publicLog) {
		DialogueView view = this.access.facilitated(slug, viewer);
		if (premoderateFirst < 0 || premoderateFirst > ModerationSetting.MAX_PREMODERATED) {
			throw new ModerationRuleException("moderation.settings.error.premoderate");
		}
		if (autoHideReports < 0 || autoHideReports > ModerationSetting.MAX_AUTO_HIDE_REPORTS) {
			throw new ModerationRuleException("moderation.settings.error.auto-hide");
		}
		long dialogueId = view.dialogue().getId();
		Instant now = this.clock.instant();
		ModerationSetting setting = this.settings.findById(dialogueId).orElse(null);
		if (setting == null) {
			this.settings.save(new ModerationSetting(dialogueId, premoderateFirst, autoHideReports, publicLog, now));
		}
		else {
			setting.change(premoderateFirst, autoHideReports, publicLog, now);
		}
		this.audit.record(new AuditEvent(viewer.getId(), AuditAction.MODERATION_SETTINGS_CHANGED, dialogueId,
				"DIALOGUE", dialogueId, null, null,
				"premoderate=" + premoderateFirst + ", auto-hide=" + autoHideReports + ", public-log=" + publicLog));
	}

	// ---- Logs

	/**
	 * The dialogue's public moderation log, for anyone who may read the dialogue; when
	 * its facilitators turned it off, only they still see the entries.
	 */
	public PublicLog publicLog(String slug, AccountPrincipal viewer, Long before) {
		DialogueView view = this.access.readable(slug, viewer);
		boolean enabled = setting(view.dialogue().getId()).isPublicLog();
		if (!enabled && !view.context().facilitates()) {
			return new PublicLog(view, false, List.of(), null);
		}
		AuditPage page = this.audit.page(view, new AuditFilter(null, null, null, null, null, before), null, true);
		List<PublicLog.PublicLogEntry> entries = new ArrayList<>();
		for (AuditEntry e : page.entries()) {
			entries.add(new PublicLog.PublicLogEntry(e.getOccurredAt(), e.getAction().name(), e.getSubjectType(),
					publicReason(e.getReason())));
		}
		return new PublicLog(view, enabled, entries, page.next());
	}

	/** The audit log of one dialogue, for its facilitators and admins. */
	public AuditPage audit(String slug, AccountPrincipal viewer, AuditFilter filter) {
		DialogueView view = this.access.facilitated(slug, viewer);
		return this.audit.page(view, filter, null, false);
	}

	/** The whole audit log, for admins, filtered by dialogue and actor too. */
	@PreAuthorize("hasRole('ADMIN')")
	public AuditPage globalAudit(AccountPrincipal viewer, AuditFilter filter) {
		DialogueView dialogue = null;
		if (filter.dialogue() != null && !filter.dialogue().isBlank()) {
			dialogue = this.access.readable(filter.dialogue().strip(), viewer);
		}
		List<Long> actorIds = null;
		if (filter.actor() != null && !filter.actor().isBlank()) {
			actorIds = this.accounts.search(filter.actor(), null, null, 0).map(Account::getId).getContent();
		}
		return this.audit.page(dialogue, filter, actorIds, false);
	}

	// ---- Helpers

	private void autoHide(ContributionRef ref, long caseId, Instant now) {
		int changed = this.entityManager
			.createNativeQuery(
					"""
							update moderation_case
							set state = 'AUTO_HIDDEN', hidden_by = null, hidden_at = :now, hidden_reason = :reason, hidden_note = null
							where id = :id and state = 'VISIBLE'""")
			.setParameter("now", now)
			.setParameter("reason", ModerationReason.REPORTED)
			.setParameter("id", caseId)
			.executeUpdate();
		if (changed == 1) {
			content(ref.item().type()).hide(ref.item().id(), ModerationReason.REPORTED, now);
			record(null, AuditAction.CONTENT_AUTO_HIDDEN, ref.item(), ModerationReason.REPORTED, null);
			this.notices.hidden(ref, ModerationReason.REPORTED, null);
		}
	}

	private List<QueueItem> items(List<ModerationCase> found, Dialogue dialogue) {
		Map<String, List<Long>> idsByType = new HashMap<>();
		for (ModerationCase c : found) {
			idsByType.computeIfAbsent(c.getContentType(), (k) -> new ArrayList<>()).add(c.getContentId());
		}
		Map<String, ModeratedItem> itemsByKey = new HashMap<>();
		idsByType.forEach((type, ids) -> {
			ModeratedContent content = this.contentByType.get(type);
			if (content != null) {
				content.find(ids).forEach((i) -> itemsByKey.put(type + ":" + i.id(), i));
			}
		});
		Map<Long, List<Report>> reportsByCase = new HashMap<>();
		if (!found.isEmpty()) {
			for (Report r : this.reports.findByCases(found.stream().map(ModerationCase::getId).toList())) {
				reportsByCase.computeIfAbsent(r.getCaseId(), (k) -> new ArrayList<>()).add(r);
			}
		}
		List<QueueItem> items = new ArrayList<>();
		for (ModerationCase c : found) {
			Dialogue d = (dialogue != null) ? dialogue : c.getDialogue();
			ModeratedItem item = itemsByKey.get(c.getContentType() + ":" + c.getContentId());
			String path = (item != null) ? "/dialogues/" + d.getSlug() + "/" + item.path() : null;
			items.add(new QueueItem(c, d, item, reportsByCase.getOrDefault(c.getId(), List.of()), path,
					moderatePath(d, c.getContentType(), c.getContentId())));
		}
		return items;
	}

	private String moderatePath(Dialogue dialogue, String type, long id) {
		return "/dialogues/" + dialogue.getSlug() + "/moderation/" + content(type).pathSegment() + "/" + id;
	}

	/** The contribution in the viewed dialogue, with its case if any. */
	private ContributionRef find(DialogueView view, String segment, long id) {
		ModeratedContent content = this.contentBySegment.get(segment);
		if (content == null) {
			throw new NotFoundException();
		}
		ModeratedItem item = content.find(List.of(id))
			.stream()
			.filter((i) -> i.dialogueId() == view.dialogue().getId())
			.findFirst()
			.orElseThrow(NotFoundException::new);
		ModerationCase found = this.cases.find(item.type(), id).orElse(null);
		return new ContributionRef(view, item, found, "/dialogues/" + view.dialogue().getSlug() + "/" + item.path());
	}

	/**
	 * The contribution, if the viewer may see it where it lives (the rule of its own
	 * pages); for routes open to members. Moderators' routes use {@link #find}, since
	 * moderators see everything in their dialogue.
	 */
	private ContributionRef findReadable(DialogueView view, String segment, long id) {
		ContributionRef ref = find(view, segment, id);
		if (!content(ref.item().type()).readable(id, view)) {
			throw new NotFoundException();
		}
		return ref;
	}

	private ModerationCase lockedCase(ContributionRef ref) {
		ModeratedItem item = ref.item();
		this.cases.open(item.dialogueId(), item.type(), item.id(), item.author().getId(), CaseState.VISIBLE.name(),
				this.clock.instant());
		ModerationCase locked = this.cases.findForUpdate(item.type(), item.id()).orElseThrow();
		// The row lock waited for any parallel decision; read what it stored.
		this.entityManager.refresh(locked);
		return locked;
	}

	private ModeratedContent content(String type) {
		ModeratedContent content = this.contentByType.get(type);
		if (content == null) {
			throw new NotFoundException();
		}
		return content;
	}

	private void record(Long actorId, AuditAction action, ModeratedItem item, String reason, String note) {
		this.audit.record(new AuditEvent(actorId, action, item.dialogueId(), item.type(), item.id(),
				item.author().getId(), reason, note));
	}

	private static String note(String note) {
		if (note == null || note.isBlank()) {
			return null;
		}
		String stripped = note.strip();
		if (stripped.length() > NOTE_LENGTH) {
			throw new ModerationRuleException("moderation.error.note-long");
		}
		return stripped;
	}

	/** Only reason categories go public, never free text. */
	private static String publicReason(String reason) {
		if (reason == null) {
			return null;
		}
		if (ModerationReason.REPORTED.equals(reason)) {
			return reason;
		}
		for (ModerationReason r : ModerationReason.values()) {
			if (r.name().equals(reason)) {
				return reason;
			}
		}
		return null;
	}

}
