package org.commonground.comment;

import java.util.Optional;

import org.commonground.dialogue.DialogueView;

/**
 * Implemented by each module whose things can be commented on. The comment module owns
 * every comment route; it asks the owner only whether a target exists in the viewed
 * dialogue for this viewer, what it is called, where it is shown and whether it takes
 * comments.
 */
public interface CommentTargets {

	/** The target type this implementation answers for, such as {@code CHALLENGE}. */
	String type();

	/**
	 * The target (and its anchor and version, where it has them) in the viewed dialogue,
	 * if it exists there and the viewer may read it; empty otherwise (the caller answers
	 * 404).
	 */
	Optional<CommentTargetInfo> describe(CommentTarget target, DialogueView view);

}
