package org.commonground.vision;

import java.util.List;
import java.util.Optional;

import org.commonground.comment.CommentTarget;
import org.commonground.comment.CommentTargetInfo;
import org.commonground.comment.CommentTargets;
import org.commonground.dialogue.DialogueView;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Visions as comment targets: the target id is the draft's, the version the one read, the
 * anchor a paragraph key ('' for the version as a whole). A version or paragraph that is
 * not there is not found; new comments go only to the newest version, replies to any.
 * Reads the repository, not {@link VisionService}, which itself needs the comment module.
 */
@Component
class VisionCommentTargets implements CommentTargets {

	private final VisionRepository visions;

	private final MessageSource messages;

	VisionCommentTargets(VisionRepository visions, MessageSource messages) {
		this.visions = visions;
		this.messages = messages;
	}

	@Override
	public String type() {
		return VisionService.TARGET_TYPE;
	}

	@Override
	public Optional<CommentTargetInfo> describe(CommentTarget target, DialogueView view) {
		if (target.version() == null) {
			return Optional.empty();
		}
		List<Object[]> found = this.visions.findCommentable(view.dialogue().getId(), target.id(), target.version(),
				target.anchor());
		if (found.isEmpty() || !Boolean.TRUE.equals(found.get(0)[1])) {
			return Optional.empty();
		}
		boolean newest = Boolean.TRUE.equals(found.get(0)[0]);
		String path = "/dialogues/" + view.dialogue().getSlug() + "/vision/versions/" + target.version();
		return Optional.of(new CommentTargetInfo(
				this.messages.getMessage("vision.title.short", null, LocaleContextHolder.getLocale()), path, true,
				newest ? null : "vision.error.old-version"));
	}

}
