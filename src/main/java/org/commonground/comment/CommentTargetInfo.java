package org.commonground.comment;

/**
 * What the comment module needs to know about a target.
 *
 * @param title its title, shown as context above a comment's own page
 * @param path the page that shows it with its comments
 * @param commentsPath where new comments and replies on it are posted
 * @param open whether it takes new comments (a merged challenge does not)
 */
public record CommentTargetInfo(String title, String path, String commentsPath, boolean open) {
}
