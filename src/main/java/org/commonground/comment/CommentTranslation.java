package org.commonground.comment;

/**
 * A translation of a comment, shown below the original.
 *
 * @param language the language it is in
 * @param html its text, rendered from Markdown and sanitized by MarkdownRenderer when it
 * was saved
 * @param translator the name of who made it
 */
public record CommentTranslation(String language, String html, String translator) {
}
