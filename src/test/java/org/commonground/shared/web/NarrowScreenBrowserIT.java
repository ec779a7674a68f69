package org.commonground.shared.web;

import java.time.Duration;

import org.commonground.account.AccountRole;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.DisplayMode;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.support.Browser;
import org.commonground.support.IntegrationTest;
import org.commonground.support.Mailbox;
import org.commonground.support.TestAccounts;
import org.commonground.support.TestDialogues;
import org.commonground.support.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * app.css on a 360 px phone: a long unbroken word (a URL in a meeting's title, a long
 * email address) wraps instead of pushing the meeting page, the meetings list, the
 * notifications inbox or the newsletter's confirmation page sideways, and date-and-time
 * fields are as large as text fields (44 px high, the same font).
 */
class NarrowScreenBrowserIT extends IntegrationTest {

	private static final String URL_TITLE = "Retorts workshop https://example.org/geita/workshops/2026/march/"
			+ "retorts-and-mercury-free-processing-for-artisanal-miners";

	@Value("${local.server.port}")
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Autowired
	Mailbox mailbox;

	@Autowired
	org.commonground.support.TestChallenges challenges;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void longWordsWrapAndDateFieldsAreFullSizeAt360Pixels() throws Exception {
		String facilitator = this.accounts.create("Narrow Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String follower = this.accounts.create("Narrow Follower", AccountRole.PARTICIPANT, "CIVIL_SOCIETY");
		String slug = this.dialogues.create(facilitator, "Narrow screens", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, follower, DisplayMode.NAMED);
		WebClient following = new WebClient(this.mvc);
		following.logIn(follower, TestAccounts.PASSWORD);
		following.perform(post("/dialogues/" + slug + "/follow"));
		WebClient facilitating = new WebClient(this.mvc);
		facilitating.logIn(facilitator, TestAccounts.PASSWORD);
		String meeting = facilitating
			.perform(post("/dialogues/" + slug + "/meetings").param("title", URL_TITLE)
				.param("kind", "WORKSHOP")
				.param("startsAt", "2099-03-12T09:00")
				.param("endsAt", "2099-03-12T17:00"))
			.getRedirectedUrl();
		assertThat(meeting).matches("/dialogues/" + slug + "/meetings/\\d+");
		long followerId = this.jdbc.queryForObject("select id from account where email = ?", Long.class, follower);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.queryForObject("select count(*) from notification where recipient_id = ?",
					Integer.class, followerId) > 0);
		// A followed challenge in a dialogue with a long title: "Title, in <dialogue>" on
		// the
		// notification settings page.
		String longSlug = this.dialogues.create(facilitator,
				"Mazungumzo ya uchimbaji mdogo wa dhahabu wilayani Geita na vijiji vyake vya Nyarugusu",
				Visibility.PUBLIC, JoinPolicy.OPEN, true, DialogueStatus.OPEN);
		this.dialogues.addMember(longSlug, facilitator, follower, DisplayMode.NAMED);
		this.challenges.raise(longSlug, follower, "Mizani ya wanunuzi katika vituo vya kuuza si sahihi");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from notification_follow where account_id = ? and target_type = 'CHALLENGE'",
					Integer.class, followerId) > 0);
		String address = "claire.dubois." + System.nanoTime() + "@demo.commonground.example";
		new WebClient(this.mvc).perform(post("/newsletter").param("email", address).param("locale", "en"));
		String confirm = this.mailbox.latestLink(address, "/newsletter/confirm");

		try (Browser browser = Browser.open(this.port)) {
			browser.resize(360, 800);
			browser.logIn(facilitator, TestAccounts.PASSWORD);
			browser.go("/dialogues/" + slug + "/meetings/new");
			String textFont = string(browser, "return getComputedStyle(document.querySelector('#title')).fontSize");
			for (String field : new String[] { "#startsAt", "#endsAt" }) {
				assertThat(number(browser,
						"return document.querySelector('" + field + "').getBoundingClientRect().height"))
					.as("height of %s", field)
					.isGreaterThanOrEqualTo(44);
				assertThat(string(browser, "return getComputedStyle(document.querySelector('" + field + "')).fontSize"))
					.as("font size of %s", field)
					.isEqualTo(textFont);
			}
			assertThat(sidewaysOverflow(browser)).as("meeting form at 360 px").isLessThanOrEqualTo(0);

			browser.go(meeting);
			assertThat(browser.find("main h1").getText()).contains("https://example.org/geita");
			assertThat(number(browser, "return document.querySelector('main h1').scrollWidth")).as("the title's width")
				.isLessThanOrEqualTo(360);
			assertThat(sidewaysOverflow(browser)).as("meeting page at 360 px").isLessThanOrEqualTo(0);
			browser.screenshot("narrow-01-meeting-long-title-360");
			browser.go("/dialogues/" + slug + "/meetings");
			assertThat(browser.text()).contains("https://example.org/geita");
			assertThat(sidewaysOverflow(browser)).as("meetings list at 360 px").isLessThanOrEqualTo(0);

			browser.forgetEveryone();
			browser.logIn(follower, TestAccounts.PASSWORD);
			browser.go("/notifications");
			assertThat(browser.text()).contains("https://example.org/geita");
			assertThat(sidewaysOverflow(browser)).as("notifications inbox at 360 px").isLessThanOrEqualTo(0);
			browser.go("/account/notifications");
			assertThat(browser.find("ul.follows").getText()).contains("Mizani ya wanunuzi", ", in Mazungumzo");
			assertThat(sidewaysOverflow(browser)).as("followed items at 360 px").isLessThanOrEqualTo(0);

			browser.forgetEveryone();
			browser.go(confirm);
			assertThat(browser.find("main").getText()).contains("@demo.commonground.example");
			assertThat(sidewaysOverflow(browser)).as("newsletter confirmation at 360 px").isLessThanOrEqualTo(0);
			browser.screenshot("narrow-02-newsletter-confirm-long-address-360");
		}
	}

	@Test
	void theAdminMenuIsOneFoldedLineAt412PixelsAndUnfoldsWithoutJavaScript() throws Exception {
		String admin = this.accounts.admin("Narrow Admin");
		try (Browser browser = Browser.open(this.port)) {
			browser.resize(412, 900);
			browser.logIn(admin, TestAccounts.PASSWORD);
			browser.go("/admin/audit");
			// Folded, the eleven admin links take one line: the title comes soon after
			// the
			// header, not after a screenful of links.
			long menuHeight = number(browser,
					"return document.querySelector('.main-nav .admin-menu').getBoundingClientRect().height");
			long lineHeight = number(browser,
					"return document.querySelector('.main-nav > ul > li > a').getBoundingClientRect().height");
			assertThat(menuHeight).as("the folded admin menu's height").isLessThanOrEqualTo(lineHeight + 8);
			assertThat(browser.driver()
				.findElement(org.openqa.selenium.By.cssSelector(".admin-menu a[href='/admin/api-tokens']"))
				.isDisplayed()).isFalse();
			browser.find(".admin-menu summary").click();
			assertThat(browser.driver()
				.findElement(org.openqa.selenium.By.cssSelector(".admin-menu a[href='/admin/api-tokens']"))
				.isDisplayed()).isTrue();
			assertThat(sidewaysOverflow(browser)).as("admin menu at 412 px").isLessThanOrEqualTo(0);
		}
	}

	private static long sidewaysOverflow(Browser browser) {
		return number(browser, "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
	}

	private static long number(Browser browser, String script) {
		return ((Number) ((JavascriptExecutor) browser.driver()).executeScript(script)).longValue();
	}

	private static String string(Browser browser, String script) {
		return (String) ((JavascriptExecutor) browser.driver()).executeScript(script);
	}

}
