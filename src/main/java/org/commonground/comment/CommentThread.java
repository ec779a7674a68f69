package org.commonground.comment;

import java.util.List;
import java.util.Map;

import org.commonground.dialogue.AuthorLabel;

/**
 * One page of a target's comments, newest first.
 *
 * @param target the thing commented on, for the form of a new comment
 * @param comments top-level comments with their first replies
 * @param olderBefore the keyset of the next (older) page, or {@code null} if none
 * @param newest whether this is the first page
 * @param canComment whether the viewer may post here
 * @param labels author labels of the comments and of the other authors asked for
 */
public record CommentThread(CommentTarget target, List<CommentNode> comments, Long olderBefore, boolean newest,
		boolean canComment, Map<Long, AuthorLabel> labels) {

	public boolean hasOlder() {
		return this.olderBefore != null;
	}

	public AuthorLabel label(long accountId) {
		return this.labels.get(accountId);
	}

}
