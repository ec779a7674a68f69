package org.commonground.comment;

import java.util.Optional;

import org.commonground.dialogue.DialogueView;

/**
 * Implemented by each module whose things can be commented on. The comment module asks it
 * whether a target exists in a dialogue, where it lives and whether it takes comments.
 */
public interface CommentTargets {

	/** The target type this implementation answers for, such as {@code CHALLENGE}. */
	String type();

	/**
	 * The target in the viewed dialogue, if it exists there and the viewer may read it;
	 * empty otherwise (the caller answers 404).
	 */
	Optional<CommentTargetInfo> describe(long targetId, DialogueView view);

}
