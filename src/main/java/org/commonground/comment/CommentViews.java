package org.commonground.comment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.commonground.dialogue.AuthorLabel;
import org.commonground.dialogue.AuthorLabelPolicy;
import org.commonground.dialogue.DialogueView;
import org.commonground.dialogue.ViewerContext;
import org.commonground.shared.web.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * What the comment services share: finding out from its owning module what a target is,
 * and turning loaded comments into the trees and nodes a viewer sees (author labels for
 * all of them from one query, placeholders for hidden and held text).
 */
@Component
class CommentViews {

	private final Map<String, CommentTargets> targets;

	private final AuthorLabelPolicy authorLabels;

	CommentViews(List<CommentTargets> targets, AuthorLabelPolicy authorLabels) {
		this.targets = targets.stream().collect(Collectors.toMap(CommentTargets::type, Function.identity()));
		this.authorLabels = authorLabels;
	}

	/**
	 * The target as its owning module describes it to this viewer.
	 * @throws NotFoundException if no module owns the type, or the target is not in the
	 * dialogue or not readable
	 */
	CommentTargetInfo describe(CommentTarget target, DialogueView view) {
		return find(target, view).orElseThrow(NotFoundException::new);
	}

	/**
	 * The one visibility rule for comments: a comment can be seen only where its target
	 * can (a comment under a hidden challenge is as hidden as the challenge). Every route
	 * that shows a comment, the comment module's own and the moderation module's report
	 * and review forms, asks here.
	 */
	Optional<CommentTargetInfo> find(CommentTarget target, DialogueView view) {
		CommentTargets owner = this.targets.get(target.type());
		return (owner != null) ? owner.describe(target, view) : Optional.empty();
	}

	/**
	 * Labels of the authors of {@code comments} and of the accounts {@code others}, in
	 * one query.
	 */
	Map<Long, AuthorLabel> labels(DialogueView view, Collection<Comment> comments, Collection<Long> others,
			Locale locale) {
		Set<Long> authors = new LinkedHashSet<>(others);
		comments.forEach((c) -> authors.add(c.getAuthorId()));
		return this.authorLabels.labels(view.dialogue(), authors, view.context(), locale);
	}

	/**
	 * Arranges loaded comments into trees: the roots (the comments without a loaded
	 * parent) newest first or oldest first, replies oldest first.
	 */
	List<CommentNode> tree(List<Comment> loaded, Map<Long, AuthorLabel> labels, DialogueView view, boolean canComment,
			Locale locale, boolean newestFirst) {
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

	CommentNode node(Comment c, Map<Long, AuthorLabel> labels, DialogueView view, boolean canComment, Locale locale,
			List<CommentNode> replies) {
		ViewerContext viewer = view.context();
		boolean visible = c.isVisible();
		boolean authored = Objects.equals(c.getAuthorId(), viewer.viewerId());
		boolean mine = visible && authored;
		boolean moderates = viewer.facilitates();
		// Hidden and held text: its author and moderators see it, marked; others a
		// placeholder.
		boolean shown = visible || ((c.getStatus() == CommentStatus.HIDDEN || c.getStatus() == CommentStatus.PENDING)
				&& (authored || moderates));
		return new CommentNode(c.getId(), c.getParentId(), c.getDepth(), c.getStatus(), shown ? c.getBodyHtml() : null,
				labels.get(c.getAuthorId()),
				this.authorLabels.speakingAs(labels.get(c.getAuthorId()), c.getAuthorGroupId(), locale),
				c.getCreatedAt(), c.getEditedAt(), c.getTargetAnchor(), c.getTargetVersion(), c.getReplyCount(),
				replies, mine, canComment && visible && c.getDepth() < Comment.MAX_DEPTH, c.getHiddenAt(),
				c.getHiddenReason(), authored, moderates, visible && !authored && viewer.canContribute(view.dialogue()),
				c.getLanguage(), visible ? c.getTranslations() : List.of(), c.getRecorded(),
				viewer.translatesContributions());
	}

	/** Whether the viewer may take part in a target's discussion. */
	static boolean canComment(CommentTargetInfo target, DialogueView view) {
		return target.open() && view.context().canContribute(view.dialogue());
	}

	static void requireBody(String body) {
		if (body == null || body.isBlank()) {
			throw new CommentRuleException("comment.error.blank");
		}
		if (body.length() > Comment.MAX_LENGTH) {
			throw new CommentRuleException("comment.error.long");
		}
	}

}
