package org.commonground.challenge;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.commonground.account.Account;
import org.commonground.account.AccountPrincipal;
import org.commonground.comment.CommentService;
import org.commonground.comment.CommentTarget;
import org.commonground.comment.CommentThread;
import org.commonground.comment.NewComment;
import org.commonground.comment.PostedComment;
import org.commonground.dialogue.AuthorLabel;
import org.commonground.dialogue.AuthorLabelPolicy;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueService;
import org.commonground.dialogue.DialogueView;
import org.commonground.dialogue.Theme;
import org.commonground.dialogue.ViewerContext;
import org.commonground.moderation.PreModeration;
import org.commonground.shared.audit.AuditAction;
import org.commonground.shared.audit.AuditEvent;
import org.commonground.shared.markdown.MarkdownRenderer;
import org.commonground.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Challenges of a dialogue. Every public method finds the dialogue through
 * {@link DialogueAccess} for the viewer and checks here who may do what: members post,
 * endorse and comment while the dialogue is open, authors edit their own, facilitators
 * set status and response and merge; what a viewer may not see answers 404.
 */
@Service
@Transactional(readOnly = true)
public class ChallengeService {

	/** The comment target type of challenges. */
	public static final String TARGET_TYPE = "CHALLENGE";

	private static final Pattern CURSOR = Pattern.compile("^(\\d{1,9}\\.)?\\d{1,18}$");

	private final ChallengeRepository challenges;

	private final ChallengeRevisionRepository revisions;

	private final DialogueAccess access;

	private final DialogueService dialogues;

	private final AuthorLabelPolicy authorLabels;

	private final CommentService comments;

	private final MarkdownRenderer markdown;

	private final ChallengeProperties properties;

	private final PreModeration moderation;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	@PersistenceContext
	private EntityManager entityManager;

	ChallengeService(ChallengeRepository challenges, ChallengeRevisionRepository revisions, DialogueAccess access,
			DialogueService dialogues, AuthorLabelPolicy authorLabels, CommentService comments,
			MarkdownRenderer markdown, ChallengeProperties properties, PreModeration moderation,
			ApplicationEventPublisher events, Clock clock) {
		this.challenges = challenges;
		this.revisions = revisions;
		this.access = access;
		this.dialogues = dialogues;
		this.authorLabels = authorLabels;
		this.comments = comments;
		this.markdown = markdown;
		this.properties = properties;
		this.moderation = moderation;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * One page of the dialogue's challenges, filtered and sorted, by keyset: three
	 * statements after the dialogue's, whatever the number of challenges.
	 */
	public ChallengeList list(String slug, AccountPrincipal viewer, ChallengeFilter filter, Locale locale) {
		DialogueView view = this.access.readable(slug, viewer);
		int pageSize = this.properties.pageSize();
		StringBuilder jpql = new StringBuilder("""
				select c from Challenge c join fetch c.author a join fetch a.stakeholderGroup join fetch c.authorGroup g
				where c.dialogueId = :dialogueId""");
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("dialogueId", view.dialogue().getId());
		if (filter.status() != null) {
			jpql.append(" and c.status = :status");
			parameters.put("status", filter.status());
		}
		else {
			jpql.append(" and c.status <> org.commonground.challenge.ChallengeStatus.MERGED");
		}
		if (!view.context().facilitates()) {
			// Hidden and held challenges: only their authors and moderators see them.
			jpql.append(" and (c.moderation = 'VISIBLE' or a.id = :viewerId)");
			parameters.put("viewerId", view.context().signedIn() ? view.context().viewerId() : -1L);
		}
		if (filter.group() != null) {
			jpql.append(" and g.code = :group");
			parameters.put("group", filter.group());
		}
		if (filter.theme() != null) {
			jpql.append(" and exists (select 1 from c.themes t where t.code = :theme)");
			parameters.put("theme", filter.theme());
		}
		String count = switch (filter.sort()) {
			case NEWEST -> null;
			case MOST_ENDORSED -> "c.endorsementCount";
			case MOST_DISCUSSED -> "c.commentCount";
		};
		String after = (filter.after() != null && CURSOR.matcher(filter.after()).matches()) ? filter.after() : null;
		if (after != null) {
			int dot = after.indexOf('.');
			if (count == null || dot < 0) {
				jpql.append(" and c.id < :afterId");
				parameters.put("afterId", Long.parseLong(after.substring(dot + 1)));
			}
			else {
				jpql.append(" and (")
					.append(count)
					.append(" < :afterCount or (")
					.append(count)
					.append(" = :afterCount and c.id < :afterId))");
				parameters.put("afterCount", Integer.parseInt(after.substring(0, dot)));
				parameters.put("afterId", Long.parseLong(after.substring(dot + 1)));
			}
		}
		jpql.append(" order by ").append((count != null) ? count + " desc, " : "").append("c.id desc");
		TypedQuery<Challenge> query = this.entityManager.createQuery(jpql.toString(), Challenge.class);
		parameters.forEach(query::setParameter);
		List<Challenge> found = query.setMaxResults(pageSize + 1).getResultList();
		String next = null;
		if (found.size() > pageSize) {
			found = found.subList(0, pageSize);
			Challenge last = found.get(pageSize - 1);
			next = switch (filter.sort()) {
				case NEWEST -> Long.toString(last.getId());
				case MOST_ENDORSED -> last.getEndorsementCount() + "." + last.getId();
				case MOST_DISCUSSED -> last.getCommentCount() + "." + last.getId();
			};
		}
		Set<Account> authors = new LinkedHashSet<>();
		found.forEach((c) -> authors.add(c.getAuthor()));
		Map<Long, AuthorLabel> labels = this.authorLabels.labels(view.dialogue(), authors, view.context(), locale);
		List<ChallengeSummary> summaries = new ArrayList<>();
		for (Challenge c : found) {
			summaries.add(new ChallengeSummary(c.getId(), c.getTitle(), c.getStatus(),
					c.getThemes().stream().map((t) -> t.label(locale)).toList(), labels.get(c.getAuthor().getId()),
					c.getAuthorGroup().label(locale), c.getEndorsementCount(), c.getCommentCount(), c.getCreatedAt(),
					c.isShown() ? "VISIBLE" : (c.isHidden() ? "HIDDEN" : "PENDING")));
		}
		return new ChallengeList(view, summaries, filter, next, view.context().canContribute(view.dialogue()));
	}

	/**
	 * A challenge with one page of its comments (the newest, or those before
	 * {@code before}). A merged challenge comes back without comments: its page leads to
	 * the challenge it was merged into.
	 */
	public ChallengePage page(String slug, AccountPrincipal viewer, long id, Long before, Locale locale) {
		DialogueView view = this.access.readable(slug, viewer);
		Challenge challenge = this.challenges.findForPage(id, view.dialogue().getId())
			.orElseThrow(NotFoundException::new);
		ViewerContext context = view.context();
		boolean author = isAuthor(challenge, context);
		requireSeen(challenge, context);
		if (challenge.isMerged()) {
			return new ChallengePage(view, challenge, null, null, null, false, false, false, false);
		}
		boolean endorsed = context.signedIn() && this.challenges.isEndorsedBy(id, context.viewerId());
		CommentThread thread = this.comments.thread(view, CommentTarget.of(TARGET_TYPE, id),
				challenge.isShown() && !challenge.isLocked(), before, List.of(challenge.getAuthor()), locale);
		boolean contributes = context.canContribute(view.dialogue());
		boolean shown = challenge.isShown();
		return new ChallengePage(view, challenge, thread.label(challenge.getAuthor().getId()),
				challenge.getAuthorGroup().label(locale), thread, endorsed, shown && contributes && !author,
				!challenge.isHidden() && contributes && author, shown && contributes && !author);
	}

	/**
	 * Raises a challenge. A second post from the same form (same token, same author)
	 * stores nothing and answers with the first one.
	 * @return the challenge's id
	 */
	@Transactional
	public long create(String slug, AccountPrincipal viewer, ChallengeText text) {
		DialogueView view = this.access.readable(slug, viewer);
		requireContributor(view);
		requireText(text);
		Set<Theme> themes = themes(text.themes());
		String source = text.body().strip();
		boolean held = this.moderation.holds(view);
		List<?> ids = this.entityManager
			.createNativeQuery(
					"""
							insert into challenge (dialogue_id, author_id, author_group_id, title, body_source, body_html, form_token,
							                       created_at, moderation)
							select :dialogueId, a.id, a.stakeholder_group_id, :title, :source, :html, cast(:token as varchar), :now,
							       :moderation
							from account a where a.id = :authorId
							on conflict (author_id, form_token) do nothing
							returning id""")
			.setParameter("dialogueId", view.dialogue().getId())
			.setParameter("title", text.title().strip())
			.setParameter("source", source)
			.setParameter("html", this.markdown.toHtml(source))
			.setParameter("token", text.formToken())
			.setParameter("now", this.clock.instant())
			.setParameter("authorId", viewer.getId())
			.setParameter("moderation", held ? "PENDING" : "VISIBLE")
			.getResultList();
		if (ids.isEmpty()) {
			return this.challenges.findIdByFormToken(viewer.getId(), text.formToken());
		}
		long id = ((Number) ids.get(0)).longValue();
		if (!themes.isEmpty()) {
			this.challenges.addThemes(id, themes.stream().map(Theme::getCode).toList());
		}
		if (held) {
			this.moderation.held(view, TARGET_TYPE, id);
		}
		return id;
	}

	/** The viewer's own challenge, to edit. */
	public EditableChallenge forEditing(String slug, AccountPrincipal viewer, long id) {
		DialogueView view = this.access.readable(slug, viewer);
		return new EditableChallenge(view, own(view, id));
	}

	/**
	 * Replaces the title, text and themes of the viewer's own challenge, keeping the old
	 * title and text in its history.
	 * @throws OptimisticLockingFailureException if it changed since
	 * {@code expectedVersion}
	 */
	@Transactional
	public void update(String slug, AccountPrincipal viewer, long id, ChallengeText text, long expectedVersion) {
		DialogueView view = this.access.readable(slug, viewer);
		Challenge challenge = own(view, id);
		requireContributor(view);
		if (challenge.getVersion() != expectedVersion) {
			throw new OptimisticLockingFailureException("Challenge " + id + " changed");
		}
		requireText(text);
		Set<Theme> themes = themes(text.themes());
		String title = text.title().strip();
		String source = text.body().strip();
		if (title.equals(challenge.getTitle()) && source.equals(challenge.getBodySource())) {
			challenge.retheme(themes);
			return;
		}
		this.revisions.save(challenge.edit(title, source, this.markdown.toHtml(source), themes, this.clock.instant()));
	}

	/** "This affects me too": once per member, whatever the number of requests. */
	@Transactional
	public void endorse(String slug, AccountPrincipal viewer, long id) {
		DialogueView view = this.access.readable(slug, viewer);
		lockForEndorsement(view, id);
		if (this.challenges.insertEndorsement(id, viewer.getId(), this.clock.instant()) == 1) {
			this.challenges.addEndorsements(id, 1);
		}
	}

	/** Withdraws the viewer's endorsement, if any. */
	@Transactional
	public void withdrawEndorsement(String slug, AccountPrincipal viewer, long id) {
		DialogueView view = this.access.readable(slug, viewer);
		lockForEndorsement(view, id);
		if (this.challenges.deleteEndorsement(id, viewer.getId()) == 1) {
			this.challenges.addEndorsements(id, -1);
		}
	}

	/** Posts a comment or reply on a challenge. */
	@Transactional
	public PostedComment comment(String slug, AccountPrincipal viewer, long id, NewComment comment) {
		DialogueView view = this.access.readable(slug, viewer);
		return this.comments.post(view, CommentTarget.of(TARGET_TYPE, id), comment);
	}

	/**
	 * A facilitator sets the status and the public response (Markdown; blank removes it).
	 */
	@Transactional
	public void respond(String slug, AccountPrincipal viewer, long id, ChallengeStatus status, String response,
			long expectedVersion) {
		DialogueView view = this.access.facilitated(slug, viewer);
		Challenge challenge = this.challenges.findInDialogue(id, view.dialogue().getId())
			.orElseThrow(NotFoundException::new);
		if (challenge.isMerged() || status == null || status == ChallengeStatus.MERGED) {
			throw new ChallengeRuleException("challenge.error.status");
		}
		if (challenge.getVersion() != expectedVersion) {
			throw new OptimisticLockingFailureException("Challenge " + id + " changed");
		}
		if (response != null && response.length() > 10000) {
			throw new ChallengeRuleException("challenge.error.body.long");
		}
		String source = (response == null || response.isBlank()) ? null : response.strip();
		challenge.respond(status, source, (source != null) ? this.markdown.toHtml(source) : null,
				this.entityManager.getReference(Account.class, viewer.getId()), this.clock.instant());
	}

	/** A challenge for a facilitator's forms. */
	public EditableChallenge forFacilitating(String slug, AccountPrincipal viewer, long id) {
		DialogueView view = this.access.facilitated(slug, viewer);
		Challenge challenge = this.challenges.findInDialogue(id, view.dialogue().getId())
			.orElseThrow(NotFoundException::new);
		return new EditableChallenge(view, challenge);
	}

	/**
	 * Locks or unlocks a challenge's discussion: a locked one takes no new comments and
	 * says so. Recorded in the audit log.
	 */
	@Transactional
	public void lockComments(String slug, AccountPrincipal viewer, long id, boolean locked) {
		DialogueView view = this.access.facilitated(slug, viewer);
		Challenge challenge = this.challenges.findForUpdate(List.of(id), view.dialogue().getId())
			.stream()
			.findFirst()
			.orElseThrow(NotFoundException::new);
		if (challenge.isMerged()) {
			throw new ChallengeRuleException("challenge.error.merged");
		}
		if (challenge.isLocked() == locked) {
			return;
		}
		if (locked) {
			challenge.lockComments(this.clock.instant());
		}
		else {
			challenge.unlockComments();
		}
		this.events.publishEvent(
				new AuditEvent(viewer.getId(), locked ? AuditAction.THREAD_LOCKED : AuditAction.THREAD_UNLOCKED,
						view.dialogue().getId(), TARGET_TYPE, id, challenge.getAuthor().getId(), null, null));
	}

	/** Challenges the given one may be merged into. */
	public List<Challenge> mergeTargets(String slug, AccountPrincipal viewer, long id) {
		DialogueView view = this.access.facilitated(slug, viewer);
		return this.challenges.findMergeTargets(view.dialogue().getId(), id);
	}

	/**
	 * Merges a duplicate into another challenge of the same dialogue: the duplicate's
	 * endorsements, and its author as an endorser, follow without counting anyone twice
	 * (the target's author never endorses their own); its comments move with their
	 * replies; its link leads to the target from then on.
	 */
	@Transactional
	public void merge(String slug, AccountPrincipal viewer, long sourceId, long targetId) {
		DialogueView view = this.access.facilitated(slug, viewer);
		if (sourceId == targetId) {
			throw new ChallengeRuleException("challenge.error.merge-self");
		}
		List<Challenge> locked = this.challenges.findForUpdate(List.of(sourceId, targetId), view.dialogue().getId());
		Challenge source = locked.stream()
			.filter((c) -> c.getId() == sourceId)
			.findFirst()
			.orElseThrow(NotFoundException::new);
		Challenge target = locked.stream()
			.filter((c) -> c.getId() == targetId)
			.findFirst()
			.orElseThrow(NotFoundException::new);
		if (source.isMerged() || target.isMerged()) {
			throw new ChallengeRuleException("challenge.error.merge-merged");
		}
		this.challenges.copyEndorsements(sourceId, targetId, target.getAuthor().getId());
		this.challenges.deleteEndorsements(sourceId);
		this.comments.moveAll(TARGET_TYPE, sourceId, targetId);
		this.challenges.recountAfterMerge(sourceId, targetId);
		source.mergeInto(target, viewer.getId(), this.clock.instant());
		this.challenges.repointMerged(sourceId, targetId);
	}

	/** A challenge's current and earlier texts, for anyone who may read it. */
	public ChallengeHistory history(String slug, AccountPrincipal viewer, long id, Locale locale) {
		DialogueView view = this.access.readable(slug, viewer);
		Challenge challenge = this.challenges.findForPage(id, view.dialogue().getId())
			.filter((c) -> !c.isMerged())
			.orElseThrow(NotFoundException::new);
		requireSeen(challenge, view.context());
		AuthorLabel author = this.authorLabels
			.labels(view.dialogue(), List.of(challenge.getAuthor()), view.context(), locale)
			.get(challenge.getAuthor().getId());
		return new ChallengeHistory(view, challenge, author, this.revisions.findByChallenge(id));
	}

	/** The most endorsed challenges of a dialogue the caller may read, for its page. */
	public ChallengeHighlights highlights(DialogueView view) {
		List<ChallengeHighlights.Item> top = new ArrayList<>();
		long total = 0;
		for (Object[] row : this.challenges.findTop(view.dialogue().getId(), this.properties.highlighted())) {
			top.add(new ChallengeHighlights.Item(((Number) row[0]).longValue(), (String) row[1],
					ChallengeStatus.valueOf((String) row[2]), ((Number) row[3]).intValue(),
					((Number) row[4]).intValue()));
			total = ((Number) row[5]).longValue();
		}
		return new ChallengeHighlights(view, top, total, view.context().canContribute(view.dialogue()));
	}

	/**
	 * Every challenge of a dialogue the caller may read that everyone can see, most
	 * endorsed first, with status and response, for the printed summary.
	 */
	public List<Challenge> forSummary(DialogueView view) {
		return this.challenges.findForSummary(view.dialogue().getId());
	}

	/** All challenges on the platform, for the admin console. */
	public long countAll() {
		return this.challenges.count();
	}

	/** Challenges and endorsements by group, for the representation panel. */
	Map<String, Map<String, Long>> countByKindAndGroup(long dialogueId) {
		Map<String, Map<String, Long>> counts = new java.util.LinkedHashMap<>();
		counts.put("challenges", new HashMap<>());
		counts.put("endorsements", new HashMap<>());
		for (Object[] row : this.challenges.countByKindAndGroup(dialogueId)) {
			counts.get((String) row[0]).put((String) row[1], ((Number) row[2]).longValue());
		}
		return counts;
	}

	private void lockForEndorsement(DialogueView view, long id) {
		// The row lock orders endorsements with a merge of the same challenge.
		Challenge challenge = this.challenges.findForUpdate(List.of(id), view.dialogue().getId())
			.stream()
			.findFirst()
			.orElseThrow(NotFoundException::new);
		requireContributor(view);
		if (!challenge.isShown()) {
			throw new NotFoundException();
		}
		if (challenge.isMerged()) {
			throw new ChallengeRuleException("challenge.error.merged");
		}
		if (isAuthor(challenge, view.context())) {
			throw new ChallengeRuleException("challenge.error.own");
		}
	}

	private Challenge own(DialogueView view, long id) {
		return this.challenges.findForPage(id, view.dialogue().getId())
			.filter((c) -> !c.isMerged() && !c.isHidden() && isAuthor(c, view.context()))
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * Hidden and held challenges exist only for their authors and moderators; others get
	 * 404.
	 */
	static void requireSeen(Challenge challenge, ViewerContext context) {
		if (!challenge.isShown() && !context.facilitates() && !isAuthor(challenge, context)) {
			throw new NotFoundException();
		}
	}

	static boolean isAuthor(Challenge challenge, ViewerContext context) {
		return context.signedIn() && Objects.equals(challenge.getAuthor().getId(), context.viewerId());
	}

	private static void requireContributor(DialogueView view) {
		if (!view.context().canContribute(view.dialogue())) {
			throw new ChallengeRuleException(
					view.dialogue().isOpen() ? "challenge.error.not-member" : "challenge.error.dialogue-closed");
		}
	}

	private static void requireText(ChallengeText text) {
		if (text.title() == null || text.title().isBlank() || text.title().strip().length() < 5
				|| text.title().strip().length() > 150) {
			throw new ChallengeRuleException("challenge.error.title.size");
		}
		if (text.body() == null || text.body().isBlank()) {
			throw new ChallengeRuleException("challenge.error.body");
		}
		if (text.body().length() > 10000) {
			throw new ChallengeRuleException("challenge.error.body.long");
		}
		if (text.formToken() != null && !text.formToken().matches("[A-Za-z0-9]{1,40}")) {
			throw new ChallengeRuleException("form.error.token");
		}
	}

	private Set<Theme> themes(List<String> codes) {
		Set<Theme> chosen = new LinkedHashSet<>();
		List<Theme> known = this.dialogues.themes();
		for (String code : codes) {
			Theme theme = known.stream()
				.filter((t) -> t.getCode().equals(code))
				.findFirst()
				.orElseThrow(() -> new ChallengeRuleException("challenge.error.theme"));
			chosen.add(theme);
		}
		return chosen;
	}

}
