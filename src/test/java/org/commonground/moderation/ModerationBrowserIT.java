package org.commonground.moderation;

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
 * A member reports a comment; the facilitator hides it with a reason; its author asks for
 * a review; an admin restores it; the public moderation log shows both decisions. Every
 * page passes axe-core; screenshots go to docs/screenshots/.
 */
class ModerationBrowserIT extends IntegrationTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Autowired
	TestChallenges challenges;

	@Test
	void aReportedCommentIsHiddenReviewedAndRestoredInTheOpen() {
		String facilitator = this.accounts.create("Amina Kombo", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String miner = this.accounts.create("Neema Shija", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		String buyer = this.accounts.create("Hassan Gold Traders", AccountRole.PARTICIPANT, "BUYER");
		String admin = this.accounts.admin("Joseph Admin");
		String slug = this.dialogues.create(facilitator, "Geita fair prices", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, miner, DisplayMode.PSEUDONYMOUS);
		this.dialogues.addMember(slug, facilitator, buyer, DisplayMode.NAMED);
		long challenge = this.challenges.raise(slug, miner, "Scales at the buying points are not checked");
		long comment = this.challenges.comment(slug, buyer, challenge, null,
				"Our scales are fine. The miners who complain are lazy and should find other work.");
		String challengePath = "/dialogues/" + slug + "/challenges/" + challenge;

		try (Browser browser = Browser.open(this.port)) {
			// A member reports the comment, after reading the guidelines the form links
			// to.
			browser.logIn(miner, TestAccounts.PASSWORD);
			browser.go(challengePath);
			browser.submit("#comment-" + comment + " a.report");
			assertThat(browser.find("main h1").getText()).isEqualTo("Report a contribution");
			browser.submit("main form button[type=submit]");
			assertThat(browser.find("#reason-error").getText()).contains("Choose a reason.");
			browser.find("#reason-ABUSE").click();
			browser.type("#note", "It insults miners instead of answering about the scales.");
			browser.assertAccessible();
			browser.screenshot("50-moderation-report");
			browser.submit("main form button[type=submit]");
			assertThat(browser.path()).isEqualTo("/dialogues/" + slug + "/comments/" + comment);
			assertThat(browser.find(".alert.success").getText()).contains("The facilitators will look at your report.");

			// The facilitator hides it from the queue with a reason and a note.
			browser.forgetEveryone();
			browser.logIn(facilitator, TestAccounts.PASSWORD);
			browser.go("/dialogues/" + slug + "/moderation");
			assertThat(browser.find(".queue-item").getText()).contains("1 open report", "lazy",
					"reported by Neema Shija");
			browser.assertAccessible();
			browser.screenshot("51-moderation-queue");
			browser.submit(".queue-item a.button");
			browser.find("#reason-ABUSE").click();
			browser.type("form[action$='/hide'] #note", "Please answer the question about the scales without insults.");
			browser.assertAccessible();
			browser.screenshot("52-moderation-decide");
			browser.submit("form[action$='/hide'] button[type=submit]");
			assertThat(browser.find(".alert.success").getText()).contains("Hidden.");

			browser.forgetEveryone();
			browser.go(challengePath);
			assertThat(browser.find("#comment-" + comment + " .placeholder").getText())
				.startsWith("Hidden by a moderator on")
				.contains(": abuse.");
			assertThat(browser.text()).doesNotContain("lazy");
			browser.assertAccessible();
			browser.screenshot("53-moderation-placeholder");

			// The author is told why and asks once for a review.
			browser.logIn(buyer, TestAccounts.PASSWORD);
			browser.go(challengePath);
			assertThat(browser.find("#comment-" + comment + " .moderation-note").getText())
				.contains("Only you and the moderators can see the text.");
			browser.submit("#comment-" + comment + " a[href$='/review']");
			assertThat(browser.text()).contains("Please answer the question about the scales without insults.");
			browser.type("#note", "I was answering: our scales were certified by the Weights and Measures Agency.");
			browser.assertAccessible();
			browser.screenshot("54-moderation-review-request");
			browser.submit("main form button[type=submit]");
			assertThat(browser.find(".alert.success").getText()).contains("Your request has been sent.");

			// An admin, not the facilitator who hid it, restores it.
			browser.forgetEveryone();
			browser.logIn(admin, TestAccounts.PASSWORD);
			browser.go("/admin/moderation");
			// The admins' queue holds every dialogue's cases: narrow it to this dialogue.
			browser.type("#filter-dialogue", slug);
			browser.submit("form.filters button[type=submit]");
			String item = ".queue-item:has(a.button[href$='/" + slug + "/moderation/comments/" + comment + "'])";
			assertThat(browser.find(item).getText()).contains("Geita fair prices", "Review requested",
					"Weights and Measures");
			browser.submit(item + " a.button");
			browser.type("#review-note", "The certification answers the question; restored.");
			browser.find("#review-confirmed").click();
			browser.assertAccessible();
			browser.screenshot("55-moderation-review-decision");
			browser.submit("form[action$='/review'] button[value=restore]");
			assertThat(browser.find(".alert.success").getText()).contains("Restored");
			browser.go(challengePath);
			assertThat(browser.find("#comment-" + comment + " .prose").getText()).contains("Our scales are fine.");

			// Anyone reads the public log: both decisions, no names.
			browser.forgetEveryone();
			browser.go("/dialogues/" + slug);
			browser.submit("a[href$='/moderation-log']");
			assertThat(browser.text())
				.contains("hidden", "abuse", "review requested by the author", "restored after review")
				.doesNotContain("Hassan", "Amina", "Neema", "Joseph");
			browser.assertAccessible();
			browser.screenshot("56-moderation-public-log");

			browser.go("/guidelines");
			assertThat(browser.find("main h1").getText()).isEqualTo("Community guidelines");
			browser.assertAccessible();
		}
	}

}
