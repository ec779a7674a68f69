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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15 in a browser: a facilitator declares Swahili, translates the dialogue and a
 * vision paragraph; a miner reads both in Swahili on a 360 px phone without JavaScript,
 * takes a stance on the translated paragraph, switches the vision to English and finds
 * the stance on the same paragraph, and on no other. When the facilitator changes that
 * paragraph in a new version, its translation is shown marked out of date until updated.
 * Every page passes axe-core and the Nu checker; screenshots go to docs/screenshots/.
 */
class TranslationBrowserIT extends IntegrationTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aFacilitatorTranslatesAndAMinerReadsAndTakesAStanceInSwahili() {
		String facilitator = this.accounts.create("Amina Translator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String miner = this.accounts.create("Neema Msomaji", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		String slug = this.dialogues.create(facilitator, "Geita in two languages", Visibility.PUBLIC, JoinPolicy.OPEN,
				true, DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, miner, DisplayMode.NAMED);
		String dialogue = "/dialogues/" + slug;
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn(facilitator, TestAccounts.PASSWORD);
			browser.go(dialogue + "/vision/edit");
			browser.type("#text", """
					# Geita 2030

					Buyers pay the world price minus a published fee.

					Every miner who asks gets a primary mining licence within three months.""");
			browser.type("#changeSummary", "First draft");
			browser.submit("button[formaction$='/vision/versions']");

			browser.go(dialogue);
			browser.find("a[href='" + dialogue + "/translations']").click();
			browser.find("input[name=languages][value=sw]").click();
			browser.submit("form[action$='/languages'] button[type=submit]");
			assertThat(browser.text()).contains("Kiswahili: not yet translated");
			browser.assertAccessible();
			browser.screenshot("90-translations-todo");
			browser.find("a[href='" + dialogue + "/translations/sw']").click();
			browser.type("#title", "Geita kwa lugha mbili");
			browser.type("#summary", "Wachimbaji na serikali wanatafuta msimamo wa pamoja.");
			browser.assertAccessible();
			browser.screenshot("91-translation-form");
			browser.submit("main form button[type=submit]");

			browser.go(dialogue + "/vision");
			assertThat(browser.find(".translation-todo").getText()).contains("3 of 3 paragraphs still need");
			browser.find(".translation-todo a").click();
			String licence = key(slug, 3);
			browser.type("#text-" + key(slug, 1), "# Geita 2030");
			browser.type("#text-" + licence,
					"Kila mchimbaji anayeomba anapata leseni ya uchimbaji mdogo ndani ya miezi mitatu.");
			browser.assertAccessible();
			browser.screenshot("92-vision-translation-form");
			browser.submit("main form button[type=submit]");
			assertThat(browser.find("#paragraph-" + licence + " .prose").getText()).startsWith("Kila mchimbaji");

			// The languages page now counts what the vision leaves to translate.
			browser.go(dialogue + "/translations");
			assertThat(browser.find(".translation-work").getText())
				.contains("Vision, newest version: 1 of 3 still to translate");

			// The facilitator trusts the miner to translate, on the members page.
			browser.go(dialogue + "/members");
			browser.submit("form[action$='/translator'] button[type=submit]");
			assertThat(browser.find(".member-list").getText()).contains("Translator");
			browser.assertAccessible();
			browser.screenshot("99-members-translator");
		}
		try (Browser browser = Browser.openWithoutJavaScript(this.port)) {
			browser.resize(360, 800);
			browser.logIn(miner, TestAccounts.PASSWORD);
			browser.submit("button.lang[value='sw']");
			browser.go(dialogue);
			assertThat(browser.find("h1").getText()).isEqualTo("Geita kwa lugha mbili");
			assertThat(browser.find("p.text-languages").getText()).contains("English");
			browser.assertAccessible();
			browser.screenshot("93-dialogue-in-swahili-360");
			browser.go(dialogue + "/vision");
			String price = key(slug, 2);
			String licence = key(slug, 3);
			assertThat(browser.find("#paragraph-" + licence + " .prose").getText()).startsWith("Kila mchimbaji");
			assertThat(browser.find("#paragraph-" + price + " .prose").getText()).startsWith("Buyers pay");
			browser.find("#stance-" + licence + "-AGREE").click();
			browser.submit("#paragraph-" + licence + " .stance-form button[type=submit]");
			assertThat(browser.find("#stance-" + licence + "-AGREE").isSelected()).isTrue();
			browser.assertAccessible();
			browser.screenshot("94-vision-in-swahili-360");

			// Read in English, the stance is on the same paragraph, and only there.
			browser.find("p.text-languages a[hreflang=en]").click();
			assertThat(browser.find("#paragraph-" + licence + " .prose").getText()).startsWith("Every miner who asks");
			assertThat(browser.find("#stance-" + licence + "-AGREE").isSelected()).isTrue();
			assertThat(browser.driver()
				.findElements(By.cssSelector(".vision-paragraph input[type=radio]"))
				.stream()
				.filter(WebElement::isSelected)
				.map((radio) -> radio.getAttribute("id"))).containsExactly("stance-" + licence + "-AGREE");
			browser.assertAccessible();
			browser.screenshot("95-vision-in-english-after-a-swahili-stance-360");
		}
		// The facilitator changes the translated paragraph in version 2: its Swahili is
		// still shown, marked out of date, until the facilitator updates it.
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn(facilitator, TestAccounts.PASSWORD);
			browser.go(dialogue + "/vision/edit");
			browser.type("#text", """
					# Geita 2030

					Buyers pay the world price minus a published fee.

					Every miner who asks gets a primary mining licence within ninety days.""");
			browser.type("#changeSummary", "Faster licences");
			browser.submit("button[formaction$='/vision/versions']");
			String licence = key(slug, 3);
			browser.go(dialogue + "/vision?text=sw");
			assertThat(browser.find("#paragraph-" + licence + " .prose").getText()).contains("miezi mitatu");
			assertThat(browser.find("#paragraph-" + licence + " .out-of-date").getText())
				.contains("Translation of an earlier wording");
			assertThat(browser.find(".translation-todo").getText()).contains("1 of 3 paragraphs still needs",
					"1 out of date");
			browser.assertAccessible();
			browser.screenshot("96-vision-translation-out-of-date");
			browser.find(".translation-todo a").click();
			assertThat(browser.find("#text-" + licence + "-out-of-date").getText()).contains("earlier wording");
			browser.assertAccessible();
			browser.screenshot("97-vision-translation-form-out-of-date");
			browser.type("#text-" + licence,
					"Kila mchimbaji anayeomba anapata leseni ya uchimbaji mdogo ndani ya siku tisini.");
			browser.submit("main form button[type=submit]");
			assertThat(browser.find("#paragraph-" + licence + " .prose").getText()).contains("siku tisini");
			assertThat(browser.driver().findElements(By.cssSelector(".out-of-date"))).isEmpty();
		}
		assertThat(this.jdbc.queryForList(
				"""
						select s.paragraph_key || ' ' || s.stance from vision_stance s join vision_version v on v.id = s.version_id
						join dialogue d on d.id = v.dialogue_id where d.slug = ?""",
				String.class, slug))
			.containsExactly(key(slug, 3) + " AGREE");
	}

	@Test
	void aFacilitatorTranslatesTheReasonOfAnAnswerNextToItAndAMinerReadsIt() {
		String facilitator = this.accounts.create("Baraka Translator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String miner = this.accounts.create("Zawadi Msomaji", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		String slug = this.dialogues.create(facilitator, "Answers in two languages", Visibility.PUBLIC, JoinPolicy.OPEN,
				true, DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, miner, DisplayMode.NAMED);
		String vision = "/dialogues/" + slug + "/vision";
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn(facilitator, TestAccounts.PASSWORD);
			browser.go(vision + "/edit");
			browser.type("#text", """
					# Geita 2030

					Every miner who asks gets a primary mining licence within three months.""");
			browser.type("#changeSummary", "First draft");
			browser.submit("button[formaction$='/vision/versions']");
			browser.go("/dialogues/" + slug + "/translations");
			browser.find("input[name=languages][value=sw]").click();
			browser.submit("form[action$='/languages'] button[type=submit]");
		}
		String licence = key(slug, 2);
		try (Browser browser = Browser.openWithoutJavaScript(this.port)) {
			browser.logIn(miner, TestAccounts.PASSWORD);
			browser.go(vision);
			browser.find("#paragraph-" + licence + " details.paragraph-comments summary").click();
			browser.type("#comment-body-" + licence, "Three months is too slow for us.");
			browser.submit("#comment-form-" + licence + " button[type=submit]");
		}
		long comment = this.jdbc.queryForObject("""
				select c.id from comment c join dialogue d on d.id = c.dialogue_id
				where d.slug = ? and c.body_source = 'Three months is too slow for us.'""", Long.class, slug);
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn(facilitator, TestAccounts.PASSWORD);
			browser.go(vision);
			// One comment: the paragraph's comments are open already.
			browser.find("#comment-" + comment + " details.answer-box summary").click();
			browser.choose("#disposition-" + comment, "INCORPORATED");
			browser.type("#reason-" + comment, "Shortened to ninety days.");
			browser.submit("#comment-" + comment + " details.answer-box button[type=submit]");
			browser.find("#comment-" + comment + " details.reason-translation-box summary").click();
			browser.choose("#reason-language-" + comment, "sw");
			browser.type("#reason-translation-" + comment, "Imefupishwa hadi siku tisini.");
			browser.assertAccessible();
			browser.screenshot("98-reason-translation-form");
			browser.submit("#comment-" + comment + " details.reason-translation-box button[type=submit]");
			assertThat(browser.text()).contains("The translation of the reason is saved.");
		}
		try (Browser browser = Browser.openWithoutJavaScript(this.port)) {
			browser.resize(360, 800);
			browser.logIn(miner, TestAccounts.PASSWORD);
			browser.submit("button.lang[value='sw']");
			browser.go(vision + "/you-said-we-did");
			assertThat(browser.find("#comment-" + comment + " .answer-reason").getText())
				.endsWith("Imefupishwa hadi siku tisini.");
			assertThat(browser.find("#comment-" + comment + " .translation-mark").getText())
				.isEqualTo("Tafsiri · asili kwa Kiingereza");
			browser.find("#comment-" + comment + " details.original-text summary").click();
			assertThat(browser.find("#comment-" + comment + " details.original-text p").getText())
				.isEqualTo("Shortened to ninety days.");
			browser.assertAccessible();
			browser.screenshot("99-reason-in-swahili-360");
		}
	}

	private String key(String slug, int position) {
		return this.jdbc.queryForObject("""
				select p.paragraph_key from vision_paragraph p join vision_version v on v.id = p.version_id
				join dialogue d on d.id = v.dialogue_id where d.slug = ? and v.number = 1 and p.position = ?""",
				String.class, slug, position);
	}

}
