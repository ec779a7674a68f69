package org.commonground.comment;

import java.time.ZoneId;

/**
 * The outcome of posting.
 *
 * @param id the comment's id
 * @param parentId the comment it replies to, or {@code null}
 * @param repeated whether it had been posted before from the same form (nothing new was
 * stored)
 * @param held whether it waits for a moderator's approval (pre-moderation)
 * @param target where it was placed (a reply goes where its parent is)
 * @param path the page that shows its target
 * @param zone the dialogue's time zone, in which the comment's time is shown
 */
public record PostedComment(long id, Long parentId, boolean repeated, boolean held, CommentTarget target, String path,
		ZoneId zone) {

	/** A posted comment in a dialogue whose times show in UTC. */
	public PostedComment(long id, Long parentId, boolean repeated, boolean held, CommentTarget target, String path) {
		this(id, parentId, repeated, held, target, path, ZoneId.of("UTC"));
	}

}
