package org.commonground.api.web;

import org.commonground.support.Browser;
import org.commonground.support.IntegrationTest;
import org.commonground.support.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's page for people in two languages and the admin's token page, on a phone,
 * accessible (axe, the Nu checker): a token is issued, shown once, and revoked.
 */
class ApiPagesBrowserIT extends IntegrationTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	TestAccounts accounts;

	@Test
	void theApiPageAndTheTokenPageWorkOnAPhone() {
		String admin = this.accounts.admin("Token Page Admin");
		String owner = this.accounts.participant("Token Page Owner");
		try (Browser browser = Browser.open(this.port)) {
			browser.resize(360, 800);
			browser.go("/api");
			browser.submit("button.lang[value='sw']");
			assertThat(browser.path()).isEqualTo("/api");
			assertThat(browser.htmlLang()).isEqualTo("sw");
			assertThat(browser.text()).contains("/api/v1/openapi.json").contains("Retry-After");
			browser.assertAccessible();
			browser.submit("button.lang[value='en']");
			assertThat(browser.htmlLang()).isEqualTo("en");
			browser.assertAccessible();
			assertNoSidewaysScroll(browser);
			browser.screenshot("api-page");

			browser.logIn(admin, TestAccounts.PASSWORD);
			browser.go("/admin/api-tokens");
			browser.assertAccessible();
			browser.submit("form[action$='/admin/api-tokens'] button[type=submit]");
			assertThat(browser.text()).contains("Email of the account");
			browser.assertAccessible();
			browser.type("#email", owner);
			browser.type("#label", "Browser research project");
			browser.submit("form[action$='/admin/api-tokens'] button[type=submit]");
			assertThat(browser.find(".token-secret").getText()).startsWith("cg_");
			assertNoSidewaysScroll(browser);
			browser.assertAccessible();
			browser.screenshot("api-token-issued");
			browser.find("form[action$='/revoke'] input[name=confirmed]").click();
			browser.submit("form[action$='/revoke'] button[type=submit]");
			assertThat(browser.text()).contains("The token was revoked.");
			assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector(".token-secret"))).isEmpty();
		}
	}

	private static void assertNoSidewaysScroll(Browser browser) {
		long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(overflow).as("no sideways scrolling at 360 px on %s", browser.path()).isLessThanOrEqualTo(0);
	}

}
