package org.commonground.challenge;

import org.commonground.account.AccountRole;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.DisplayMode;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
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
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A facilitators' response rewritten after it was translated: its translation is of an
 * earlier wording and says so (as the vision's paragraphs do) below the new response, the
 * translation form says so with a box to confirm it still fits, the dialogue's languages
 * page counts it as out of date, and the summary marks it; updating or confirming the
 * translation makes it current again.
 */
class ResponseTranslationIT extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Autowired
	TestChallenges challenges;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aRewrittenResponseMarksItsTranslationsOutOfDate() throws Exception {
		String facilitator = this.accounts.create("Amina Kombo", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String miner = this.accounts.create("Jibu Miner", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		String slug = this.dialogues.create(facilitator, "Rewritten responses", Visibility.PUBLIC, JoinPolicy.OPEN,
				true, DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, miner, DisplayMode.NAMED);
		long id = this.challenges.raise(slug, miner, "Scales are not checked");
		String path = "/dialogues/" + slug + "/challenges/" + id;
		WebClient facilitating = new WebClient(this.mvc, TestAccounts.newAddress());
		facilitating.logIn(facilitator, TestAccounts.PASSWORD);
		assertThat(facilitating
			.perform(post("/dialogues/" + slug + "/languages").param("original", "en").param("languages", "en", "sw"))
			.getStatus()).isEqualTo(302);

		respond(facilitating, path, id, "We will ask the buyers to show their scales.");
		assertThat(facilitating
			.perform(post(path + "/translation").param("language", "sw")
				.param("response", "Tutawaomba wanunuzi waonyeshe mizani yao."))
			.getRedirectedUrl()).isEqualTo(path);
		WebClient swahili = new WebClient(this.mvc);
		swahili.perform(post("/language").param("lang", "sw"));
		Document current = Jsoup.parse(swahili.perform(get(path)).getContentAsString());
		assertThat(current.select(".response .comment-translation .prose[lang=sw]").text())
			.isEqualTo("Tutawaomba wanunuzi waonyeshe mizani yao.");
		assertThat(current.select(".response .out-of-date")).isEmpty();
		assertThat(workLine(facilitating, slug)).contains("Facilitators’ responses to challenges: all translated");

		// Amina rewrites the response: the new one is shown, marked English; the Swahili
		// translation of the old one stays below it, marked out of date.
		respond(facilitating, path, id, "The buyers refused; we are asking the district office instead.");
		Document rewritten = Jsoup.parse(swahili.perform(get(path)).getContentAsString());
		assertThat(rewritten.select(".response > .prose[lang=en]").text())
			.isEqualTo("The buyers refused; we are asking the district office instead.");
		assertThat(rewritten.select(".response .comment-translation.out-of-date .prose[lang=sw]").text())
			.isEqualTo("Tutawaomba wanunuzi waonyeshe mizani yao.");
		assertThat(rewritten.select(".response .comment-translation p.out-of-date").text())
			.isEqualTo("Tafsiri ya maneno ya awali ya jibu — imepitwa na wakati.");
		assertThat(rewritten.select(".response .out-of-date a")).isEmpty();
		// The facilitator: a link to update it, the form says so, the languages page
		// counts it.
		Document facilitatorPage = Jsoup.parse(facilitating.perform(get(path)).getContentAsString());
		assertThat(facilitatorPage.select(".response .out-of-date a").attr("href"))
			.isEqualTo(path + "/translation?language=sw");
		Document form = Jsoup.parse(facilitating.perform(get(path + "/translation?language=sw")).getContentAsString());
		assertThat(form.select("#response-out-of-date").text()).startsWith("The response was rewritten");
		assertThat(form.select("input#response-still-fits")).hasSize(1);
		assertThat(workLine(facilitating, slug))
			.contains("Facilitators’ responses to challenges: 0 of 1 still to translate (1 out of date)");
		// The printable summary in Swahili marks it too.
		assertThat(
				Jsoup.parse(facilitating.perform(get("/dialogues/" + slug + "/summary?lang=sw")).getContentAsString())
					.select(".response")
					.text())
			.contains("Tafsiri ya maneno ya awali");

		// Saving the form unchanged leaves it out of date; a changed translation is
		// current.
		facilitating.perform(post(path + "/translation").param("language", "sw")
			.param("response", "Tutawaomba wanunuzi waonyeshe mizani yao."));
		assertThat(Jsoup.parse(swahili.perform(get(path)).getContentAsString()).select(".response .out-of-date"))
			.isNotEmpty();
		facilitating.perform(post(path + "/translation").param("language", "sw")
			.param("response", "Wanunuzi walikataa; tunaiomba ofisi ya wilaya badala yake."));
		Document updated = Jsoup.parse(swahili.perform(get(path)).getContentAsString());
		assertThat(updated.select(".response .out-of-date")).isEmpty();
		assertThat(updated.select(".response .comment-translation .prose[lang=sw]").text())
			.isEqualTo("Wanunuzi walikataa; tunaiomba ofisi ya wilaya badala yake.");

		// Another rewrite, then the facilitator confirms the unchanged translation fits.
		respond(facilitating, path, id, "The buyers refused; we are asking the district office instead!");
		assertThat(Jsoup.parse(swahili.perform(get(path)).getContentAsString()).select(".response .out-of-date"))
			.isNotEmpty();
		facilitating.perform(post(path + "/translation").param("language", "sw")
			.param("response", "Wanunuzi walikataa; tunaiomba ofisi ya wilaya badala yake.")
			.param("responseStillFits", "true"));
		assertThat(Jsoup.parse(swahili.perform(get(path)).getContentAsString()).select(".response .out-of-date"))
			.isEmpty();

		// Only the status changes: the translation stays current.
		long version = this.jdbc.queryForObject("select version from challenge where id = ?", Long.class, id);
		facilitating.perform(post(path + "/response").param("status", "ADDRESSED")
			.param("response", "The buyers refused; we are asking the district office instead!")
			.param("language", "en")
			.param("version", String.valueOf(version)));
		assertThat(Jsoup.parse(swahili.perform(get(path)).getContentAsString()).select(".response .out-of-date"))
			.isEmpty();
	}

	private void respond(WebClient facilitating, String path, long id, String response) throws Exception {
		long version = this.jdbc.queryForObject("select version from challenge where id = ?", Long.class, id);
		assertThat(facilitating
			.perform(post(path + "/response").param("status", "UNDER_DISCUSSION")
				.param("response", response)
				.param("language", "en")
				.param("version", String.valueOf(version)))
			.getStatus()).isEqualTo(302);
	}

	private java.util.List<String> workLine(WebClient client, String slug) throws Exception {
		return Jsoup.parse(client.perform(get("/dialogues/" + slug + "/translations")).getContentAsString())
			.select(".translation-work li")
			.eachText();
	}

}
