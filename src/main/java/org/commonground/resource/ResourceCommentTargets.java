package org.commonground.resource;

import java.util.Optional;

import org.commonground.comment.CommentTarget;
import org.commonground.comment.CommentTargetInfo;
import org.commonground.comment.CommentTargets;
import org.commonground.dialogue.DialogueView;

import org.springframework.stereotype.Component;

/**
 * Resources (blog posts above all) as comment targets: a resource of the viewed dialogue
 * takes comments while the dialogue does. Reads the repository, not
 * {@link ResourceService}, which itself needs the comment module.
 */
@Component
class ResourceCommentTargets implements CommentTargets {

	private final ResourceRepository resources;

	ResourceCommentTargets(ResourceRepository resources) {
		this.resources = resources;
	}

	@Override
	public String type() {
		return ResourceService.TARGET_TYPE;
	}

	@Override
	public Optional<CommentTargetInfo> describe(CommentTarget target, DialogueView view) {
		if (!target.anchor().isEmpty() || target.version() != null) {
			return Optional.empty();
		}
		String path = "/dialogues/" + view.dialogue().getSlug() + "/resources/" + target.id();
		return this.resources.findInDialogue(target.id(), view.dialogue().getId())
			.map((r) -> CommentTargetInfo.of(r.getTitle(), path, true));
	}

}
