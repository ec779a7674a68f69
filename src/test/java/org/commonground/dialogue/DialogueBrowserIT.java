package org.commonground.dialogue;

import org.commonground.account.AccountRole;
import org.commonground.support.Browser;
import org.commonground.support.IntegrationTest;
import org.commonground.support.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A facilitator creates a members-only dialogue and an invitation link; a miner joins
 * through it under a pseudonym; the representation chart counts the new member; a visitor
 * gets 404. Every page passes axe-core; screenshots go to docs/screenshots/.
 */
class DialogueBrowserIT extends IntegrationTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	TestAccounts accounts;

	@Test
	void aMinerJoinsAMembersOnlyDialogueThroughAnInvitationUnderAPseudonym() {
		String facilitator = this.accounts.create("Amina Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String miner = this.accounts.create("Neema Miner", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn(facilitator, TestAccounts.PASSWORD);
			browser.go("/dialogues");
			browser.submit("main a.button[href='/dialogues/new']");
			browser.assertAccessible();
			browser.type("#title", "Nyarugusu miners and buyers");
			browser.type("#summary", "Closed working session on prices at the Nyarugusu buying points.");
			browser.type("#description", "Agenda:\n\n1. **Prices**\n2. Payment terms\n\n<script>alert(1)</script>");
			browser.find("input[name=visibility][value=MEMBERS_ONLY]").click();
			browser.find("input[name=joinPolicy][value=INVITE]").click();
			browser.find("input[name=pseudonymityAllowed]").click();
			browser.type("#location", "Nyarugusu");
			browser.choose("#country", "TZ");
			browser.setDate("#startDate", "2026-12-01");
			browser.setDate("#endDate", "2026-11-01");
			browser.find("input[name=themes][value=MARKETS_TRACEABILITY]").click();
			browser.submit("main form button[type=submit]");
			assertThat(browser.text()).contains("The end date cannot be before the start date");
			assertThat(browser.find("#title").getAttribute("value")).isEqualTo("Nyarugusu miners and buyers");
			browser.assertAccessible();
			browser.screenshot("10-dialogue-form-error");
			browser.setDate("#endDate", "2026-12-31");
			browser.submit("main form button[type=submit]");

			assertThat(browser.path()).startsWith("/dialogues/nyarugusu-miners-and-buyers");
			String dialoguePath = browser.path();
			assertThat(browser.text()).contains("This dialogue is a draft").contains("Prices");
			assertThat(browser.driver().getPageSource()).doesNotContain("<script>alert(1)");
			browser.submit("form[action$='/status'] button");
			assertThat(browser.find(".badge.status-OPEN").getText()).isEqualTo("Open");
			browser.assertAccessible();

			browser.submit("a[href$='/manage']");
			browser.type("#maxUses", "5");
			browser.type("#note", "Nyarugusu buying points");
			browser.submit("form[action$='/invitations'] button[type=submit]");
			assertThat(browser.text()).contains("The invitation link is created");
			String link = browser.find(".invitation input[readonly]").getAttribute("value");
			assertThat(link).contains("/invitations/");
			browser.assertAccessible();
			browser.screenshot("11-dialogue-manage-invitations");

			browser.forgetEveryone();
			browser.logIn(miner, TestAccounts.PASSWORD);
			browser.go(link.substring(link.indexOf("/invitations/")));
			assertThat(browser.text()).contains("You are invited to a dialogue")
				.contains("Nyarugusu miners and buyers");
			browser.assertAccessible();
			browser.screenshot("12-invitation");
			browser.find("#display-pseudonymous").click();
			browser.submit("main form button[type=submit]");
			assertThat(browser.path()).as(browser.text()).isEqualTo(dialoguePath);
			assertThat(browser.text()).contains("You are now a member of this dialogue");
			String table = browser.find(".chart-table table").getAttribute("textContent").replaceAll("\\s+", " ");
			assertThat(table).contains("Artisanal miner 1 0 0 0 0 Yes").contains("Civil society or NGO 1 0 0 0 0 Yes");
			assertThat(browser.find("#chart-members").getText()).contains("2 members");
			browser.assertAccessible();
			browser.screenshot("13-dialogue-member");

			browser.submit("a[href$='/members']");
			assertThat(browser.text()).contains("Artisanal miner · Geita").doesNotContain("Neema Miner (");
			browser.assertAccessible();
			browser.screenshot("14-dialogue-members");

			browser.forgetEveryone();
			browser.go(dialoguePath);
			assertThat(browser.text()).contains("Page not found").doesNotContain("Nyarugusu miners and buyers");
			browser.assertAccessible();
			browser.screenshot("15-members-only-visitor-404");

			browser.go("/dialogues");
			browser.assertAccessible();
			browser.screenshot("16-dialogue-list");
		}
	}

}
