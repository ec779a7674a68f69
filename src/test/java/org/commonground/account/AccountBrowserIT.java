package org.commonground.account;

import org.commonground.support.Browser;
import org.commonground.support.IntegrationTest;
import org.commonground.support.Mailbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newcomer on a phone registers, confirms the address, logs out and in, switches to
 * Swahili, edits the profile and logs out; an admin then looks at accounts and emails.
 * Every page passes axe-core; screenshots go to docs/screenshots/.
 */
class AccountBrowserIT extends IntegrationTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	Mailbox mailbox;

	@Test
	void aNewcomerRegistersLogsInSwitchesToSwahiliAndEditsTheirProfile() {
		String email = "neema.browser" + System.nanoTime() + "@test.example";
		String password = "dhahabu safi ya geita";
		try (Browser browser = Browser.open(this.port)) {
			browser.go("/");
			assertThat(browser.htmlLang()).isEqualTo("en");
			browser.assertAccessible();
			browser.screenshot("01-home");

			browser.submit("a.button[href='/register']");
			assertThat(browser.path()).isEqualTo("/register");
			browser.assertAccessible();
			browser.type("#email", "not an email");
			browser.type("#displayName", "Neema <b>Shija</b>");
			browser.type("#password", "short");
			browser.submit("main form button[type=submit]");
			assertThat(browser.text()).contains("Please give a valid email address")
				.contains("Use at least 12 characters")
				.contains("Please choose the group you speak for");
			assertThat(browser.find("#displayName").getAttribute("value")).isEqualTo("Neema <b>Shija</b>");
			browser.assertAccessible();
			browser.screenshot("02-register-errors");

			browser.type("#email", email);
			browser.type("#displayName", "Neema Shija");
			browser.type("#password", password);
			browser.choose("#stakeholderGroup", "ARTISANAL_MINER");
			browser.type("#organisation", "Nyarugusu small-scale miners");
			browser.choose("#country", "TZ");
			browser.submit("main form button[type=submit]");
			assertThat(browser.path()).isEqualTo("/register/sent");
			assertThat(browser.text()).contains(email);
			browser.assertAccessible();
			browser.screenshot("03-check-your-email");

			browser.go(this.mailbox.latestLink(email, "/register/confirm"));
			browser.assertAccessible();
			browser.type("#password", password);
			browser.submit("main form button[type=submit]");
			assertThat(browser.path()).isEqualTo("/");
			assertThat(browser.text()).contains("Your email address is confirmed").contains("Neema Shija");

			browser.submit("header form[action='/logout'] button");
			assertThat(browser.text()).contains("You have logged out").contains("Log in");

			browser.submit("header a[href='/login']");
			browser.assertAccessible();
			browser.type("#username", email);
			browser.type("#password", "a wrong password");
			browser.submit("main form button[type=submit]");
			assertThat(browser.text()).contains("The email address or the password is not right");
			assertThat(browser.find("#username").getAttribute("value")).isEqualTo(email);
			browser.assertAccessible();
			browser.screenshot("04-login-error");
			browser.type("#password", password);
			browser.submit("main form button[type=submit]");
			assertThat(browser.path()).isEqualTo("/");
			assertThat(browser.text()).contains("Welcome back, Neema Shija");

			browser.submit("button.lang[value='sw']");
			assertThat(browser.htmlLang()).isEqualTo("sw");
			assertThat(browser.path()).isEqualTo("/");
			browser.assertAccessible();
			browser.screenshot("05-home-swahili");

			browser.submit("header a[href='/account/profile']");
			assertThat(browser.htmlLang()).isEqualTo("sw");
			browser.assertAccessible();
			browser.type("#displayName", "Neema S.");
			browser.type("#region", "Geita");
			browser.submit("main form[action='/account/profile'] button[type=submit]");
			assertThat(browser.path()).isEqualTo("/account/profile");
			assertThat(browser.find("#region").getAttribute("value")).isEqualTo("Geita");
			assertThat(browser.find("header .who").getText()).startsWith("Neema S.");
			assertThat(browser.htmlLang()).isEqualTo("sw");
			browser.assertAccessible();
			browser.screenshot("06-profile-swahili");

			browser.submit("header form[action='/logout'] button");
			browser.go("/account/profile");
			assertThat(browser.path()).isEqualTo("/login");
		}
	}

	@Test
	void anAdminReviewsAccountsAndStoredEmails() {
		try (Browser browser = Browser.open(this.port)) {
			browser.go("/login");
			browser.type("#username", ADMIN_EMAIL);
			browser.type("#password", ADMIN_PASSWORD);
			browser.submit("main form button[type=submit]");
			browser.go("/admin/accounts");
			assertThat(browser.text()).contains("Accounts");
			browser.assertAccessible();
			browser.screenshot("07-admin-accounts");
			browser.go("/admin/emails");
			assertThat(browser.text()).contains("Outgoing emails");
			browser.assertAccessible();
			browser.screenshot("08-admin-emails");
			browser.go("/admin/stakeholder-groups");
			assertThat(browser.text()).contains("ARTISANAL_MINER");
			browser.assertAccessible();
			browser.screenshot("09-admin-stakeholder-groups");
			browser.go("/admin/themes");
			browser.assertAccessible();
			browser.resize(1280, 900);
			browser.go("/");
			browser.assertAccessible();
			browser.screenshot("00-home-desktop");
		}
	}

}
