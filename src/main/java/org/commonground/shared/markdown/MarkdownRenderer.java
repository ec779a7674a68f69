package org.commonground.shared.markdown;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import org.springframework.stereotype.Component;

/**
 * Turns user Markdown into safe HTML, once, when the text is written: commonmark with raw
 * HTML escaped and unsafe URLs dropped, then the OWASP sanitizer with an allowlist. Links
 * may only be http, https or mailto and always get {@code rel="nofollow ugc noopener"};
 * images are not allowed (they would load from other hosts on slow links). A link whose
 * URL is refused ({@code javascript:}, {@code data:}, an empty one…) becomes its plain
 * text, so that no live link without a destination is left behind. Headings are moved two
 * levels down (# is {@code h3}, ###### stays {@code h6}): the text always sits under the
 * page's own {@code h1} and {@code h2} (the vision's "Version 3 of 3", a section's
 * heading), so that the outline keeps one {@code h1} and a sane order (migration V112
 * moved the stored ones).
 */
@Component
public class MarkdownRenderer {

	private static final Parser PARSER = Parser.builder().build();

	private static final UrlSanitizer URLS = new DefaultUrlSanitizer(List.of("http", "https", "mailto"));

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.escapeHtml(true)
		.sanitizeUrls(true)
		.urlSanitizer(URLS)
		.softbreak("<br>")
		.build();

	/** How many levels user headings go down: # under the page's h1 and h2. */
	static final int HEADING_SHIFT = 2;

	private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements("a")
			.allowUrlProtocols("http", "https", "mailto")
			.allowAttributes("href")
			.onElements("a")
			.requireRelsOnLinks("nofollow", "ugc", "noopener")
			.toFactory())
		.and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr", "br").toFactory());

	/**
	 * Sanitized HTML for the Markdown source, for a page where it sits under an h1 and an
	 * h2; empty for a blank source.
	 */
	public String toHtml(String markdown) {
		return toHtml(markdown, HEADING_SHIFT);
	}

	/**
	 * Sanitized HTML for the Markdown source whose headings go down {@code headingShift}
	 * levels (1 for a text right under the page's h1, such as a newsletter issue); empty
	 * for a blank source.
	 */
	public String toHtml(String markdown, int headingShift) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		Node document = PARSER.parse(markdown);
		unlinkRefusedUrls(document);
		shiftHeadings(document, headingShift);
		return POLICY.sanitize(RENDERER.render(document));
	}

	/**
	 * The text of the Markdown source without its markup (emphasis, headings, list
	 * markers; a link as its text and address), with its paragraphs and line breaks, for
	 * places that take plain text only, such as a calendar file's description. Not HTML:
	 * the caller escapes it as its format requires. Empty for a blank source.
	 */
	public static String toPlainText(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return TEXT.render(PARSER.parse(markdown)).strip();
	}

	private static void shiftHeadings(Node document, int shift) {
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Heading heading) {
				heading.setLevel(Math.min(heading.getLevel() + shift, 6));
				visitChildren(heading);
			}
		});
	}

	/** Replaces each link whose URL the sanitizer would drop by its content. */
	private static void unlinkRefusedUrls(Node document) {
		List<Link> refused = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Link link) {
				if (URLS.sanitizeLinkUrl(link.getDestination()).isEmpty()) {
					refused.add(link);
				}
				else {
					visitChildren(link);
				}
			}
		});
		for (Link link : refused) {
			Node child = link.getFirstChild();
			while (child != null) {
				Node next = child.getNext();
				link.insertBefore(child);
				child = next;
			}
			link.unlink();
		}
	}

}
