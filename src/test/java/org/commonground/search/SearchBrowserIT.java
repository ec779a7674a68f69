package org.commonground.search;

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
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor on a 360 px phone without JavaScript searches from the header box, narrows by
 * type with the filters, follows a result to the comment, then searches in Swahili.
 */
class SearchBrowserIT extends IntegrationTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Autowired
	TestChallenges challenges;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aVisitorSearchesFromTheHeaderOnAPhoneWithoutJavaScript() {
		String tag = SearchIT.uniqueWord();
		String facilitator = this.accounts.create("Search Browser Facilitator", AccountRole.FACILITATOR);
		String member = this.accounts.participant("Amina Mchimbaji");
		String slug = this.dialogues.create(facilitator, "Mercury in Geita", Visibility.PUBLIC, JoinPolicy.OPEN, false,
				DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, member, DisplayMode.NAMED);
		long challenge = this.challenges.raise(slug, member, "Mercury retorts for every pit " + tag);
		long comment = this.challenges.comment(slug, member, challenge, null,
				"Our cooperative bought two retorts last year; the mercury is recovered and the air is cleaner. "
						+ tag);
		this.jdbc.update("update account set locale = 'sw' where email = ?", member);
		long swahili = this.challenges.comment(slug, member, challenge, null,
				"Wachimbaji wadogo wa madini wanahitaji mafunzo ya zebaki " + tag);

		try (Browser browser = Browser.openWithoutJavaScript(this.port)) {
			browser.resize(360, 800);
			browser.go("/");
			browser.type("#header-q", "retort " + tag);
			browser.submit("#header-q + button");
			assertThat(browser.path()).startsWith("/search");
			assertThat(browser.text()).contains("2 results for");
			assertThat(browser.driver()
				.findElements(org.openqa.selenium.By.cssSelector(".search-hit mark"))
				.stream()
				.map((mark) -> mark.getText().toLowerCase(java.util.Locale.ROOT))).contains("retorts", tag);
			long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertThat(overflow).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(0);
			browser.assertAccessible();
			browser.screenshot("search-01-results-phone");
			// The filters' disclosure shows an open/close cue (its summary is a flex box,
			// which has no ::marker).
			Object cue = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
					"return getComputedStyle(document.querySelector('.search-filters summary'), '::before').content;");
			assertThat(String.valueOf(cue)).as("the summary's cue").contains("\u25B8");

			browser.find(".search-filters summary").click();
			browser.choose("#type", "COMMENT");
			browser.submit(".search-filters button[type=submit]");
			assertThat(browser.text()).contains("1 result for");
			browser.assertAccessible();
			browser.screenshot("search-02-filtered");
			browser.submit(".search-hit h3 a");
			assertThat(browser.driver().getCurrentUrl()).endsWith("/challenges/" + challenge + "#comment-" + comment);

			browser.go("/search?q=madin+" + tag);
			browser.submit("button.lang[value=sw]");
			assertThat(browser.htmlLang()).isEqualTo("sw");
			assertThat(browser.text()).contains("Tokeo 1");
			assertThat(browser.driver().getPageSource()).contains("#comment-" + swahili);
			browser.assertAccessible();
			browser.screenshot("search-03-swahili");

			browser.go("/search?q=a");
			assertThat(browser.text()).contains("Andika angalau herufi 2");

			// A word as long as the box allows: the count's heading wraps it rather than
			// widening the page.
			browser.go("/search?q=" + "a".repeat(200));
			assertThat(browser.find("h2.list-count").getText()).contains("aaaa");
			long longWord = (Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertThat(longWord).as("a 200-letter word at 360 px").isLessThanOrEqualTo(0);
		}
	}

}
