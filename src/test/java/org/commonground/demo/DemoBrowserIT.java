package org.commonground.demo;

import java.util.List;

import org.commonground.account.AccountService;
import org.commonground.support.Browser;
import org.commonground.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data as people see it, checked with axe-core; its screenshots illustrate the
 * README.
 */
class DemoBrowserIT extends IntegrationTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	DemoDialogues demoDialogues;

	@Autowired
	DemoChallenges demoChallenges;

	@Autowired
	DemoVision demoVision;

	@Autowired
	DemoResources demoResources;

	@Autowired
	DemoMeetings demoMeetings;

	@Autowired
	DemoMap demoMap;

	@Autowired
	DemoSms demoSms;

	@Test
	void theGeitaDialogueTellsWhoIsTakingPart() {
		new DemoDataLoader(this.accounts, this.demoDialogues, this.demoChallenges, this.demoVision, this.demoResources,
				this.demoMeetings, this.demoMap)
			.run(null);
		try (Browser browser = Browser.open(this.port)) {
			browser.go("/dialogues/" + DemoDialogues.GEITA);
			assertThat(browser.text()).contains("Geita District gold-mining dialogue")
				.contains("Who is taking part", "Share of the people met in meetings");
			browser.assertAccessible();
			browser.screenshot("20-demo-geita-dialogue");
			browser.go("/dialogues/" + DemoDialogues.GEITA + "/members");
			assertThat(browser.text()).contains("Artisanal miner · Geita").doesNotContain("Neema Shija");
			browser.assertAccessible();
			browser.screenshot("21-demo-geita-members");
			browser.logIn("neema.shija" + DemoDataLoader.DOMAIN, DemoDataLoader.PASSWORD);
			assertThat(browser.htmlLang()).isEqualTo("sw");
			browser.go("/dialogues/" + DemoDialogues.GEITA);
			assertThat(browser.text()).contains("Mazungumzo");
			browser.assertAccessible();
			browser.screenshot("22-demo-geita-dialogue-swahili");
			browser.go("/dialogues/" + DemoDialogues.GEITA + "/challenges?sort=MOST_ENDORSED");
			assertThat(browser.text()).contains("Leseni za uchimbaji mdogo zinachelewa");
			browser.assertAccessible();
			browser.screenshot("23-demo-geita-challenges-swahili");
			browser.find(".challenge-card .card-title a").click();
			assertThat(browser.find(".comments").getText()).isNotBlank();
			browser.assertAccessible();
			browser.screenshot("24-demo-geita-challenge-swahili");
			browser.forgetEveryone();
			browser.logIn("agnes.mollel" + DemoDataLoader.DOMAIN, DemoDataLoader.PASSWORD);
			browser.go("/dialogues/" + DemoDialogues.GEITA + "/vision");
			assertThat(browser.text()).contains("Version 3 of 3").contains("Geita 2030");
			browser.assertAccessible();
			browser.screenshot("25-demo-geita-vision");
			browser.go("/dialogues/" + DemoDialogues.GEITA + "/vision/versions/3/common-ground");
			assertThat(browser.text()).contains("Common ground").contains("Contested");
			browser.assertAccessible();
			browser.screenshot("26-demo-geita-common-ground");
			// The facilitator's SMS inbox: the Geita miners' texts (the SMS demo), one
			// waiting.
			this.demoSms.load();
			browser.forgetEveryone();
			browser.logIn("amina.kombo" + DemoDataLoader.DOMAIN, DemoDataLoader.PASSWORD);
			browser.go("/dialogues/" + DemoDialogues.GEITA + "/sms");
			assertThat(browser.text()).contains("SMS · Artisanal miner · Nyakabale")
				.contains("Wanunuzi wanapima dhahabu")
				.doesNotContain("+255754100203");
			browser.assertAccessible();
			browser.screenshot("27-demo-geita-sms-inbox");
			// On a 360 px phone nothing pushes these pages sideways: not the SMS inbox's
			// selects of long challenge titles and paragraphs, not a meeting's long
			// place.
			browser.resize(360, 800);
			browser.go("/dialogues/" + DemoDialogues.GEITA + "/sms");
			assertThat(browser.find("select[name=challengeId]").getSize().getWidth()).isLessThanOrEqualTo(360);
			assertThat(browser.find("select[name=paragraphKey]").getSize().getWidth()).isLessThanOrEqualTo(360);
			assertThat(sidewaysOverflow(browser)).as("SMS inbox at 360 px").isLessThanOrEqualTo(0);
			browser.screenshot("28-demo-geita-sms-inbox-360");
			for (String path : List.of("/meetings", "")) {
				browser.go("/dialogues/" + DemoDialogues.GEITA + path);
				assertThat(browser.text()).contains("Nyarugusu and Rwamagasa mining villages, Geita District");
				assertThat(sidewaysOverflow(browser)).as(path + " at 360 px").isLessThanOrEqualTo(0);
			}
			browser.screenshot("29-demo-geita-dialogue-360");
			// The common ground's grid of ten groups scrolls in its own frame: the cells'
			// hidden text stays inside it rather than widening the page.
			browser.go("/dialogues/" + DemoDialogues.GEITA + "/vision/versions/3/common-ground");
			assertThat(browser.find(".heat-scroll table.heat")).isNotNull();
			assertThat(sidewaysOverflow(browser)).as("common ground at 360 px").isLessThanOrEqualTo(0);
			// In French (longer words), the facilitator's member cards keep the removal
			// reason and its button on the screen, and the printable summary's wide
			// tables scroll in their own labelled region rather than the page.
			browser.submit(".lang-switch button[value=fr]");
			for (String path : List.of("/manage", "/summary")) {
				browser.go("/dialogues/" + DemoDialogues.GEITA + path);
				assertThat(browser.htmlLang()).isEqualTo("fr");
				assertThat(sidewaysOverflow(browser)).as(path + " in French at 360 px").isLessThanOrEqualTo(0);
			}
			assertThat(browser.find("main .table-scroll[role=region][tabindex='0'] caption").getText()).isNotBlank();
			browser.go("/dialogues/" + DemoDialogues.GEITA + "/manage");
			WebElement remove = browser.find("#members .card-actions button.danger");
			assertThat(remove.getRect().getX() + remove.getRect().getWidth()).isLessThanOrEqualTo(360);
			// An admin answers a miner's request about their data: found by the number
			// they give, spaced as they say it.
			browser.forgetEveryone();
			browser.logIn("admin" + DemoDataLoader.DOMAIN, DemoDataLoader.PASSWORD);
			browser.go("/admin/sms");
			browser.find("#phone").sendKeys("+255 754 100 203");
			// submit waits for the answer's page (a click alone may look at the old one).
			browser.submit("#people button[type=submit]");
			assertThat(browser.find(".sms-people").getText()).contains("Geita District", "Taking part", "Kiswahili");
			assertThat(sidewaysOverflow(browser)).as("SMS person lookup at 360 px").isLessThanOrEqualTo(0);
			browser.assertAccessible();
			browser.screenshot("66-admin-sms-person-360");
		}
	}

	private static long sidewaysOverflow(Browser browser) {
		return (Long) ((JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
	}

}
