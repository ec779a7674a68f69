package org.commonground.shared.markdown;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTest {

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	@Test
	void rendersFormattingListsAndSafeLinks() {
		String html = this.renderer.toHtml("**Mercury** in *Geita*\n\n- one\n- two\n\n[IIED](https://www.iied.org)");
		assertThat(html).contains("<strong>Mercury</strong>")
			.contains("<em>Geita</em>")
			.contains("<li>one</li>")
			.contains("href=\"https://www.iied.org\"")
			.containsPattern("rel=\"(?=[^\"]*nofollow)(?=[^\"]*ugc)(?=[^\"]*noopener)[a-z ]+\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))",
			"[x](JaVaScRiPt:alert(1))", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
			"![x](https://evil.example/pixel.png)", "<svg onload=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>",
			"[x](&#106;avascript:alert(1))", "<iframe src=https://evil.example>",
			"<div style=\"background:url(javascript:alert(1))\">x</div>" })
	void neutralisesMarkupThatCouldRunScriptOrLoadFromElsewhere(String attack) {
		String html = this.renderer.toHtml(attack).toLowerCase();
		assertThat(html).doesNotContain("<script")
			.doesNotContain("<img")
			.doesNotContain("<svg")
			.doesNotContain("<iframe")
			.doesNotContainPattern("<[^>]*(onerror|onload|style=|javascript:|data:text)[^>]*>")
			.doesNotContainPattern("href=\"(?!https?:|mailto:|\")");
	}

	@ParameterizedTest
	@ValueSource(strings = { "[link](javascript:alert(1))", "[link](JavaScript:alert(1))",
			"[link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "[link](vbscript:msgbox(1))",
			"[link](&#106;avascript:alert(1))", "[link]()", "<javascript:alert(1)>" })
	void aLinkWhoseUrlIsRefusedBecomesPlainText(String markdown) {
		String html = this.renderer.toHtml("See " + markdown + " here");
		assertThat(html).doesNotContain("<a").doesNotContain("href").startsWith("<p>See ").endsWith(" here</p>\n");
		if (markdown.startsWith("[link]")) {
			assertThat(html).isEqualTo("<p>See link here</p>\n");
		}
	}

	@Test
	void anAllowedLinkStaysALinkWithItsRel() {
		String html = this.renderer
			.toHtml("See [the report](https://www.iied.org/mercury) and [**bold**](javascript:x)");
		assertThat(html).contains("<a href=\"https://www.iied.org/mercury\"")
			.containsPattern(
					"<a href=\"https://www.iied.org/mercury\" rel=\"(?=[^\"]*nofollow)(?=[^\"]*ugc)(?=[^\"]*noopener)[a-z ]+\">the report</a>")
			.contains("and <strong>bold</strong>")
			.containsOnlyOnce("<a ");
	}

	@Test
	void headingsGoUnderThePagesOwnH1AndH2() {
		String html = this.renderer.toHtml("# Geita 2030\n\n## Water\n\n### Rivers\n\n#### a\n\n##### b\n\n###### c");
		assertThat(html).doesNotContain("<h1>")
			.doesNotContain("<h2>")
			.contains("<h3>Geita 2030</h3>")
			.contains("<h4>Water</h4>")
			.contains("<h5>Rivers</h5>")
			.contains("<h6>a</h6>")
			.contains("<h6>b</h6>")
			.contains("<h6>c</h6>");
	}

	@Test
	void headingsGoDownAsManyLevelsAsAsked() {
		assertThat(this.renderer.toHtml("# News\n\n## Prices", 1)).contains("<h2>News</h2>")
			.contains("<h3>Prices</h3>");
	}

	@Test
	void blankTextGivesNothing() {
		assertThat(this.renderer.toHtml(null)).isEmpty();
		assertThat(this.renderer.toHtml("   ")).isEmpty();
	}

}
