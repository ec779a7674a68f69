package org.commonground.comment;

import java.time.Clock;
import java.util.Objects;

import org.commonground.account.AccountPrincipal;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueView;
import org.commonground.shared.markdown.MarkdownRenderer;
import org.commonground.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing comments after they were posted: their authors edit them (the old text kept in
 * the history) and delete them (a placeholder keeps the replies in place); a merge moves
 * a target's comments to another target.
 */
@Service
@Transactional(readOnly = true)
public class CommentEditing {

	private final CommentRepository comments;

	private final CommentRevisionRepository revisions;

	private final CommentViews views;

	private final DialogueAccess access;

	private final MarkdownRenderer markdown;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CommentEditing(CommentRepository comments, CommentRevisionRepository revisions, CommentViews views,
			DialogueAccess access, MarkdownRenderer markdown, ApplicationEventPublisher events, Clock clock) {
		this.comments = comments;
		this.revisions = revisions;
		this.views = views;
		this.access = access;
		this.markdown = markdown;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The viewer's own comment, to edit.
	 * @throws NotFoundException if it is not theirs, not in the dialogue or deleted
	 */
	public EditableComment forEditing(String slug, AccountPrincipal viewer, long commentId) {
		DialogueView view = this.access.readable(slug, viewer);
		Comment comment = own(view, commentId);
		return new EditableComment(view, comment, this.views.describe(comment.target(), view));
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
		CommentTargetInfo target = this.views.describe(comment.target(), view);
		if (!view.context().canContribute(view.dialogue())) {
			throw new CommentRuleException(
					view.dialogue().isOpen() ? "comment.error.not-member" : "comment.error.dialogue-closed");
		}
		if (comment.getVersion() != expectedVersion) {
			throw new OptimisticLockingFailureException("Comment " + commentId + " changed");
		}
		CommentViews.requireBody(body);
		String source = body.strip();
		if (!source.equals(comment.getBodySource())) {
			this.revisions.save(comment.edit(source, this.markdown.toHtml(source), this.clock.instant()));
		}
		return new EditableComment(view, comment, target);
	}

	/**
	 * Deletes the viewer's own comment: its text, history and translations are erased, a
	 * placeholder keeps its replies in place.
	 */
	@Transactional
	public EditableComment delete(String slug, AccountPrincipal viewer, long commentId) {
		DialogueView view = this.access.readable(slug, viewer);
		Comment comment = own(view, commentId);
		CommentTargetInfo target = this.views.describe(comment.target(), view);
		boolean wasVisible = comment.isVisible();
		this.revisions.deleteByComment(commentId);
		this.comments.deleteTranslations(commentId);
		comment.delete(this.clock.instant());
		this.events.publishEvent(new CommentDeleted(comment.getDialogueId(), comment.getTargetType(),
				comment.getTargetId(), comment.getId(), wasVisible));
		return new EditableComment(view, comment, target);
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

	private Comment own(DialogueView view, long commentId) {
		return this.comments.findInDialogue(commentId, view.dialogue().getId())
			.filter((c) -> c.isVisible() && Objects.equals(c.getAuthorId(), view.context().viewerId()))
			.orElseThrow(NotFoundException::new);
	}

}
