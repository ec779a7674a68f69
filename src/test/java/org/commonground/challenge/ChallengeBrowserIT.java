package org.commonground.challenge;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A miner raises a challenge; an NGO member endorses it and comments; a buyer replies to
 * that comment (both in place, with htmx); the facilitator sets it under discussion with
 * a public response; a second challenge is merged into the first. Every page passes
 * axe-core; screenshots go to docs/screenshots/.
 */
class ChallengeBrowserIT extends IntegrationTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Autowired
	TestChallenges challenges;

	@Test
	void aChallengeIsRaisedEndorsedDiscussedAnsweredAndADuplicateMerged() {
		String facilitator = this.accounts.create("Amina Kombo", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String miner = this.accounts.create("Neema Shija", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		String ngo = this.accounts.create("Grace Mushi", AccountRole.PARTICIPANT, "CIVIL_SOCIETY");
		String buyer = this.accounts.create("Hassan Gold Traders", AccountRole.PARTICIPANT, "BUYER");
		String slug = this.dialogues.create(facilitator, "Geita buying points", Visibility.PUBLIC, JoinPolicy.OPEN,
				true, DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, miner, DisplayMode.PSEUDONYMOUS);
		this.dialogues.addMember(slug, facilitator, ngo, DisplayMode.NAMED);
		this.dialogues.addMember(slug, facilitator, buyer, DisplayMode.NAMED);
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn(miner, TestAccounts.PASSWORD);
			browser.go("/dialogues/" + slug);
			browser.submit("a.button[href$='/challenges/new']");
			browser.type("#body", "Buyers at Nyarugusu pay us far below the price in Dar es Salaam.");
			browser.submit("main form button[type=submit]");
			assertThat(browser.find("#title-error").getText()).contains("Enter a title.");
			assertThat(browser.find("#body").getAttribute("value")).startsWith("Buyers at Nyarugusu");
			browser.assertAccessible();
			browser.screenshot("30-challenge-form-error");
			browser.type("#title", "Buyers pay far below the world price");
			browser.find("input[name=themes][value=MARKETS_TRACEABILITY]").click();
			browser.submit("main form button[type=submit]");
			String challengePath = browser.path();
			assertThat(challengePath).matches("/dialogues/" + slug + "/challenges/\\d+");
			assertThat(browser.find(".challenge .byline .author").getText()).isEqualTo("Artisanal miner · Geita");
			browser.assertAccessible();
			browser.screenshot("31-challenge-posted");

			browser.forgetEveryone();
			browser.logIn(ngo, TestAccounts.PASSWORD);
			browser.go(challengePath);
			browser.submit("form[action$='/endorsement'] button");
			assertThat(browser.find(".endorsement-count").getText()).isEqualTo("1 person says this affects them too.");
			// An empty comment comes back in place with the error said aloud and the
			// focus on
			// the field (the button it was on is gone).
			browser.submitInPlace("#comment-form button[type=submit]", "#comment-form .field-error[role=alert]");
			new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
				.until((d) -> "comment-body".equals(d.switchTo().activeElement().getAttribute("id")));
			browser.type("#comment-body", "We documented the **same prices** in Rwamagasa last month.");
			browser.submitInPlace("#comment-form button[type=submit]", "#comments li.comment");
			assertThat(browser.find("#comments li.comment .prose strong").getText()).isEqualTo("same prices");
			assertThat(browser.find("#comment-form [role=status]").getText()).contains("posted");
			browser.assertAccessible();
			browser.screenshot("32-challenge-endorsed-and-commented");
			String commentId = browser.find("#comments li.comment").getAttribute("id").substring("comment-".length());

			browser.forgetEveryone();
			browser.logIn(buyer, TestAccounts.PASSWORD);
			browser.go(challengePath);
			// "Reply" fetches the form into its place, the text field focused.
			browser.submitInPlace("#comment-" + commentId + " .reply-box a", "#reply-body-" + commentId);
			assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
				.isEqualTo("reply-body-" + commentId);
			browser.type("#reply-body-" + commentId, "We pay the daily LBMA fix minus 4 %; come and check our scales.");
			browser.submitInPlace("#reply-form-" + commentId + " button[type=submit]",
					"#replies-" + commentId + " li.comment");
			assertThat(browser.find("#replies-" + commentId + " li.comment .speaking-as").getText())
				.isEqualTo("speaking as Buyer, trader or refiner");
			browser.assertAccessible();
			browser.screenshot("33-challenge-reply-in-place");
			try (Browser plain = Browser.openWithoutJavaScript(this.port)) {
				// Without JavaScript "Reply" opens a page with the comment and the form.
				plain.logIn(miner, TestAccounts.PASSWORD);
				plain.go(challengePath);
				plain.submit("#comment-" + commentId + " .reply-box a");
				assertThat(plain.path()).isEqualTo("/dialogues/" + slug + "/comments/" + commentId + "/reply");
				assertThat(plain.find("#comment-" + commentId + " .prose strong").getText()).isEqualTo("same prices");
				plain.assertAccessible();
				plain.screenshot("33-challenge-reply-without-javascript");
				plain.type("#reply-body-" + commentId, "At the pit we get even less than that.");
				plain.submit("#reply-form-" + commentId + " button[type=submit]");
				assertThat(plain.path()).startsWith("/dialogues/" + slug + "/comments/" + commentId + "?after=");
				assertThat(plain.find("#replies-" + commentId).getText()).contains("At the pit we get even less");
			}

			browser.forgetEveryone();
			browser.logIn(facilitator, TestAccounts.PASSWORD);
			browser.go(challengePath);
			assertThat(browser.find(".challenge .real-name").getText()).contains("Neema Shija");
			browser.choose("#status", "UNDER_DISCUSSION");
			browser.type("#response",
					"We will put prices on the agenda of the **12 March** session with the buyers and the Mining Commission.");
			browser.submit("form[action$='/response'] button[type=submit]");
			assertThat(browser.find(".challenge .badge").getText()).isEqualTo("Under discussion");
			assertThat(browser.find(".response .prose").getText()).contains("12 March");
			browser.assertAccessible();
			browser.screenshot("34-challenge-response");

			long duplicate = this.challenges.raise(slug, buyer, "Prices at the buying points are too low");
			String duplicatePath = "/dialogues/" + slug + "/challenges/" + duplicate;
			browser.go(duplicatePath);
			browser.submit("a[href$='/merge']");
			browser
				.find("input[name=targetId][value='" + challengePath.substring(challengePath.lastIndexOf('/') + 1)
						+ "']")
				.click();
			browser.assertAccessible();
			browser.screenshot("35-challenge-merge");
			browser.submit("main form button[type=submit]");
			assertThat(browser.text()).contains("Merge these two challenges?");
			browser.assertAccessible();
			browser.submit("main form button[type=submit]");
			assertThat(browser.path()).isEqualTo(challengePath);
			assertThat(browser.find(".endorsement-count").getText()).isEqualTo("2 people say this affects them too.");
			browser.go(duplicatePath);
			assertThat(browser.path()).as("the old link leads to the merged challenge").isEqualTo(challengePath);
			browser.go("/dialogues/" + slug + "/challenges");
			assertThat(browser.text()).contains("Buyers pay far below the world price")
				.doesNotContain("Prices at the buying points are too low");
			browser.assertAccessible();
			browser.screenshot("36-challenge-list");
		}
	}

}
