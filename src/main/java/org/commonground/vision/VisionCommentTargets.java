package org.commonground.vision;

import java.util.Optional;

import org.commonground.comment.CommentTargetInfo;
import org.commonground.comment.CommentTargets;
import org.commonground.dialogue.DialogueView;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Visions as comment targets (the target id is the draft's): new comments go to the
 * newest version. Reads the repository, not {@link VisionService}, which itself needs the
 * comment module.
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
	public Optional<CommentTargetInfo> describe(long targetId, DialogueView view) {
		String slug = view.dialogue().getSlug();
		return this.visions.findByDialogue(view.dialogue().getId())
			.filter((draft) -> draft.getId() == targetId)
			.map((draft) -> this.visions.findLatestNumber(draft.getId()))
			.map((latest) -> new CommentTargetInfo(
					this.messages.getMessage("vision.title.short", null, LocaleContextHolder.getLocale()),
					"/dialogues/" + slug + "/vision", "/dialogues/" + slug + "/vision/versions/" + latest + "/comments",
					true));
	}

}
