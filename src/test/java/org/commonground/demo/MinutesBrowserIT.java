package org.commonground.demo;

import org.commonground.account.AccountService;
import org.commonground.support.Browser;
import org.commonground.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Geita workshop's published minutes as a visitor, a Swahili-speaking member (on a
 * phone) and the facilitator see them, checked with axe-core.
 */
class MinutesBrowserIT extends IntegrationTest {

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

	@Test
	void theWorkshopsMinutesReadInEnglishAndSwahili() {
		new DemoDataLoader(this.accounts, this.demoDialogues, this.demoChallenges, this.demoVision, this.demoResources,
				this.demoMeetings, this.demoMap)
			.run(null);
		try (Browser browser = Browser.open(this.port)) {
			browser.go("/dialogues/" + DemoDialogues.GEITA);
			browser.submit("a[href$='/minutes']");
			String minutes = browser.path();
			assertThat(browser.text()).contains("Minutes: Visioning workshop", "Published", "→ challenge:");
			browser.assertAccessible();
			browser.screenshot("57-minutes-published");

			browser.logIn("neema.shija" + DemoDataLoader.DOMAIN, DemoDataLoader.PASSWORD);
			browser.resize(360, 800);
			browser.go(minutes);
			assertThat(browser.text()).contains("Wachimbaji, wanunuzi na wilaya");
			browser.assertAccessible();
			browser.screenshot("58-minutes-swahili-360");
			browser.submit(".language-versions a[lang=en]");
			assertThat(browser.text()).contains("Miners, buyers and the district agreed");

			browser.forgetEveryone();
			browser.resize(1280, 900);
			browser.logIn("amina.kombo" + DemoDataLoader.DOMAIN, DemoDataLoader.PASSWORD);
			browser.go(minutes);
			assertThat(browser.text()).contains("Items and their language versions");
			browser.assertAccessible();
			browser.screenshot("59-minutes-facilitator");
		}
	}

}
