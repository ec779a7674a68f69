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
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every control a facilitator sees on a challenge's page, clicked in a real browser:
 * status and public response, locking and unlocking the discussion, the moderation case,
 * and merging a duplicate. Each click shows its effect on the page that follows, and
 * every page passes axe-core.
 */
class ChallengeFacilitatorBrowserIT extends IntegrationTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Autowired
	TestChallenges challenges;

	@Test
	void aFacilitatorAnswersLocksUnlocksModeratesAndMergesFromTheChallengePage() {
		String facilitator = this.accounts.create("Rehema Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String miner = this.accounts.create("Juma Miner", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		String slug = this.dialogues.create(facilitator, "Facilitator controls", Visibility.PUBLIC, JoinPolicy.OPEN,
				false, DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, miner, DisplayMode.NAMED);
		long challenge = this.challenges.raise(slug, miner, "Mercury vapour at the processing sites");
		long duplicate = this.challenges.raise(slug, miner, "Mercury fumes near the sites");
		this.challenges.comment(slug, miner, challenge, null, "It is worst in the rainy season.");
		String path = "/dialogues/" + slug + "/challenges/" + challenge;
		String duplicatePath = "/dialogues/" + slug + "/challenges/" + duplicate;

		try (Browser browser = Browser.open(this.port)) {
			browser.logIn(facilitator, TestAccounts.PASSWORD);
			browser.go(path);
			assertThat(browser.find(".facilitator-tools").isDisplayed()).isTrue();
			browser.assertAccessible();

			browser.choose("#status", "ADDRESSED");
			browser.type("#response", "Retorts were handed out at **three sites**.");
			browser.submit("form[action$='/response'] button[type=submit]");
			assertThat(browser.path()).isEqualTo(path);
			assertThat(browser.find(".challenge .badge").getText()).isEqualTo("Addressed");
			assertThat(browser.find(".response .prose strong").getText()).isEqualTo("three sites");

			browser.submit("form[action$='/lock'] button[type=submit]");
			assertThat(browser.path()).isEqualTo(path);
			assertThat(browser.text()).contains("The discussion is locked.")
				.contains("Discussion locked by a moderator");
			assertThat(browser.driver().findElements(By.cssSelector("#comment-form"))).as("no comment form").isEmpty();
			assertThat(browser.find("form[action$='/unlock'] button").getText()).isEqualTo("Unlock the discussion");
			browser.assertAccessible();
			browser.screenshot("37-challenge-locked");

			browser.submit("form[action$='/unlock'] button[type=submit]");
			assertThat(browser.path()).isEqualTo(path);
			assertThat(browser.text()).contains("The discussion is open to comments again.")
				.doesNotContain("Discussion locked by a moderator");
			assertThat(browser.find("#comment-form").isDisplayed()).isTrue();
			assertThat(browser.find("form[action$='/lock'] button").getText()).isEqualTo("Lock the discussion");

			browser.submit(".facilitator-tools a[href*='/moderation/challenges/']");
			assertThat(browser.path()).isEqualTo("/dialogues/" + slug + "/moderation/challenges/" + challenge);
			assertThat(browser.text()).contains("Mercury vapour at the processing sites");
			browser.assertAccessible();

			browser.go(duplicatePath);
			browser.submit(".facilitator-tools a[href$='/merge']");
			browser.find("input[name=targetId][value='" + challenge + "']").click();
			browser.assertAccessible();
			browser.submit("main form button[type=submit]");
			assertThat(browser.text()).contains("Merge these two challenges?");
			browser.assertAccessible();
			browser.submit("main form button[type=submit]");
			assertThat(browser.path()).isEqualTo(path);
			assertThat(browser.text()).contains("The challenges have been merged.");
			browser.go(duplicatePath);
			assertThat(browser.path()).as("the duplicate's link leads to the challenge").isEqualTo(path);
		}
	}

}
