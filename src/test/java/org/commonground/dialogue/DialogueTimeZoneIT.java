package org.commonground.dialogue;

import org.commonground.account.AccountRole;
import org.commonground.support.IntegrationTest;
import org.commonground.support.TestAccounts;
import org.commonground.support.TestChallenges;
import org.commonground.support.TestDialogues;
import org.commonground.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A dialogue's time zone: its country's unless a facilitator chooses one, an unknown zone
 * refused beside the field, and every time on its pages shown in it, named, with a
 * {@code datetime} in whole seconds.
 */
class DialogueTimeZoneIT extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Autowired
	TestChallenges challenges;

	@Autowired
	DialogueAccess access;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theZoneComesFromTheCountryCanBeChosenAndNamesEveryTime() throws Exception {
		String facilitator = this.accounts.create("Zone Facilitator", AccountRole.FACILITATOR);
		String slug = this.dialogues.create(facilitator, "Zoned", Visibility.PUBLIC, JoinPolicy.OPEN, false,
				DialogueStatus.OPEN);
		WebClient client = new WebClient(this.mvc);
		client.logIn(facilitator, TestAccounts.PASSWORD);
		assertThat(edit(client, slug, "TZ", "").getRedirectedUrl()).isEqualTo("/dialogues/" + slug);
		assertThat(zone(slug)).as("Geita's country, Tanzania").isEqualTo("Africa/Dar_es_Salaam");
		assertThat(this.access.readable(slug, null).zone().getId()).isEqualTo("Africa/Dar_es_Salaam");

		MockHttpServletResponse refused = edit(client, slug, "TZ", "Africa/Atlantis");
		assertThat(refused.getStatus()).isEqualTo(200);
		Document form = Jsoup.parse(refused.getContentAsString());
		assertThat(form.select("#timeZone-error").text()).contains("not a time zone we know");
		assertThat(form.select(".error-summary a[href=#timeZone]").text()).startsWith("Time zone: ");
		assertThat(form.select("input#timeZone").val()).as("what was typed is kept").isEqualTo("Africa/Atlantis");
		assertThat(zone(slug)).isEqualTo("Africa/Dar_es_Salaam");

		String miner = this.accounts.participant("Zoned Miner");
		this.dialogues.addMember(slug, facilitator, miner, DisplayMode.NAMED);
		long challenge = this.challenges.raise(slug, miner, "Scales are not checked");
		this.challenges.comment(slug, miner, challenge, null, "Nobody checks the scales in Katoro.");
		Document page = Jsoup
			.parse(new WebClient(this.mvc).perform(get("/dialogues/" + slug + "/challenges/" + challenge))
				.getContentAsString());
		assertThat(page.select("time")).isNotEmpty().allSatisfy((time) -> {
			assertThat(time.attr("datetime")).as("whole seconds with the zone's offset")
				.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+03:00");
		});
		assertThat(page.select("li.comment time").first().text()).endsWith("East Africa Time");
		assertThat(Jsoup.parse(new WebClient(this.mvc).perform(get("/dialogues/" + slug)).getContentAsString())
			.select(".facts .time-zone")
			.text()).isEqualTo("Times are in East Africa Time.");

		assertThat(edit(client, slug, "TZ", "America/Lima").getRedirectedUrl()).isEqualTo("/dialogues/" + slug);
		assertThat(zone(slug)).as("a chosen zone wins over the country's").isEqualTo("America/Lima");
	}

	@Test
	void aPortugueseReaderGetsEuropeanPortugueseZoneCountryAndMonthNames() throws Exception {
		String facilitator = this.accounts.create("Zona Facilitadora", AccountRole.FACILITATOR);
		String slug = this.dialogues.create(facilitator, "Zona", Visibility.PUBLIC, JoinPolicy.OPEN, false,
				DialogueStatus.OPEN);
		WebClient client = new WebClient(this.mvc);
		client.logIn(facilitator, TestAccounts.PASSWORD);
		assertThat(edit(client, slug, "KE", "").getRedirectedUrl()).isEqualTo("/dialogues/" + slug);
		long challenge = this.challenges.raise(slug, facilitator, "Balanças sem verificação");
		this.challenges.comment(slug, facilitator, challenge, null, "Ninguém verifica as balanças.");

		Document dialogue = Jsoup
			.parse(new WebClient(this.mvc).perform(get("/dialogues/" + slug).header("Accept-Language", "pt"))
				.getContentAsString());
		assertThat(dialogue.select(".facts").text()).contains("Quénia", "Hora da África Oriental")
			.doesNotContain("Quênia", "Horário");
		Document page = Jsoup.parse(new WebClient(this.mvc)
			.perform(get("/dialogues/" + slug + "/challenges/" + challenge).header("Accept-Language", "pt"))
			.getContentAsString());
		org.jsoup.nodes.Element time = page.select("li.comment time").first();
		assertThat(time.text()).as("months and zone as pt-PT writes them")
			.isEqualTo(java.time.format.DateTimeFormatter
				.ofPattern("d MMM yyyy HH:mm", java.util.Locale.forLanguageTag("pt-PT"))
				.format(java.time.OffsetDateTime.parse(time.attr("datetime"))) + " Hora da África Oriental");
		Document register = Jsoup.parse(
				new WebClient(this.mvc).perform(get("/register").header("Accept-Language", "pt")).getContentAsString());
		assertThat(register.select("option").eachText()).contains("Quénia", "Vietname", "Chéquia")
			.doesNotContain("Quênia", "Vietnã");
		assertThat(register.select("html").attr("lang")).as("the interface's language code stays pt").isEqualTo("pt");
	}

	private MockHttpServletResponse edit(WebClient client, String slug, String country, String zone) throws Exception {
		return client.perform(post("/dialogues/" + slug + "/edit").param("title", "Zoned dialogue")
			.param("summary", "Where times are shown in the dialogue's zone")
			.param("visibility", "PUBLIC")
			.param("joinPolicy", "OPEN")
			.param("country", country)
			.param("timeZone", zone)
			.param("version", Long.toString(this.dialogues.version(slug))));
	}

	private String zone(String slug) {
		return this.jdbc.queryForObject("select time_zone from dialogue where slug = ?", String.class, slug);
	}

}
