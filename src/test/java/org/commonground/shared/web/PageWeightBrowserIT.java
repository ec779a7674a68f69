package org.commonground.shared.web;

import org.commonground.account.AccountRole;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.DisplayMode;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.support.Browser;
import org.commonground.support.IntegrationTest;
import org.commonground.support.TestAccounts;
import org.commonground.support.TestChallenges;
import org.commonground.support.TestDialogues;
import org.commonground.vision.VisionService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * P7: on a slow link a first visit transfers at most 60 KB (HTML, CSS, images, scripts,
 * compressed) and a later page at most 15 KB. Only pages with comment forms load a script
 * (htmx, which they work without). Measured in a real browser with the Resource Timing
 * API; the first visits to a challenge page and to the vision page with JavaScript on and
 * off.
 */
class PageWeightBrowserIT extends IntegrationTest {

	private static final long FIRST_VISIT = 60 * 1024;

	private static final long LATER_VISIT = 15 * 1024;

	@Value("${local.server.port}")
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Autowired
	TestChallenges challenges;

	@Autowired
	VisionService visions;

	@Test
	void pagesAreSmallForSlowLinksAndLoadNoScript() {
		String facilitator = this.accounts.create("Weight Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String slug = this.dialogues.create(facilitator, "Weighed dialogue", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		try (Browser browser = Browser.open(this.port)) {
			browser.go("/");
			long first = transferred(browser);
			assertThat(first).as("first visit to the home page, bytes").isPositive().isLessThanOrEqualTo(FIRST_VISIT);
			for (String path : new String[] { "/dialogues", "/dialogues/" + slug, "/register", "/login" }) {
				browser.go(path);
				assertThat(transferred(browser)).as("later visit to %s, bytes", path).isLessThanOrEqualTo(LATER_VISIT);
				assertThat(browser.driver().findElements(org.openqa.selenium.By.tagName("script"))).as(path).isEmpty();
			}
		}
		String member = this.accounts.participant("Weight Member");
		this.dialogues.addMember(slug, facilitator, member, DisplayMode.NAMED);
		long challenge = this.challenges.raise(slug, member, "A discussed challenge", "FINANCE");
		long other = this.challenges.raise(slug, member, "Another discussed challenge", "FINANCE");
		this.challenges.bulkComments(slug, member, challenge, 50, 10);
		this.challenges.bulkComments(slug, member, other, 50, 10);
		StringBuilder vision = new StringBuilder("# Our shared vision\n\n");
		for (int i = 1; i <= 12; i++) {
			vision.append("Paragraph ")
				.append(i)
				.append(": small-scale miners hold licences, work without mercury and sell on certified scales ")
				.append("at a published price, and the district keeps its rivers clean.\n\n");
		}
		this.dialogues.as(facilitator, (me) -> this.visions.publish(slug, me, vision.toString(), "First", null));
		String base = "/dialogues/" + slug + "/challenges/";
		for (boolean javaScript : new boolean[] { true, false }) {
			String mode = javaScript ? "JavaScript on" : "JavaScript off";
			try (Browser browser = javaScript ? Browser.open(this.port) : Browser.openWithoutJavaScript(this.port)) {
				browser.go(base + challenge);
				long first = transferred(browser);
				// Printed for docs/benchmarks.md (P7).
				System.out.printf("P7 first visit to a challenge with 50 comments, %s: %d bytes%n", mode, first);
				assertThat(first).as("first visit to a challenge with 50 comments, %s, bytes", mode)
					.isLessThanOrEqualTo(FIRST_VISIT);
				assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector("script[src*=htmx]")))
					.hasSize(1);
				assertThat(htmxRan(browser)).as("htmx ran, %s", mode).isEqualTo(javaScript);
				for (String path : new String[] { "/dialogues/" + slug + "/challenges", base + other }) {
					browser.go(path);
					assertThat(transferred(browser)).as("later visit to %s, %s, bytes", path, mode)
						.isLessThanOrEqualTo(LATER_VISIT);
				}
			}
			try (Browser browser = javaScript ? Browser.open(this.port) : Browser.openWithoutJavaScript(this.port)) {
				browser.go("/dialogues/" + slug + "/vision");
				assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector("main p")))
					.as("the vision's paragraphs")
					.hasSizeGreaterThanOrEqualTo(12);
				long first = transferred(browser);
				System.out.printf("P7 first visit to a vision of 12 paragraphs, %s: %d bytes%n", mode, first);
				assertThat(first).as("first visit to the vision page, %s, bytes", mode)
					.isLessThanOrEqualTo(FIRST_VISIT);
			}
		}
	}

	/** Whether the page's htmx script ran (it defines {@code window.htmx}). */
	private static boolean htmxRan(Browser browser) {
		return (Boolean) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
			.executeScript("return typeof window.htmx === 'object';");
	}

	/**
	 * Bytes the browser fetched over the network for the current page and its resources.
	 */
	private static long transferred(Browser browser) {
		Object bytes = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
			.executeScript("return performance.getEntriesByType('navigation')"
					+ ".concat(performance.getEntriesByType('resource'))"
					+ ".reduce(function (sum, e) { return sum + (e.transferSize || 0); }, 0);");
		return ((Number) bytes).longValue();
	}

}
