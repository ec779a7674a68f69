package org.commonground.vision;

/**
 * A facilitator's translation of one paragraph of a version.
 *
 * @param language the language it is in
 * @param source its Markdown, as typed
 * @param html its text, rendered from Markdown and sanitized by MarkdownRenderer when it
 * was saved
 * @param outOfDate whether it translates an earlier wording of the paragraph (carried
 * into a version that changed the paragraph) and waits for a facilitator to update it
 */
public record ParagraphTranslation(String language, String source, String html, boolean outOfDate) {
}
