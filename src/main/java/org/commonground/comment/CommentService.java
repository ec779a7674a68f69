package org.commonground.comment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.commonground.account.Account;
import org.commonground.account.AccountPrincipal;
import org.commonground.dialogue.AuthorLabel;
import org.commonground.dialogue.AuthorLabelPolicy;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueView;
import org.commonground.dialogue.ViewerContext;
import org.commonground.moderation.PreModeration;
import org.commonground.shared.markdown.MarkdownRenderer;
import org.commonground.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posting, reading, editing and deleting comments. Every method takes the
 * {@link DialogueView} that {@code DialogueAccess} made for the viewer and checks the
 * rest here: that the target and the comment belong to that dialogue, that the viewer may
 * contribute, and that only authors edit or delete.
 */
@Service
@Transactional(readOnly = true)
public class CommentService {

	private final CommentRepository comments;

	private final CommentRevisionRepository revisions;

	private final Map<String, CommentTargets> targets;

	private final AuthorLabelPolicy authorLabels;

	private final DialogueAccess access;

	private final MarkdownRenderer markdown;

	private final ApplicationEventPublisher events;

	private final CommentProperties properties;

	private final PreModeration moderation;

	private final Clock clock;

	@PersistenceContext
	private EntityManager entityManager;

	CommentService(CommentRepository comments, CommentRevisionRepository revisions, List<CommentTargets> targets,
			AuthorLabelPolicy authorLabels, DialogueAccess access, MarkdownRenderer markdown,
			ApplicationEventPublisher events, CommentProperties properties, PreModeration moderation, Clock clock) {
		this.comments = comments;
		this.revisions = revisions;
		this.targets = targets.stream().collect(Collectors.toMap(CommentTargets::type, Function.identity()));
		this.authorLabels = authorLabels;
		this.access = access;
		this.markdown = markdown;
		this.events = events;
		this.properties = properties;
		this.moderation = moderation;
		this.clock = clock;
	}

	/**
	 * One page of the comments on a target the caller has already found in the viewed
	 * dialogue: the newest top-level comments before {@code before} (all when
	 * {@code null}), each with its first replies. Runs three statements whatever the size
	 * of the thread.
	 * @param otherAuthors authors whose labels the caller also shows (the challenge's
	 * author), so that all labels come from one query
	 */
	public CommentThread thread(DialogueView view, CommentTarget target, boolean open, Long before,
			Collection<Account> otherAuthors, Locale locale) {
		int pageSize = this.properties.pageSize();
		// With versions: the whole target's comments on that version; a part's on that
		// version and earlier ones.
		int version = (target.version() != null) ? target.version() : -1;
		List<Long> ids = this.comments.findThreadIds(target.type(), target.id(), target.anchor(), version,
				(before != null) ? before : Long.MAX_VALUE, pageSize + 1, this.properties.repliesShown());
		List<Comment> loaded = ids.isEmpty() ? List.of() : this.comments.findWithAuthors(ids);
		Set<Account> authors = new LinkedHashSet<>(otherAuthors);
		loaded.forEach((c) -> authors.add(c.getAuthor()));
		Map<Long, AuthorLabel> labels = this.authorLabels.labels(view.dialogue(), authors, view.context(), locale);
		boolean canComment = open && view.context().canContribute(view.dialogue());
		List<CommentNode> roots = tree(loaded, labels, view, canComment, locale, true);
		Long olderBefore = null;
		if (roots.size() > pageSize) {
			roots = roots.subList(0, pageSize);
			olderBefore = roots.get(pageSize - 1).id();
		}
		return new CommentThread(roots, olderBefore, before == null, canComment, labels);
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
		List<Comment> loaded = ids.isEmpty() ? List.of() : this.comments.findWithAuthors(ids);
		Set<Account> authors = new LinkedHashSet<>();
		loaded.forEach((c) -> authors.add(c.getAuthor()));
		Map<Long, AuthorLabel> labels = this.authorLabels.labels(view.dialogue(), authors, view.context(), locale);
		boolean canComment = open && view.context().canContribute(view.dialogue());
		Map<String, List<CommentNode>> byAnchor = new HashMap<>();
		for (CommentNode node : tree(loaded, labels, view, canComment, locale, true)) {
			byAnchor.computeIfAbsent(node.anchor(), (k) -> new ArrayList<>()).add(node);
		}
		return new AnchoredThreads(byAnchor, counts, canComment);
	}

	/**
	 * Every visible comment on a target, flat (replies too), by anchor and age, for
	 * summaries such as "you said, we did". Two statements.
	 */
	public List<CommentNode> everyComment(DialogueView view, String type, long targetId, Locale locale) {
		List<Comment> loaded = this.comments.findVisibleOnTarget(type, targetId);
		Set<Account> authors = new LinkedHashSet<>();
		loaded.forEach((c) -> authors.add(c.getAuthor()));
		Map<Long, AuthorLabel> labels = this.authorLabels.labels(view.dialogue(), authors, view.context(), locale);
		List<CommentNode> nodes = new ArrayList<>();
		for (Comment c : loaded) {
			nodes.add(node(c, labels, view, false, locale, List.of()));
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
		CommentTargetInfo target = describe(parent.target(), view);
		int pageSize = this.properties.pageSize();
		List<Long> ids = new ArrayList<>(this.comments.findReplyIds(commentId, (after != null) ? after : 0L,
				pageSize + 1, this.properties.repliesShown()));
		List<Comment> loaded = new ArrayList<>(ids.isEmpty() ? List.of() : this.comments.findWithAuthors(ids));
		Set<Account> authors = new LinkedHashSet<>();
		authors.add(parent.getAuthor());
		loaded.forEach((c) -> authors.add(c.getAuthor()));
		Map<Long, AuthorLabel> labels = this.authorLabels.labels(view.dialogue(), authors, view.context(), locale);
		boolean canComment = target.open() && view.context().canContribute(view.dialogue());
		List<CommentNode> page = tree(loaded, labels, view, canComment, locale, false);
		Long laterAfter = null;
		if (page.size() > pageSize) {
			page = page.subList(0, pageSize);
			laterAfter = page.get(pageSize - 1).id();
		}
		CommentNode node = node(parent, labels, view, canComment, locale, page);
		return new CommentReplies(view, node, target, laterAfter, after == null, canComment);
	}

	/** The target of a visible comment in the viewed dialogue. */
	public java.util.Optional<CommentTarget> targetOf(DialogueView view, long commentId) {
		return this.comments.findInDialogue(commentId, view.dialogue().getId())
			.filter(Comment::isVisible)
			.map(Comment::target);
	}

	/** A target in a dialogue the viewer may read, for a page about commenting on it. */
	public CommentContext context(String slug, AccountPrincipal viewer, CommentTarget target) {
		DialogueView view = this.access.readable(slug, viewer);
		return new CommentContext(view, describe(target, view));
	}

	/**
	 * One comment as the viewer sees it, without its replies (for a reply posted in
	 * place).
	 */
	public CommentReplies single(String slug, AccountPrincipal viewer, long commentId, Locale locale) {
		DialogueView view = this.access.readable(slug, viewer);
		Comment comment = this.comments.findInDialogue(commentId, view.dialogue().getId())
			.orElseThrow(NotFoundException::new);
		CommentTargetInfo target = describe(comment.target(), view);
		Map<Long, AuthorLabel> labels = this.authorLabels.labels(view.dialogue(), List.of(comment.getAuthor()),
				view.context(), locale);
		boolean canComment = target.open() && view.context().canContribute(view.dialogue());
		return new CommentReplies(view, node(comment, labels, view, canComment, locale, List.of()), target, null, true,
				canComment);
	}

	/**
	 * Posts a comment or a reply. A second post from the same form (same token, same
	 * author) stores nothing and answers with the first one.
	 * @throws NotFoundException if the target or the parent is not in the dialogue
	 * @throws CommentRuleException if the viewer may not post there
	 */
	@Transactional
	public PostedComment post(DialogueView view, CommentTarget target, NewComment comment) {
		ViewerContext context = view.context();
		if (!context.signedIn()) {
			throw new NotFoundException();
		}
		CommentTargetInfo info = describe(target, view);
		if (!context.canContribute(view.dialogue())) {
			throw new CommentRuleException(
					view.dialogue().isOpen() ? "comment.error.not-member" : "comment.error.dialogue-closed");
		}
		if (!info.open()) {
			throw new CommentRuleException("comment.error.target-closed");
		}
		requireBody(comment.body());
		if (comment.formToken() != null && !comment.formToken().matches("[A-Za-z0-9]{1,40}")) {
			throw new CommentRuleException("form.error.token");
		}
		CommentTarget placed = target;
		int depth = 0;
		if (comment.parentId() != null) {
			Comment parent = this.comments.findInDialogue(comment.parentId(), view.dialogue().getId())
				.filter((p) -> p.getTargetType().equals(target.type()) && p.getTargetId() == target.id())
				.orElseThrow(NotFoundException::new);
			if (!parent.isVisible()) {
				throw new CommentRuleException("comment.error.parent-gone");
			}
			if (parent.getDepth() >= Comment.MAX_DEPTH) {
				throw new CommentRuleException("comment.error.too-deep");
			}
			// A reply belongs where its parent does (same paragraph, same version).
			placed = parent.target();
			depth = parent.getDepth() + 1;
		}
		String source = comment.body().strip();
		boolean held = this.moderation.holds(view);
		Long id = insertOnce(view.dialogue().getId(), placed, comment.parentId(), depth, context.viewerId(), source,
				this.markdown.toHtml(source), comment.formToken(),
				held ? CommentStatus.PENDING : CommentStatus.VISIBLE);
		if (id == null) {
			long existing = existingId(context.viewerId(), comment.formToken());
			return new PostedComment(existing, comment.parentId(), true,
					this.comments.findById(existing).map((c) -> c.getStatus() == CommentStatus.PENDING).orElse(false));
		}
		if (held) {
			this.moderation.held(view, CommentModeration.TYPE, id);
		}
		// Held comments count too: others see a placeholder in their place.
		if (comment.parentId() != null) {
			this.comments.countReply(comment.parentId());
		}
		this.events.publishEvent(
				new CommentPosted(view.dialogue().getId(), placed.type(), placed.id(), id, comment.parentId()));
		return new PostedComment(id, comment.parentId(), false, held);
	}

	/**
	 * The viewer's own comment, to edit.
	 * @throws NotFoundException if it is not theirs, not in the dialogue or deleted
	 */
	public EditableComment forEditing(String slug, AccountPrincipal viewer, long commentId) {
		DialogueView view = this.access.readable(slug, viewer);
		Comment comment = own(view, commentId);
		return new EditableComment(view, comment, describe(comment.target(), view));
	}

	/**
	 * Replaces the text of the viewer's own comment, keeping the old text in its history.
	 * @throws OptimisticLockingFailureException if it changed since
	 * {@code expectedVersion}
	 */
	@Transactional
	public EditableComment edit(String slug, AccountPrincipal viewer, long commentId, String body,
			long expectedVersion) {
		DialogueView view = this.access.readable(slug, viewer);
		Comment comment = own(view, commentId);
		CommentTargetInfo target = describe(comment.target(), view);
		if (!view.context().canContribute(view.dialogue())) {
			throw new CommentRuleException(
					view.dialogue().isOpen() ? "comment.error.not-member" : "comment.error.dialogue-closed");
		}
		if (comment.getVersion() != expectedVersion) {
			throw new OptimisticLockingFailureException("Comment " + commentId + " changed");
		}
		requireBody(body);
		String source = body.strip();
		if (!source.equals(comment.getBodySource())) {
			this.revisions.save(comment.edit(source, this.markdown.toHtml(source), this.clock.instant()));
		}
		return new EditableComment(view, comment, target);
	}

	/**
	 * Deletes the viewer's own comment: its text and history are erased, a placeholder
	 * keeps its replies in place.
	 */
	@Transactional
	public EditableComment delete(String slug, AccountPrincipal viewer, long commentId) {
		DialogueView view = this.access.readable(slug, viewer);
		Comment comment = own(view, commentId);
		CommentTargetInfo target = describe(comment.target(), view);
		this.revisions.deleteByComment(commentId);
		comment.delete(this.clock.instant());
		this.events.publishEvent(new CommentDeleted(comment.getDialogueId(), comment.getTargetType(),
				comment.getTargetId(), comment.getId()));
		return new EditableComment(view, comment, target);
	}

	/**
	 * A visible comment's current text and earlier texts, for anyone who may read it.
	 */
	public CommentHistory history(String slug, AccountPrincipal viewer, long commentId, Locale locale) {
		DialogueView view = this.access.readable(slug, viewer);
		Comment comment = this.comments.findInDialogue(commentId, view.dialogue().getId())
			.filter(Comment::isVisible)
			.orElseThrow(NotFoundException::new);
		CommentTargetInfo target = describe(comment.target(), view);
		Map<Long, AuthorLabel> labels = this.authorLabels.labels(view.dialogue(), List.of(comment.getAuthor()),
				view.context(), locale);
		return new CommentHistory(view, node(comment, labels, view, false, locale, List.of()),
				this.revisions.findByComment(commentId), target);
	}

	/**
	 * Moves every comment of one target, replies included, to another target of the same
	 * type and dialogue (a merge). The caller has checked that the viewer may merge.
	 * @return how many comments moved
	 */
	@Transactional
	public int moveAll(String type, long fromId, long toId) {
		return this.comments.moveTarget(type, fromId, toId);
	}

	/** All comments on the platform, for the admin console. */
	public long countAll() {
		return this.comments.count();
	}

	/**
	 * Visible comments in the dialogue by the stakeholder group their authors spoke for.
	 */
	Map<String, Long> countByGroup(long dialogueId) {
		Map<String, Long> counts = new HashMap<>();
		for (Object[] row : this.comments.countVisibleByGroup(dialogueId)) {
			counts.put((String) row[0], ((Number) row[1]).longValue());
		}
		return counts;
	}

	private void requireBody(String body) {
		if (body == null || body.isBlank()) {
			throw new CommentRuleException("comment.error.blank");
		}
		if (body.length() > Comment.MAX_LENGTH) {
			throw new CommentRuleException("comment.error.long");
		}
	}

	private Comment own(DialogueView view, long commentId) {
		return this.comments.findInDialogue(commentId, view.dialogue().getId())
			.filter((c) -> c.isVisible() && Objects.equals(c.getAuthor().getId(), view.context().viewerId()))
			.orElseThrow(NotFoundException::new);
	}

	private CommentTargetInfo describe(CommentTarget target, DialogueView view) {
		CommentTargets owner = this.targets.get(target.type());
		if (owner == null) {
			throw new NotFoundException();
		}
		return owner.describe(target.id(), view).orElseThrow(NotFoundException::new);
	}

	/**
	 * Inserts the comment unless the author already posted from this form.
	 * @return the new id, or {@code null} when the form had been posted before
	 */
	private Long insertOnce(long dialogueId, CommentTarget target, Long parentId, int depth, long authorId,
			String source, String html, String formToken, CommentStatus status) {
		List<?> ids = this.entityManager.createNativeQuery("""
				insert into comment (dialogue_id, target_type, target_id, target_anchor, target_version, parent_id,
				                     depth, author_id, author_group_id, body_source, body_html, form_token, created_at,
				                     status)
				select :dialogueId, :type, :targetId, :anchor, cast(:version as integer), cast(:parentId as bigint),
				       :depth, a.id, a.stakeholder_group_id, :source, :html, cast(:token as varchar), :now, :status
				from account a where a.id = :authorId
				on conflict (author_id, form_token) do nothing
				returning id""")
			.setParameter("dialogueId", dialogueId)
			.setParameter("type", target.type())
			.setParameter("targetId", target.id())
			.setParameter("anchor", target.anchor())
			.setParameter("version", target.version())
			.setParameter("parentId", parentId)
			.setParameter("depth", depth)
			.setParameter("authorId", authorId)
			.setParameter("source", source)
			.setParameter("html", html)
			.setParameter("token", formToken)
			.setParameter("now", this.clock.instant())
			.setParameter("status", status.name())
			.getResultList();
		return ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
	}

	private long existingId(long authorId, String formToken) {
		return ((Number) this.entityManager
			.createNativeQuery("select id from comment where author_id = :authorId and form_token = :token")
			.setParameter("authorId", authorId)
			.setParameter("token", formToken)
			.getSingleResult()).longValue();
	}

	/**
	 * Arranges loaded comments into trees: the roots (the comments without a loaded
	 * parent) newest first or oldest first, replies oldest first.
	 */
	private List<CommentNode> tree(List<Comment> loaded, Map<Long, AuthorLabel> labels, DialogueView view,
			boolean canComment, Locale locale, boolean newestFirst) {
		Map<Long, Comment> byId = new HashMap<>();
		loaded.forEach((c) -> byId.put(c.getId(), c));
		Map<Long, List<Comment>> children = new HashMap<>();
		List<Comment> roots = new ArrayList<>();
		for (Comment c : loaded) {
			if (c.getParentId() != null && byId.containsKey(c.getParentId())) {
				children.computeIfAbsent(c.getParentId(), (k) -> new ArrayList<>()).add(c);
			}
			else {
				roots.add(c);
			}
		}
		Comparator<Comment> oldestFirst = Comparator.comparing(Comment::getId);
		roots.sort(newestFirst ? oldestFirst.reversed() : oldestFirst);
		List<CommentNode> nodes = new ArrayList<>();
		for (Comment root : roots) {
			nodes.add(build(root, children, labels, view, canComment, locale));
		}
		return nodes;
	}

	private CommentNode build(Comment comment, Map<Long, List<Comment>> children, Map<Long, AuthorLabel> labels,
			DialogueView view, boolean canComment, Locale locale) {
		List<Comment> replies = new ArrayList<>(children.getOrDefault(comment.getId(), List.of()));
		replies.sort(Comparator.comparing(Comment::getId));
		List<CommentNode> replyNodes = new ArrayList<>();
		for (Comment reply : replies) {
			replyNodes.add(build(reply, children, labels, view, canComment, locale));
		}
		return node(comment, labels, view, canComment, locale, replyNodes);
	}

	private static CommentNode node(Comment c, Map<Long, AuthorLabel> labels, DialogueView view, boolean canComment,
			Locale locale, List<CommentNode> replies) {
		ViewerContext viewer = view.context();
		boolean visible = c.isVisible();
		boolean authored = Objects.equals(c.getAuthor().getId(), viewer.viewerId());
		boolean mine = visible && authored;
		boolean moderates = viewer.facilitates();
		// Hidden and held text: its author and moderators see it, marked; others a
		// placeholder.
		boolean shown = visible || ((c.getStatus() == CommentStatus.HIDDEN || c.getStatus() == CommentStatus.PENDING)
				&& (authored || moderates));
		return new CommentNode(c.getId(), c.getParentId(), c.getDepth(), c.getStatus(), shown ? c.getBodyHtml() : null,
				labels.get(c.getAuthor().getId()), c.getAuthorGroup().label(locale), c.getCreatedAt(), c.getEditedAt(),
				c.getTargetAnchor(), c.getTargetVersion(), c.getReplyCount(), replies, mine,
				canComment && visible && c.getDepth() < Comment.MAX_DEPTH, c.getHiddenAt(), c.getHiddenReason(),
				authored, moderates, visible && !authored && viewer.canContribute(view.dialogue()));
	}

}
