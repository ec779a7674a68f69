package org.commonground.shared.markdown;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import org.springframework.stereotype.Component;

/**
 * Turns user Markdown into safe HTML, once, when the text is written: commonmark with raw
 * HTML escaped and unsafe URLs dropped, then the OWASP sanitizer with an allowlist. Links
 * may only be http, https or mailto and always get {@code rel="nofollow ugc noopener"};
 * images are not allowed (they would load from other hosts on slow links).
 */
@Component
public class MarkdownRenderer {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.escapeHtml(true)
		.sanitizeUrls(true)
		.softbreak("<br>")
		.build();

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements("a")
			.allowUrlProtocols("http", "https", "mailto")
			.allowAttributes("href")
			.onElements("a")
			.requireRelsOnLinks("nofollow", "ugc", "noopener")
			.toFactory())
		.and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr", "br").toFactory());

	/** Sanitized HTML for the Markdown source; empty for a blank source. */
	public String toHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
	}

}
