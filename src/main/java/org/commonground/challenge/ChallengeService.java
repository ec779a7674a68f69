package org.commonground.challenge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.commonground.account.StakeholderGroup;
import org.commonground.account.AccountPrincipal;
import org.commonground.account.StakeholderGroupService;
import org.commonground.comment.CommentTarget;
import org.commonground.comment.CommentThread;
import org.commonground.comment.CommentThreads;
import org.commonground.dialogue.AuthorLabel;
import org.commonground.dialogue.AuthorLabelPolicy;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueEvidence;
import org.commonground.dialogue.DialogueView;
import org.commonground.dialogue.EvidenceTarget;
import org.commonground.dialogue.Theme;
import org.commonground.dialogue.ThemeService;
import org.commonground.dialogue.ViewerContext;
import org.commonground.shared.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading a dialogue's challenges: the list with filters, sorts and keyset pages, a
 * challenge's page with its comments, its history, the highlights on the dialogue page
 * and the counts for the representation panel and the summary. Members and facilitators
 * change challenges through {@link ChallengeContributions} and
 * {@link ChallengeFacilitation}. What a viewer may not see answers 404.
 */
@Service
@Transactional(readOnly = true)
public class ChallengeService {

	/** The comment target type of challenges. */
	public static final String TARGET_TYPE = "CHALLENGE";

	private final ChallengeRepository challenges;

	private final ChallengeListQuery listQuery;

	private final ChallengeRevisionRepository revisions;

	private final DialogueAccess access;

	private final AuthorLabelPolicy authorLabels;

	private final CommentThreads comments;

	private final ChallengeProperties properties;

	private final ThemeService themes;

	private final StakeholderGroupService groups;

	private final DialogueEvidence evidence;

	ChallengeService(ChallengeRepository challenges, ChallengeListQuery listQuery,
			ChallengeRevisionRepository revisions, DialogueAccess access, AuthorLabelPolicy authorLabels,
			CommentThreads comments, ChallengeProperties properties, ThemeService themes,
			StakeholderGroupService groups, DialogueEvidence evidence) {
		this.challenges = challenges;
		this.listQuery = listQuery;
		this.revisions = revisions;
		this.access = access;
		this.authorLabels = authorLabels;
		this.comments = comments;
		this.properties = properties;
		this.themes = themes;
		this.groups = groups;
		this.evidence = evidence;
	}

	/**
	 * One page of the dialogue's challenges, filtered and sorted, by keyset, titled in
	 * the reader's language where translated (the translations come with the challenges):
	 * three statements after the dialogue's, whatever the number of challenges.
	 */
	public ChallengeList list(String slug, AccountPrincipal viewer, ChallengeFilter filter, Locale locale) {
		DialogueView view = this.access.readable(slug, viewer);
		int pageSize = this.properties.pageSize();
		Map<Long, Theme> themes = this.themes.byId();
		Long themeId = (filter.theme() == null) ? null
				: themes.values()
					.stream()
					.filter((t) -> t.getCode().equals(filter.theme()))
					.map(Theme::getId)
					.findFirst()
					.orElse(-1L);
		Long groupId = (filter.group() == null) ? null
				: this.groups.byId()
					.values()
					.stream()
					.filter((g) -> g.getCode().equals(filter.group()))
					.map(StakeholderGroup::getId)
					.findFirst()
					.orElse(-1L);
		List<Challenge> found = this.listQuery.find(view.dialogue().getId(), filter, themeId, groupId,
				view.context().facilitates(), view.context().signedIn() ? view.context().viewerId() : -1L,
				pageSize + 1);
		String next = null;
		if (found.size() > pageSize) {
			found = found.subList(0, pageSize);
			next = ChallengeListQuery.cursorAfter(found.get(pageSize - 1), filter.sort());
		}
		Set<Long> authors = new LinkedHashSet<>();
		found.forEach((c) -> authors.add(c.getAuthorId()));
		Map<Long, AuthorLabel> labels = this.authorLabels.labels(view.dialogue(), authors, view.context(), locale);
		Map<Long, Integer> visibleComments = visibleCommentCounts(found.stream().map(Challenge::getId).toList());
		String reading = locale.getLanguage();
		List<ChallengeSummary> summaries = new ArrayList<>();
		for (Challenge c : found) {
			ChallengeTranslation titled = c.titleTranslation(reading);
			String translated = (titled != null) ? titled.title() : null;
			summaries.add(new ChallengeSummary(c.getId(), (translated != null) ? translated : c.getTitle(),
					c.getStatus(), this.themes.ofIds(c.getThemeIds()).stream().map((t) -> t.label(locale)).toList(),
					labels.get(c.getAuthorId()),
					this.authorLabels.speakingAs(labels.get(c.getAuthorId()), c.getAuthorGroupId(), locale),
					c.getEndorsementCount(), visibleComments.get(c.getId()), c.getCreatedAt(),
					c.isShown() ? "VISIBLE" : (c.isHidden() ? "HIDDEN" : "PENDING"),
					(translated != null) ? reading : c.getLanguage(), translated != null));
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
			return new ChallengePage(view, challenge, List.of(), null, null, null, false, false, false, false,
					List.of());
		}
		boolean endorsed = context.signedIn() && this.challenges.isEndorsedBy(id, context.viewerId());
		CommentThread thread = this.comments.thread(view, CommentTarget.of(TARGET_TYPE, id),
				challenge.isShown() && !challenge.isLocked(), before, List.of(challenge.getAuthorId()), locale);
		boolean contributes = context.canContribute(view.dialogue());
		boolean shown = challenge.isShown();
		return new ChallengePage(view, challenge, this.themes.ofIds(challenge.getThemeIds()),
				thread.label(challenge.getAuthorId()),
				this.authorLabels.speakingAs(thread.label(challenge.getAuthorId()), challenge.getAuthorGroupId(),
						locale),
				thread, endorsed, shown && contributes && !author, !challenge.isHidden() && contributes && author,
				shown && contributes && !author,
				this.evidence.of(view, EvidenceTarget.CHALLENGE, String.valueOf(challenge.getId())));
	}

	/** A challenge's current and earlier texts, for anyone who may read it. */
	public ChallengeHistory history(String slug, AccountPrincipal viewer, long id, Locale locale) {
		DialogueView view = this.access.readable(slug, viewer);
		Challenge challenge = this.challenges.findForPage(id, view.dialogue().getId())
			.filter((c) -> !c.isMerged())
			.orElseThrow(NotFoundException::new);
		requireSeen(challenge, view.context());
		AuthorLabel author = this.authorLabels
			.labels(view.dialogue(), List.of(challenge.getAuthorId()), view.context(), locale)
			.get(challenge.getAuthorId());
		return new ChallengeHistory(view, challenge, author,
				this.authorLabels.speakingAs(author, challenge.getAuthorGroupId(), locale),
				this.revisions.findByChallenge(id));
	}

	/**
	 * The most endorsed challenges of a dialogue the caller may read, for its page,
	 * titled in the reader's language where translated. One statement.
	 */
	public ChallengeHighlights highlights(DialogueView view, Locale locale) {
		List<ChallengeHighlights.Item> top = new ArrayList<>();
		long total = 0;
		String reading = locale.getLanguage();
		// Visible comments and the title in the reader's language, in the same statement
		// (the page's budget of statements).
		for (Object[] row : this.challenges.findTop(view.dialogue().getId(), reading, this.properties.highlighted())) {
			String translated = (String) row[7];
			top.add(new ChallengeHighlights.Item(((Number) row[0]).longValue(),
					(translated != null) ? translated : (String) row[1], ChallengeStatus.valueOf((String) row[2]),
					((Number) row[3]).intValue(), ((Number) row[4]).intValue(),
					(translated != null) ? reading : (String) row[6], translated != null));
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

	/**
	 * The number of comments people see on each of these challenges: visible comments and
	 * replies; hidden and held ones, which the thread shows as placeholders, are not
	 * counted (the rule of the lists, the summary, the API and the open data). One
	 * statement, whatever the number of challenges. The challenge's own
	 * {@code comment_count}, which orders "most discussed", keeps the same number
	 * ({@code ChallengeCommentCounts}).
	 */
	public Map<Long, Integer> visibleCommentCounts(java.util.Collection<Long> challengeIds) {
		return this.comments.visibleCounts(TARGET_TYPE, challengeIds);
	}

	/**
	 * Challenges everyone may see in a dialogue the caller may read, among {@code ids} or
	 * naming {@code phrase} in their title or text, newest first, at most {@code limit};
	 * one statement. Other modules cite challenges as evidence and list those that name
	 * something.
	 */
	public List<ChallengeMention> mentions(DialogueView view, java.util.Collection<Long> ids, String phrase,
			int limit) {
		List<Long> wanted = new ArrayList<>(ids);
		wanted.add(-1L);
		return this.challenges
			.findMentions(view.dialogue().getId(), wanted, (phrase != null) ? phrase.strip() : "", limit)
			.stream()
			.map((row) -> new ChallengeMention(((Number) row[0]).longValue(), (String) row[1], (String) row[2]))
			.toList();
	}

	/**
	 * The challenges of a dialogue the caller may read that other things (such as a
	 * meeting's agenda) may link to: shown and not merged, by title. One statement.
	 */
	public List<ChallengeRef> linkable(DialogueView view) {
		return this.challenges.findLinkable(view.dialogue().getId());
	}

	/**
	 * Those of the challenges that exist in the dialogue and everyone may see, by id. One
	 * statement (none for no ids).
	 */
	public Map<Long, ChallengeRef> refs(DialogueView view, java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, ChallengeRef> found = new java.util.HashMap<>();
		this.challenges.findRefs(view.dialogue().getId(), ids.toArray(Long[]::new))
			.forEach((c) -> found.put(c.id(), c));
		return found;
	}

	/** All challenges on the platform, for the admin console. */
	public long countAll() {
		return this.challenges.count();
	}

	/**
	 * Hidden and held challenges exist only for their authors and moderators; others get
	 * 404.
	 */
	static void requireSeen(Challenge challenge, ViewerContext context) {
		if (!seenBy(challenge, context)) {
			throw new NotFoundException();
		}
	}

	/**
	 * The one visibility rule for a challenge, on its pages, its comments' pages and its
	 * report and review forms.
	 */
	static boolean seenBy(Challenge challenge, ViewerContext context) {
		return challenge.isShown() || context.facilitates() || isAuthor(challenge, context);
	}

	static boolean isAuthor(Challenge challenge, ViewerContext context) {
		return context.signedIn() && Objects.equals(challenge.getAuthorId(), context.viewerId());
	}

}
