package org.commonground.vision;

import org.commonground.account.AccountRole;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.DisplayMode;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.support.Browser;
import org.commonground.support.IntegrationTest;
import org.commonground.support.TestAccounts;
import org.commonground.support.TestDialogues;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facilitator publishes version 1; a miner, an official and a buyer comment on
 * paragraphs and set stances; the facilitator publishes version 2 and answers the
 * comments; a member reads the diff and "you said, we did". Every page passes axe-core;
 * screenshots go to docs/screenshots/.
 */
class VisionBrowserIT extends IntegrationTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aVisionIsPublishedDiscussedRevisedAndAnswered() {
		String facilitator = this.accounts.create("Amina Kombo", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String miner = this.accounts.create("Neema Shija", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		String official = this.accounts.create("Emmanuel Kalinga", AccountRole.PARTICIPANT, "GOVERNMENT");
		String buyer = this.accounts.create("Salim Abdallah", AccountRole.PARTICIPANT, "BUYER");
		String slug = this.dialogues.create(facilitator, "Geita vision", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, miner, DisplayMode.PSEUDONYMOUS);
		this.dialogues.addMember(slug, facilitator, official, DisplayMode.NAMED);
		this.dialogues.addMember(slug, facilitator, buyer, DisplayMode.NAMED);
		String vision = "/dialogues/" + slug + "/vision";
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn(facilitator, TestAccounts.PASSWORD);
			browser.go(vision + "/edit");
			browser.type("#text", """
					# Geita 2030

					By 2030, artisanal gold mining in Geita is formal, mercury-free, safe and fairly paid.

					Every miner who asks gets a primary mining licence within three months.

					Buyers pay the world price minus a published fee, on certified scales.""");
			browser.submit("button[formaction$='/vision/versions']");
			assertThat(browser.find("#changeSummary-error").getText()).contains("what changed");
			browser.assertAccessible();
			browser.type("#changeSummary", "First draft from the Geita workshop");
			browser.submit("button[formaction$='/vision/versions']");
			assertThat(browser.path()).isEqualTo(vision + "/versions/1");
			browser.assertAccessible();
			browser.screenshot("40-vision-version-1");
			String licence = key(slug, 1, 3);
			String prices = key(slug, 1, 4);

			member(browser, miner, vision, licence, "DISAGREE", "Three months is too slow: we wait two years now.");
			browser.screenshot("41-vision-stance-and-comment");
			member(browser, official, vision, licence, "CAN_LIVE_WITH",
					"The mining office can do it with two more officers.");
			member(browser, buyer, vision, prices, "DISAGREE", "A published fee is fine; certified scales cost money.");

			browser.forgetEveryone();
			browser.logIn(facilitator, TestAccounts.PASSWORD);
			browser.go(vision + "/versions/1/common-ground");
			assertThat(browser.text()).contains("Artisanal miner").contains("Government");
			browser.assertAccessible();
			browser.screenshot("42-vision-common-ground");
			browser.go(vision + "/edit");
			String text = browser.find("#text").getAttribute("value");
			browser.type("#text", text.replace("within three months", "within ninety days, with two more officers"));
			browser.type("#changeSummary", "Licences: ninety days and more officers");
			browser.submit("button[formaction$='/vision/versions']");
			assertThat(browser.path()).isEqualTo(vision + "/versions/2");
			long minerComment = this.jdbc.queryForObject("""
					select c.id from comment c join dialogue d on d.id = c.dialogue_id
					where d.slug = ? and c.body_source like 'Three months is too slow%'""", Long.class, slug);
			browser.go(vision + "/versions/2");
			browser.find("#comment-" + minerComment + " details.answer-box summary").click();
			browser.choose("#disposition-" + minerComment, "PARTLY_INCORPORATED");
			browser.type("#reason-" + minerComment,
					"Ninety days, not the thirty asked for: the office needs time to survey.");
			browser.choose("#landed-" + minerComment, "2");
			browser.submit("#comment-" + minerComment + " details.answer-box button[type=submit]");
			assertThat(browser.find("#comment-" + minerComment + " .answer").getText()).contains("Partly incorporated")
				.contains("in version 2");
			browser.assertAccessible();
			browser.screenshot("43-vision-answered");
			browser.go("/");
			browser.find(".waiting a[href$='/vision/you-said-we-did?disposition=NONE']").click();
			assertThat(browser.find("h1").getText()).isEqualTo("Answer queue");
			assertThat(browser.find("details.answer-box[open] select[name=disposition]").isDisplayed()).isTrue();
			browser.assertAccessible();
			browser.screenshot("46-vision-answer-queue");
			// At 360 px the common ground's message and the representation charts fit the
			// screen; only the grid of the common ground scrolls, inside its own frame.
			browser.resize(360, 800);
			browser.go(vision + "/versions/1/common-ground");
			assertThat(browser.find(".callouts").getText()).contains("Contested");
			assertNoSidewaysScrolling(browser);
			browser.assertAccessible();
			browser.screenshot("47-vision-common-ground-360");
			browser.go("/dialogues/" + slug);
			assertNoSidewaysScrolling(browser);
			browser.screenshot("48-representation-360");
			browser.resize(1280, 900);
			browser.screenshot("49-representation-1280");
			assertThat(Double.parseDouble(browser.find(".chart-label").getCssValue("font-size").replace("px", "")))
				.as("chart labels at body size on a desktop")
				.isEqualTo(Double.parseDouble(browser.find("body").getCssValue("font-size").replace("px", "")));
			browser.resize(412, 915);

			browser.forgetEveryone();
			browser.logIn(miner, TestAccounts.PASSWORD);
			browser.go(vision);
			browser.submit("a[href*='/vision/diff?from=1']");
			assertThat(browser.find(".diff-modified del").getText()).contains("three months");
			assertThat(browser.find(".diff-modified ins").getText()).contains("ninety days");
			browser.assertAccessible();
			browser.screenshot("44-vision-diff");
			browser.go(vision + "/you-said-we-did");
			assertThat(browser.text()).contains("Partly incorporated").contains("have not answered this comment yet");
			browser.assertAccessible();
			browser.screenshot("45-vision-you-said-we-did");
		}
	}

	private static void assertNoSidewaysScrolling(Browser browser) {
		Object width = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(((Number) width).intValue()).as("page wider than the screen on %s", browser.path())
			.isLessThanOrEqualTo(0);
	}

	/** A member sets a stance on a paragraph and comments on it (in place). */
	private void member(Browser browser, String email, String vision, String key, String stance, String comment) {
		browser.forgetEveryone();
		browser.logIn(email, TestAccounts.PASSWORD);
		browser.go(vision);
		browser.find("#stance-" + key + "-" + stance).click();
		browser.submit("#paragraph-" + key + " .stance-form button[type=submit]");
		assertThat(browser.find("#stance-" + key + "-" + stance).isSelected()).isTrue();
		if (!browser.find("#paragraph-" + key + " details.paragraph-comments").isDisplayed()
				|| browser.find("#paragraph-" + key + " details.paragraph-comments").getAttribute("open") == null) {
			browser.find("#paragraph-" + key + " details.paragraph-comments summary").click();
		}
		browser.type("#comment-body-" + key, comment);
		browser.submitInPlace("#comment-form-" + key + " button[type=submit]",
				"#comment-form-" + key + " [role=status]");
		assertThat(browser.find("#comments-" + key).getText()).contains(comment.substring(0, 20));
		browser.assertAccessible();
	}

	private String key(String slug, int version, int position) {
		return this.jdbc.queryForObject("""
				select p.paragraph_key from vision_paragraph p join vision_version v on v.id = p.version_id
				join dialogue d on d.id = v.dialogue_id where d.slug = ? and v.number = ? and p.position = ?""",
				String.class, slug, version, position);
	}

}
