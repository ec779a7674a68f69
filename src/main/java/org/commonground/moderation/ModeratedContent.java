package org.commonground.moderation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.commonground.dialogue.DialogueView;

/**
 * Implemented by each module whose contributions can be reported and moderated
 * (challenges, comments). The moderation module decides; the owner shows, hides and
 * counts. Implementations change their own tables only.
 */
public interface ModeratedContent {

	/** The content type this implementation answers for, such as {@code COMMENT}. */
	String type();

	/** The path segment of its pages under a dialogue, such as {@code comments}. */
	String pathSegment();

	/** The contributions with these ids, in any state, in no particular order. */
	List<ModeratedItem> find(Collection<Long> ids);

	/**
	 * Whether the viewer may see the place the contribution lives in, by the same rule as
	 * the contribution's own pages: a comment only where its challenge or draft can be
	 * seen (not under a challenge hidden from the viewer). The contribution's own hidden
	 * or held state is its moderation case's, checked by the moderation module.
	 */
	boolean readable(long id, DialogueView view);

	/**
	 * Hides a contribution from everyone but its author and moderators, leaving a
	 * placeholder that gives the date and the reason.
	 */
	void hide(long id, String reason, Instant at);

	/** Shows a hidden or held contribution again. */
	void show(long id);

	/** Contributions of an author in a dialogue that everyone can see. */
	long countVisible(long dialogueId, long authorId);

}
