package org.commonground.comment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.commonground.dialogue.DialogueView;

import org.springframework.stereotype.Component;

/**
 * The one visibility rule for comments: a comment can be seen only where its target can
 * (a comment under a hidden challenge is as hidden as the challenge). Every route that
 * shows a comment, the comment module's own and the moderation module's report and review
 * forms, asks here.
 */
@Component
class CommentTargetAccess {

	private final Map<String, CommentTargets> targets;

	CommentTargetAccess(List<CommentTargets> targets) {
		this.targets = targets.stream().collect(Collectors.toMap(CommentTargets::type, Function.identity()));
	}

	/** The target in the viewed dialogue, if the viewer may read it. */
	Optional<CommentTargetInfo> describe(CommentTarget target, DialogueView view) {
		CommentTargets owner = this.targets.get(target.type());
		return (owner != null) ? owner.describe(target.id(), view) : Optional.empty();
	}

}
