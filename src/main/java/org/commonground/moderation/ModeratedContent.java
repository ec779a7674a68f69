package org.commonground.moderation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

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
	 * Hides a contribution from everyone but its author and moderators, leaving a
	 * placeholder that gives the date and the reason.
	 */
	void hide(long id, String reason, Instant at);

	/** Shows a hidden or held contribution again. */
	void show(long id);

	/** Contributions of an author in a dialogue that everyone can see. */
	long countVisible(long dialogueId, long authorId);

}
