package org.commonground.moderation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.commonground.account.Account;
import org.commonground.account.AccountPrincipal;
import org.commonground.account.AccountService;
import org.commonground.account.StakeholderGroup;
import org.commonground.account.StakeholderGroupService;
import org.commonground.dialogue.Dialogue;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueService;
import org.commonground.dialogue.DialogueView;
import org.commonground.shared.web.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits for moderators: a dialogue's queue for its facilitators and admins, every
 * dialogue's for admins, and one contribution's case with its reports and history. A page
 * runs the same number of statements whatever the queue's length.
 */
@Service
@Transactional(readOnly = true)
public class ModerationQueues {

	/** Case states that wait for a moderator whatever the reports. */
	static final Set<CaseState> WAITING = EnumSet.of(CaseState.PENDING, CaseState.AUTO_HIDDEN,
			CaseState.REVIEW_REQUESTED);

	private final ModerationCaseRepository cases;

	private final ReportRepository reports;

	private final Contributions contributions;

	private final DialogueAccess access;

	private final DialogueService dialogues;

	private final AccountService accounts;

	private final StakeholderGroupService groups;

	private final AuditLog audit;

	private final ModerationProperties properties;

	ModerationQueues(ModerationCaseRepository cases, ReportRepository reports, Contributions contributions,
			DialogueAccess access, DialogueService dialogues, AccountService accounts, StakeholderGroupService groups,
			AuditLog audit, ModerationProperties properties) {
		this.groups = groups;
		this.cases = cases;
		this.reports = reports;
		this.contributions = contributions;
		this.access = access;
		this.dialogues = dialogues;
		this.accounts = accounts;
		this.audit = audit;
		this.properties = properties;
	}

	/** The dialogue's queue, for its facilitators and admins. */
	public ModerationQueue queue(String slug, AccountPrincipal viewer, String after) {
		DialogueView view = this.access.facilitated(slug, viewer);
		return page(view, view.dialogue(), after);
	}

	/**
	 * Every dialogue's queue in one, for admins, or one dialogue's when its slug is
	 * given.
	 * @throws NotFoundException if no dialogue has that slug
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public ModerationQueue globalQueue(AccountPrincipal viewer, String dialogueSlug, String after) {
		if (dialogueSlug != null && !dialogueSlug.isBlank()) {
			return page(null, this.access.facilitated(dialogueSlug.strip(), viewer).dialogue(), after);
		}
		return page(null, null, after);
	}

	/** Cases waiting for a decision on the whole platform, for the admin console. */
	@PreAuthorize("hasRole('ADMIN')")
	public long waitingCount() {
		return this.cases.countWaiting(WAITING);
	}

	/** One contribution, its case, reports and moderation history, for a moderator. */
	public CaseDetails details(String slug, AccountPrincipal viewer, String segment, long id) {
		DialogueView view = this.access.facilitated(slug, viewer);
		ContributionRef ref = this.contributions.find(view, segment, id);
		ModerationCase found = ref.moderationCase();
		List<Report> caseReports = (found != null) ? this.reports.findByCases(List.of(found.getId())) : List.of();
		List<AuditEntry> history = this.audit.history(ref.item().type(), id);
		// The people the history, the case and its reports name, in one call.
		Set<Long> people = new LinkedHashSet<>();
		history.forEach((e) -> people.add(e.getActorId()));
		if (found != null) {
			people.add(found.getHiddenBy());
			people.add(found.getReviewedBy());
		}
		caseReports.forEach((r) -> people.add(r.getReporterId()));
		people.add(ref.item().authorId());
		people.remove(null);
		Map<Long, Account> named = this.accounts.byIds(people);
		QueueItem item = new QueueItem(found, view.dialogue(), ref.item(), withReporters(caseReports, named),
				ref.path(), this.contributions.moderatePath(view.dialogue(), ref.item().type(), id),
				nameOf(named, ref.item().authorId()));
		boolean authored = ref.item().authorId() == viewer.getId();
		boolean canDecide = found != null && found.getState() == CaseState.REVIEW_REQUESTED
				&& !Objects.equals(found.getHiddenBy(), viewer.getId()) && !authored;
		boolean hidAndKept = found != null && found.keptHiddenByReview()
				&& Objects.equals(found.getHiddenBy(), viewer.getId());
		return new CaseDetails(view, item, history, named, canDecide, authored, hidAndKept);
	}

	/**
	 * A page of one dialogue's queue or, without a dialogue, of every dialogue's, with
	 * the contributions, reporters and (over every dialogue) dialogues, each fetched in
	 * one batch.
	 */
	private ModerationQueue page(DialogueView view, Dialogue dialogue, String after) {
		ModerationQueue.After from = ModerationQueue.After.parse(after);
		int size = this.properties.queueSize();
		// Cases, reports, and the names of authors and reporters: one statement.
		List<QueuedCase> queued = this.cases.findQueuePage((dialogue != null) ? dialogue.getId() : null, WAITING,
				from.reports(), from.queued(), from.id(), size + 1);
		String next = null;
		if (queued.size() > size) {
			queued = queued.subList(0, size);
			next = ModerationQueue.After.of(queued.get(size - 1).moderationCase());
		}
		List<ModerationCase> found = queued.stream().map(QueuedCase::moderationCase).toList();
		Map<String, ModeratedItem> itemsByKey = this.contributions.itemsOf(found);
		Map<Long, Dialogue> dialoguesById = (dialogue != null) ? Map.of(dialogue.getId(), dialogue)
				: this.dialogues.byIds(found.stream().map(ModerationCase::getDialogueId).toList());
		Map<Long, StakeholderGroup> groups = this.groups.byId();
		List<QueueItem> items = new ArrayList<>();
		for (QueuedCase q : queued) {
			ModerationCase c = q.moderationCase();
			Dialogue d = dialoguesById.get(c.getDialogueId());
			ModeratedItem item = itemsByKey.get(Contributions.key(c.getContentType(), c.getContentId()));
			String path = (item != null) ? "/dialogues/" + d.getSlug() + "/" + item.path() : null;
			List<ReportWithReporter> reports = q.reports()
				.stream()
				.map((r) -> new ReportWithReporter(r.report(), r.reporterName(), groups.get(r.reporterGroupId())))
				.toList();
			items.add(new QueueItem(c, d, item, reports, path,
					this.contributions.moderatePath(d, c.getContentType(), c.getContentId()), q.authorName()));
		}
		return new ModerationQueue(view, items, next);
	}

	private static String nameOf(Map<Long, Account> named, long accountId) {
		Account account = named.get(accountId);
		return (account != null && !account.isErased()) ? account.getDisplayName() : null;
	}

	private static List<ReportWithReporter> withReporters(List<Report> found, Map<Long, Account> accounts) {
		return found.stream().map((r) -> {
			Account reporter = accounts.get(r.getReporterId());
			// An erased reporter has no name: the pages say "Former participant".
			return new ReportWithReporter(r,
					(reporter != null && !reporter.isErased()) ? reporter.getDisplayName() : null,
					(reporter != null) ? reporter.getStakeholderGroup() : null);
		}).toList();
	}

}
