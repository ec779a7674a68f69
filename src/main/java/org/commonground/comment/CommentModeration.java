package org.commonground.comment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.commonground.dialogue.DialogueView;
import org.commonground.moderation.ModeratedContent;
import org.commonground.moderation.ModeratedItem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments as the moderation module sees them. Hiding keeps the row, its replies and its
 * place in the thread; readers see a placeholder with the date and the reason. Reads and
 * writes the repository, not {@link CommentPosting}, which itself asks the moderation
 * module about pre-moderation; a comment is readable where its target is, by the same
 * rule as on the comment's own pages ({@link CommentViews#find}).
 */
@Component
class CommentModeration implements ModeratedContent {

	static final String TYPE = "COMMENT";

	private final CommentRepository comments;

	private final CommentViews targets;

	private final ApplicationEventPublisher events;

	CommentModeration(CommentRepository comments, CommentViews targets, ApplicationEventPublisher events) {
		this.comments = comments;
		this.targets = targets;
		this.events = events;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public String pathSegment() {
		return "comments";
	}

	@Override
	@Transactional(readOnly = true)
	public List<ModeratedItem> find(Collection<Long> ids) {
		return this.comments.findAllById(ids)
			.stream()
			.map((c) -> new ModeratedItem(TYPE, c.getId(), c.getDialogueId(), c.getAuthorId(), null, c.getBodyHtml(),
					"comments/" + c.getId(), c.getCreatedAt(), c.getLanguage()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean readable(long id, DialogueView view) {
		return this.comments.findInDialogue(id, view.dialogue().getId())
			.flatMap((c) -> this.targets.find(c.target(), view))
			.isPresent();
	}

	@Override
	@Transactional
	public void hide(long id, String reason, Instant at) {
		this.comments.findById(id).filter(Comment::isVisible).ifPresent((c) -> changed(c, false));
		this.comments.hide(id, reason, at);
	}

	@Override
	@Transactional
	public void show(long id) {
		this.comments.findById(id)
			.filter((c) -> c.getStatus() == CommentStatus.HIDDEN || c.getStatus() == CommentStatus.PENDING)
			.ifPresent((c) -> changed(c, true));
		this.comments.show(id);
	}

	private void changed(Comment comment, boolean visible) {
		this.events.publishEvent(new CommentVisibilityChanged(comment.getDialogueId(), comment.getTargetType(),
				comment.getTargetId(), comment.getId(), visible));
	}

	@Override
	@Transactional(readOnly = true)
	public long countVisible(long dialogueId, long authorId) {
		return this.comments.countVisibleBy(dialogueId, authorId);
	}

}
