package org.commonground.meeting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.commonground.account.AccountRole;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.DisplayMode;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.MembershipService;
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
 * Issue 16 in a browser: after a workshop a facilitator records 20 cards on a 360 px
 * phone without JavaScript (the form keeps the group and channel from one card to the
 * next), a second facilitator checks one, and the dialogue's representation panel shows
 * the contributions from the room beside those made online. Every page passes axe-core
 * and the Nu checker; screenshots go to docs/screenshots/.
 */
class RecordingBrowserIT extends IntegrationTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MeetingService meetings;

	@Autowired
	MembershipService memberships;

	/**
	 * What the cards said: group, people, a challenge title (or null for a comment),
	 * text.
	 */
	record Card(String group, int people, String title, String text) {
	}

	@Test
	void aFacilitatorRecordsAWorkshopOfTwentyCardsAndThePanelCountsThem() {
		String facilitator = this.accounts.create("Amina Recorder", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String second = this.accounts.create("Baraka Checker", AccountRole.FACILITATOR, "GOVERNMENT");
		String member = this.accounts.create("Musa Online", AccountRole.PARTICIPANT, "BUYER");
		String slug = this.dialogues.create(facilitator, "Geita workshop record", Visibility.PUBLIC, JoinPolicy.OPEN,
				false, DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, member, DisplayMode.NAMED);
		this.dialogues.addMember(slug, facilitator, second, DisplayMode.NAMED);
		long secondsMembership = this.dialogues.membershipId(slug, second);
		this.dialogues.as(facilitator, (me) -> {
			this.memberships.makeFacilitator(slug, secondsMembership, me);
			return null;
		});
		String dialogue = "/dialogues/" + slug;
		List<Card> cards = List.of(
				new Card("ARTISANAL_MINER", 14, "Mercury retorts cost too much", "A retort costs a month of income."),
				new Card("ARTISANAL_MINER", 3, null, "We share one retort per group."),
				new Card("ARTISANAL_MINER", 1, null, "Burn the amalgam away from the houses."),
				new Card("ARTISANAL_MINER", 6, "Licences take two years", "Nobody waits two years to dig."),
				new Card("ARTISANAL_MINER", 2, null, "The office in Geita is closed on market days."),
				new Card("ARTISANAL_MINER", 1, null, "We paid a broker and got nothing."),
				new Card("ARTISANAL_MINER", 4, null, "Women cannot get a licence without a husband."),
				new Card("ARTISANAL_MINER", 9, "Pit walls collapse in the rains", "Timber is too expensive."),
				new Card("ARTISANAL_MINER", 1, null, "Two diggers died last April."),
				new Card("ARTISANAL_MINER", 2, null, "A shared timber store would help."),
				new Card("COMMUNITY", 5, "Drinking water is grey after rain", "Wells near the washing sites."),
				new Card("COMMUNITY", 1, null, "Test the water at the school."),
				new Card("COMMUNITY", 3, null, "Children play where the amalgam is burnt."),
				new Card("COMMUNITY", 2, null, "Move the washing away from the river."),
				new Card("COMMUNITY", 1, null, "The clinic sees more coughs every dry season."),
				new Card("COMMUNITY", 7, null, "Ask the buyers to pay for retorts."),
				new Card("MINER_ASSOCIATION", 1, null, "We can lend retorts if the district guarantees it."),
				new Card("MINER_ASSOCIATION", 1, null, "Our members will train others."),
				new Card("MINER_ASSOCIATION", 2, "Buyers pay less for small lots", "Pool the gold to sell it."),
				new Card("MINER_ASSOCIATION", 1, null, "A cooperative scale in each village."));
		String meetingPath = workshop(slug, facilitator, "Geita visioning workshop", "Geita town", "2026-03-12");
		try (Browser browser = Browser.openWithoutJavaScript(this.port)) {
			browser.resize(360, 800);
			browser.logIn(facilitator, TestAccounts.PASSWORD);
			browser.go(meetingPath + "/contributions");
			browser.assertAccessible();
			browser.screenshot("recorded-01-form-360");
			String lastChallenge = null;
			for (Card card : cards) {
				browser.choose("#stakeholderGroup", card.group());
				browser.type("#peopleCount", Integer.toString(card.people()));
				if (card.title() != null) {
					browser.find("input[name=type][value=CHALLENGE]").click();
					browser.type("#title", card.title());
					lastChallenge = card.title();
				}
				else {
					browser.find("input[name=type][value=COMMENT]").click();
					String challengeId = this.jdbc.queryForObject("""
							select c.id from challenge c join dialogue d on d.id = c.dialogue_id
							where d.slug = ? and c.title = ?""", String.class, slug, lastChallenge);
					browser.choose("#challengeId", challengeId);
				}
				browser.type("#body", card.text());
				browser.submit("#record button[type=submit]");
				assertThat(browser.find(".alert").getText()).contains("Recorded.");
				// The next card starts from the same group, channel and challenge.
				assertThat(browser.find("#stakeholderGroup option[value=" + card.group() + "]").isSelected()).isTrue();
			}
			assertThat(browser.find("#recorded-heading").getText())
				.isEqualTo("Recorded here: 20 (20 awaiting a check)");
			browser.assertAccessible();
			browser.screenshot("recorded-02-twenty-cards-360");

			// Then the vision, paragraph by paragraph, by a show of hands of the miners.
			browser.go(dialogue + "/vision/edit");
			browser.type("#text", "# Geita 2030\n\nMercury is burnt only in retorts, away from homes.");
			browser.type("#changeSummary", "Workshop draft");
			browser.submit("button[formaction$='/vision/versions']");
			browser.go(meetingPath + "/contributions");
			browser.find("input[name=type][value=STANCES]").click();
			browser.choose("#stakeholderGroup", "ARTISANAL_MINER");
			String key = this.jdbc.queryForObject("""
					select p.paragraph_key from vision_paragraph p join vision_version v on v.id = p.version_id
					join dialogue d on d.id = v.dialogue_id where d.slug = ? and p.position = 2""", String.class, slug);
			browser.choose("#paragraphKey", key);
			browser.type("#agreeCount", "11");
			browser.type("#canLiveCount", "3");
			browser.type("#disagreeCount", "0");
			browser.submit("#record button[type=submit]");
			assertThat(browser.find(".alert").getText()).contains("Recorded.");
			browser.go(dialogue + "/vision/versions/1/common-ground");
			assertThat(browser.find("#heat-" + key + " .room-count").getText()).isEqualTo("room 14");
			assertThat(browser.find("#heat-" + key + " td.heat-cell .visually-hidden").getAttribute("textContent"))
				.isEqualTo("Accepts: Agree: 1 · Can live with it: 0 · Disagree: 0"
						+ " · in the room: 11 agree, 3 can live with it, 0 disagree");
			browser.assertAccessible();
			browser.screenshot("recorded-04-common-ground-360");
		}
		long first = this.jdbc.queryForObject(
				"""
						select min(r.id) from recorded_contribution r join dialogue d on d.id = r.dialogue_id where d.slug = ?""",
				Long.class, slug);
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn(second, TestAccounts.PASSWORD);
			browser.go(meetingPath + "/contributions");
			assertThat(browser.find("#recorded-heading").getText())
				.isEqualTo("Recorded here: 21 (21 awaiting a check)");
			browser.submit("#record-" + first + " form button[type=submit]");
			assertThat(browser.find("#record-" + first + " .badge").getText()).isEqualTo("Checked");
			browser.go(dialogue);
			browser.find(".chart-table summary").click();
			assertThat(browser.find("figcaption#chart-recorded").getText()).isEqualTo(
					"Share of the contributions recorded in meetings (20 contributions in all, speaking for 67 people)");
			assertThat(browser.find(".chart-table tbody tr:nth-child(1)").getText()).startsWith("Artisanal miner")
				.endsWith("10 43 Yes");
			assertThat(browser.find(".representation .alert").getText()).contains(
					"Met in meetings but with no member online: Artisanal miner, Miners' association, Mining community.");
			browser.assertAccessible();
			browser.screenshot("recorded-03-panel");
		}
	}

	@Test
	void aFacilitatorImportsASheetOfCardsAndShowsOfHandsOnAPhone() throws Exception {
		String facilitator = this.accounts.create("Neema Importer", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String slug = this.dialogues.create(facilitator, "Geita workshop import", Visibility.PUBLIC, JoinPolicy.OPEN,
				false, DialogueStatus.OPEN);
		String dialogue = "/dialogues/" + slug;
		String meetingPath = workshop(slug, facilitator, "Katoro visioning workshop", "Katoro", "2026-04-02");
		Path sheet = Files.createTempFile("cards", ".csv");
		try (Browser browser = Browser.openWithoutJavaScript(this.port)) {
			browser.resize(360, 800);
			browser.logIn(facilitator, TestAccounts.PASSWORD);
			browser.go(dialogue + "/vision/edit");
			browser.type("#text", "# Katoro 2030\n\nMercury is burnt only in retorts, away from homes.");
			browser.type("#changeSummary", "Workshop draft");
			browser.submit("button[formaction$='/vision/versions']");

			browser.go(meetingPath + "/contributions");
			browser.submit("a[href$='/import']");
			Files.writeString(sheet, """
					type,group,people,channel,title,text,paragraph,agree,can live with it,disagree
					challenge,ARTISANAL_MINER,14,flip chart,Licences take two years,Nobody waits two years to dig.,,,,
					vision,COMMUNITY,1,card,,Add the children who play near the burning.,Mercury is burnt only,,,
					show of hands,ARTISANAL_MINER,14,oral,,,Mercury is burnt only,11,3,1
					vision,GOVERNMENT,1,card,,Add a date.,Gold is sold,,,
					""");
			browser.find("#file").sendKeys(sheet.toAbsolutePath().toString());
			browser.submit("form[enctype='multipart/form-data'] button[type=submit]");
			assertThat(browser.find(".error-summary h2").getText())
				.isEqualTo("2 of 4 rows have problems. Nothing has been recorded.");
			// On a phone the problems come first, each a link to its row.
			assertThat(browser.driver()
				.findElements(org.openqa.selenium.By.cssSelector(".error-summary li a"))
				.stream()
				.map((link) -> link.getText() + " " + link.getAttribute("href").replaceAll(".*#", "#"))
				.toList()).containsExactly(
						"Line 4: The stances shown do not add up to the 14 people given: leave “people” empty or correct it. #line-4",
						"Line 5: No single paragraph of the newest vision version starts with “Gold is sold”: copy more of the"
								+ " start of its text, or give its key (such as p3, the end of its address). #line-5");
			assertThat(browser.find("table.import-preview tbody tr:nth-child(3)").getText()).contains(
					"Stances on a paragraph of the vision", "11 agree · 3 can live with it · 1 disagree",
					"The stances shown do not add up to the 14 people given");
			assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector("form[action$='/confirm']")))
				.isEmpty();
			browser.assertAccessible();
			browser.screenshot("recorded-05-import-problems-360");

			// Corrected in the spreadsheet and uploaded again.
			Files.writeString(sheet,
					Files.readString(sheet)
						.replace("show of hands,ARTISANAL_MINER,14,", "show of hands,ARTISANAL_MINER,,")
						.replace("Gold is sold", "Mercury is burnt"));
			browser.find("#file").sendKeys(sheet.toAbsolutePath().toString());
			browser.submit("form[enctype='multipart/form-data'] button[type=submit]");
			assertThat(browser.find("p.alert.info").getText())
				.isEqualTo("4 rows are ready. Check them below, then import them.");
			browser.assertAccessible();
			browser.screenshot("recorded-06-import-ready-360");
			browser.submit("form[action$='/confirm'] button[type=submit]");
			assertThat(browser.find(".alert.success").getText()).contains("4 cards were imported.");
			browser.assertAccessible();

			browser.go(dialogue + "/vision/versions/1/common-ground");
			String key = this.jdbc.queryForObject("""
					select p.paragraph_key from vision_paragraph p join vision_version v on v.id = p.version_id
					join dialogue d on d.id = v.dialogue_id where d.slug = ? and p.position = 2""", String.class, slug);
			assertThat(browser.find("#heat-" + key + " .room-count").getText()).isEqualTo("room 15");
		}
		finally {
			Files.deleteIfExists(sheet);
		}
	}

	/** A day's workshop in Tanzania, in Kiswahili and English; the path of its page. */
	private String workshop(String slug, String facilitator, String title, String place, String day) {
		long id = this.dialogues.as(facilitator,
				(me) -> this.meetings
					.create(slug,
							new MeetingDetails(MeetingKind.WORKSHOP, title, place, LocalDateTime.parse(day + "T09:00"),
									LocalDateTime.parse(day + "T17:00"), ZoneId.of("Africa/Dar_es_Salaam"),
									List.of("sw", "en"), List.of(me.getId()), ""),
							me)
					.getId());
		return "/dialogues/" + slug + "/meetings/" + id;
	}

}
