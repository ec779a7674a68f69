package org.commonground.comment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.commonground.account.AccountPrincipal;
import org.commonground.account.StakeholderGroupService;
import org.commonground.dialogue.AuthorLabel;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueView;
import org.commonground.shared.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading comments: a target's thread page by page, the newest comments per paragraph, a
 * comment's own page with its replies, its history. Every method takes or makes the
 * {@link DialogueView} of the viewer and checks that the target and the comment belong to
 * that dialogue; each runs a fixed number of statements whatever the thread's size.
 */
@Service
@Transactional(readOnly = true)
public class CommentThreads {

	private final CommentRepository comments;

	private final CommentRevisionRepository revisions;

	private final CommentViews views;

	private final DialogueAccess access;

	private final CommentProperties properties;

	private final StakeholderGroupService groups;

	CommentThreads(CommentRepository comments, CommentRevisionRepository revisions, CommentViews views,
			DialogueAccess access, CommentProperties properties, StakeholderGroupService groups) {
		this.comments = comments;
		this.revisions = revisions;
		this.views = views;
		this.access = access;
		this.properties = properties;
		this.groups = groups;
	}

	/**
	 * One page of the comments on a target the caller has already found in the viewed
	 * dialogue: the newest top-level comments before {@code before} (all when
	 * {@code null}), each with its first replies. Runs three statements whatever the size
	 * of the thread.
	 * @param open whether the target takes comments (the caller knows it already)
	 * @param otherAuthors authors whose labels the caller also shows (the challenge's
	 * author), so that all labels come from one query
	 */
	public CommentThread thread(DialogueView view, CommentTarget target, boolean open, Long before,
			Collection<Long> otherAuthors, Locale locale) {
		int pageSize = this.properties.pageSize();
		// With versions: the whole target's comments on that version; a part's on that
		// version and earlier ones.
		int version = (target.version() != null) ? target.version() : -1;
		List<Long> ids = this.comments.findThreadIds(target.type(), target.id(), target.anchor(), version,
				(before != null) ? before : Long.MAX_VALUE, pageSize + 1, this.properties.repliesShown());
		List<Comment> loaded = ids.isEmpty() ? List.of() : this.comments.findByIds(ids.toArray(Long[]::new));
		Map<Long, AuthorLabel> labels = this.views.labels(view, loaded, otherAuthors, locale);
		boolean canComment = open && view.context().canContribute(view.dialogue());
		List<CommentNode> roots = this.views.tree(loaded, labels, view, canComment, locale, true);
		Long olderBefore = null;
		if (roots.size() > pageSize) {
			roots = roots.subList(0, pageSize);
			olderBefore = roots.get(pageSize - 1).id();
		}
		return new CommentThread(target, roots, olderBefore, before == null, canComment, labels);
	}

	/**
	 * The newest few comments on each of several anchors of one target (the paragraphs of
	 * a version, and '' for the version as a whole), with their first replies and the
	 * number of comments on each anchor. Four statements whatever the number of anchors
	 * and comments. Comments on a paragraph made on this or an earlier version count;
	 * comments on the whole target only those on {@code version}.
	 */
	public AnchoredThreads threads(DialogueView view, String type, long targetId, List<String> anchors, int version,
			int perAnchor, boolean open, Locale locale) {
		for (String anchor : anchors) {
			if (!anchor.matches("[a-z0-9]*")) {
				throw new IllegalArgumentException("Anchors are lower-case letters and digits");
			}
		}
		String literal = anchors.stream().map((a) -> '"' + a + '"').collect(Collectors.joining(",", "{", "}"));
		List<Long> ids = new ArrayList<>();
		Map<String, Long> counts = new HashMap<>();
		for (Object[] row : this.comments.findAnchoredThreads(type, targetId, literal, version, perAnchor,
				this.properties.repliesShown())) {
			if (row[0] != null) {
				ids.add(((Number) row[0]).longValue());
			}
			else {
				counts.put((String) row[1], ((Number) row[2]).longValue());
			}
		}
		List<Comment> loaded = ids.isEmpty() ? List.of() : this.comments.findAllById(ids);
		Map<Long, AuthorLabel> labels = this.views.labels(view, loaded, List.of(), locale);
		boolean canComment = open && view.context().canContribute(view.dialogue());
		Map<String, List<CommentNode>> byAnchor = new HashMap<>();
		for (CommentNode node : this.views.tree(loaded, labels, view, canComment, locale, true)) {
			byAnchor.computeIfAbsent(node.anchor(), (k) -> new ArrayList<>()).add(node);
		}
		return new AnchoredThreads(byAnchor, counts, canComment);
	}

	/**
	 * The number of visible comments (replies included) on each of several targets of one
	 * type: hidden, held and deleted ones are not counted, even where a thread shows them
	 * as placeholders. The one count the public sees: the site's lists, the printable
	 * summary, the read API and the open data. Targets without visible comments map to 0.
	 * One statement, whatever the number of targets.
	 */
	public Map<Long, Integer> visibleCounts(String type, Collection<Long> targetIds) {
		Map<Long, Integer> counts = new HashMap<>();
		targetIds.forEach((id) -> counts.put(id, 0));
		if (!targetIds.isEmpty()) {
			for (Object[] row : this.comments.countVisibleOnTargets(type, targetIds)) {
				counts.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
			}
		}
		return counts;
	}

	/**
	 * Every visible comment on a target, flat (replies too), by anchor and age, for
	 * summaries such as "you said, we did". Two statements.
	 */
	public List<CommentNode> everyComment(DialogueView view, String type, long targetId, Locale locale) {
		List<Comment> loaded = this.comments.findVisibleOnTarget(type, targetId);
		Map<Long, AuthorLabel> labels = this.views.labels(view, loaded, List.of(), locale);
		List<CommentNode> nodes = new ArrayList<>();
		for (Comment c : loaded) {
			nodes.add(this.views.node(c, labels, view, false, locale, List.of()));
		}
		return nodes;
	}

	/**
	 * A comment's own page with one page of its replies, oldest first, after
	 * {@code after} (from the first when {@code null}).
	 * @throws NotFoundException if the comment is not in the dialogue or its target is
	 * not readable
	 */
	public CommentReplies replies(String slug, AccountPrincipal viewer, long commentId, Long after, Locale locale) {
		DialogueView view = this.access.readable(slug, viewer);
		Comment parent = this.comments.findInDialogue(commentId, view.dialogue().getId())
			.orElseThrow(NotFoundException::new);
		CommentTargetInfo target = this.views.describe(parent.target(), view);
		int pageSize = this.properties.pageSize();
		List<Long> ids = new ArrayList<>(this.comments.findReplyIds(commentId, (after != null) ? after : 0L,
				pageSize + 1, this.properties.repliesShown()));
		List<Comment> loaded = new ArrayList<>(ids.isEmpty() ? List.of() : this.comments.findAllById(ids));
		Map<Long, AuthorLabel> labels = this.views.labels(view, loaded, List.of(parent.getAuthorId()), locale);
		boolean canComment = CommentViews.canComment(target, view);
		List<CommentNode> page = this.views.tree(loaded, labels, view, canComment, locale, false);
		Long laterAfter = null;
		if (page.size() > pageSize) {
			page = page.subList(0, pageSize);
			laterAfter = page.get(pageSize - 1).id();
		}
		CommentNode node = this.views.node(parent, labels, view, canComment, locale, page);
		return new CommentReplies(view, node, target, laterAfter, after == null, canComment, parent.target());
	}

	/**
	 * One comment as the viewer sees it, without its replies (for a comment posted in
	 * place).
	 */
	public CommentReplies single(String slug, AccountPrincipal viewer, long commentId, Locale locale) {
		DialogueView view = this.access.readable(slug, viewer);
		Comment comment = this.comments.findInDialogue(commentId, view.dialogue().getId())
			.orElseThrow(NotFoundException::new);
		CommentTargetInfo target = this.views.describe(comment.target(), view);
		Map<Long, AuthorLabel> labels = this.views.labels(view, List.of(comment), List.of(), locale);
		boolean canComment = CommentViews.canComment(target, view);
		return new CommentReplies(view, this.views.node(comment, labels, view, canComment, locale, List.of()), target,
				null, true, canComment, comment.target());
	}

	/**
	 * A comment the viewer is about to reply to, without its replies (for the page or the
	 * in-place form a reply is written in).
	 * @throws NotFoundException if the comment is not in a dialogue the viewer may read,
	 * or the viewer may not reply to it (not a member, the thread closed, the comment
	 * hidden, deleted or already two levels deep)
	 */
	public CommentReplies replyingTo(String slug, AccountPrincipal viewer, long commentId, Locale locale) {
		CommentReplies parent = single(slug, viewer, commentId, locale);
		if (!parent.comment().canReply()) {
			throw new NotFoundException();
		}
		return parent;
	}

	/** A target in a dialogue the viewer may read, for a page about commenting on it. */
	public CommentContext context(String slug, AccountPrincipal viewer, CommentTarget target) {
		DialogueView view = this.access.readable(slug, viewer);
		return new CommentContext(view, this.views.describe(target, view));
	}

	/** The target of a visible comment in the viewed dialogue. */
	public Optional<Long> authorOf(DialogueView view, long commentId) {
		return this.comments.findInDialogue(commentId, view.dialogue().getId()).map(Comment::getAuthorId);
	}

	/** What a visible comment of the dialogue is on. */
	public Optional<CommentTarget> targetOf(DialogueView view, long commentId) {
		return this.comments.findInDialogue(commentId, view.dialogue().getId())
			.filter(Comment::isVisible)
			.map(Comment::target);
	}

	/**
	 * A visible comment's current text and earlier texts, for anyone who may read it.
	 */
	public CommentHistory history(String slug, AccountPrincipal viewer, long commentId, Locale locale) {
		DialogueView view = this.access.readable(slug, viewer);
		Comment comment = this.comments.findInDialogue(commentId, view.dialogue().getId())
			.filter(Comment::isVisible)
			.orElseThrow(NotFoundException::new);
		CommentTargetInfo target = this.views.describe(comment.target(), view);
		Map<Long, AuthorLabel> labels = this.views.labels(view, List.of(comment), List.of(), locale);
		return new CommentHistory(view, this.views.node(comment, labels, view, false, locale, List.of()),
				this.revisions.findByComment(commentId), target);
	}

	/** All comments on the platform, for the admin console. */
	public long countAll() {
		return this.comments.count();
	}

	/**
	 * These comments, whichever their dialogues, by id (none for one that no longer
	 * exists): for what is sent about them later, which checks they are still shown. One
	 * statement (none for no ids).
	 */
	public Map<Long, CommentFacts> facts(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, CommentFacts> found = new HashMap<>();
		for (Comment c : this.comments.findAllById(ids)) {
			found.put(c.getId(), new CommentFacts(c.getId(), c.getDialogueId(), c.target(), c.getParentId(),
					c.getAuthorId(), c.getStatus(), c.getBodyHtml()));
		}
		return found;
	}

}
