package org.commonground.comment;

/**
 * What the comment module needs to know about a target, as one viewer sees it.
 *
 * @param title its title, shown as context above a comment's own page
 * @param path the page that shows it with its comments (where a new comment is shown)
 * @param open whether it takes comments and replies at all (a merged or locked challenge
 * does not)
 * @param refusal why the viewer may not start a new top-level comment here while replies
 * are still taken (a message key, such as "only the newest version takes new comments"),
 * or {@code null} when they may
 */
public record CommentTargetInfo(String title, String path, boolean open, String refusal) {

	/** A target that takes new comments and replies alike, or neither. */
	public static CommentTargetInfo of(String title, String path, boolean open) {
		return new CommentTargetInfo(title, path, open, null);
	}

}
