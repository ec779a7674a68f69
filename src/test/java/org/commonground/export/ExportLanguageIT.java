package org.commonground.export;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.commonground.account.AccountRole;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.support.IntegrationTest;
import org.commonground.support.TestAccounts;
import org.commonground.support.TestChallenges;
import org.commonground.support.TestDialogues;
import org.commonground.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 15: the summary exports take a {@code lang} parameter: labels in that language,
 * texts in it where a facilitator translated them (else in their original), every text's
 * original language and its translations in the JSON; the PDF in any of the dialogue's
 * languages.
 */
class ExportLanguageIT extends IntegrationTest {

	static final String VISION = """
			# Geita 2030

			By 2030 artisanal gold mining in Geita is formal, mercury-free, safe and fairly paid.

			Buyers pay the world price minus a published fee.""";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestChallenges challenges;

	String facilitator;

	String slug;

	WebClient facilitating;

	@BeforeEach
	void aDialogueAndItsFacilitatorSignedIn() throws Exception {
		this.facilitator = this.accounts.create("Lugha Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		this.slug = this.dialogues.create(this.facilitator, "Gold and mercury", Visibility.PUBLIC, JoinPolicy.OPEN,
				true, DialogueStatus.OPEN);
		this.facilitating = new WebClient(this.mvc, TestAccounts.newAddress());
		this.facilitating.logIn(this.facilitator, TestAccounts.PASSWORD);
	}

	@Test
	void theSummaryComesInTheLanguageAskedWhereTranslatedAndTheOriginalElsewhere() throws Exception {
		String slug = this.slug;
		WebClient facilitating = this.facilitating;
		String base = "/dialogues/" + slug;
		facilitating.perform(post(base + "/vision/versions").param("text", VISION).param("changeSummary", "First"));
		facilitating.perform(post(base + "/languages").param("original", "en").param("languages", "sw"));
		facilitating.perform(post(base + "/translations/sw").param("title", "Dhahabu na zebaki")
			.param("summary", "Wachimbaji wadogo na serikali wanatafuta msimamo wa pamoja.")
			.param("description", "Maelezo."));
		List<String> keys = this.jdbc.queryForList("""
				select p.paragraph_key from vision_paragraph p join vision_version v on v.id = p.version_id
				join dialogue d on d.id = v.dialogue_id where d.slug = ? order by p.position""", String.class, slug);
		facilitating.perform(
				post(base + "/vision/versions/1/translations/sw").param("texts[" + keys.get(0) + "]", "# Geita 2030")
					.param("texts[" + keys.get(1) + "]", "Kufikia 2030 uchimbaji mdogo wa dhahabu Geita ni rasmi."));

		Document swahili = Jsoup.parse(facilitating.perform(get(base + "/summary").param("lang", "sw"))
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(swahili.select("html").attr("lang")).isEqualTo("sw");
		assertThat(swahili.select(".cover h1").text()).isEqualTo("Dhahabu na zebaki");
		assertThat(swahili.select(".cover .meta").first().text()).contains("kwa Kiswahili",
				"mazungumzo haya: Kiingereza");
		assertThat(swahili.select("ol.paragraphs li").get(1).text()).contains("Kufikia 2030 uchimbaji mdogo");
		assertThat(swahili.select("ol.paragraphs li").get(2).select("[lang=en]").text())
			.as("not translated: the original, marked as English")
			.contains("Buyers pay the world price");
		assertThat(swahili.select("nav a[href$=/export.pdf?lang=en]")).hasSize(1);

		Document english = Jsoup.parse(facilitating.perform(get(base + "/summary").param("lang", "en"))
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(english.select(".cover h1").text()).startsWith("Gold and mercury");
		assertThat(english.select("ol.paragraphs li").get(1).text()).contains("By 2030 artisanal gold mining");
		// The vision's own "# Geita 2030" goes under the page's h1 and the section's h2,
		// in the original and in the translation.
		assertThat(english.select("h1")).hasSize(1);
		assertThat(english.select("ol.paragraphs li").get(0).select("h3").text()).isEqualTo("Geita 2030");
		assertThat(swahili.select("h1")).hasSize(1);
		assertThat(swahili.select("ol.paragraphs li").get(0).select("h3")).hasSize(1);
		assertThat(swahili.select("h2").first().text()).isNotEqualTo(english.select("h2").first().text());

		MockHttpServletResponse pdf = facilitating.perform(get(base + "/export.pdf").param("lang", "sw"));
		assertThat(pdf.getStatus()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
			assertThat(new PDFTextStripper().getText(document)).contains("Dhahabu na zebaki",
					"Kufikia 2030 uchimbaji mdogo");
		}

		JsonNode json = new ObjectMapper().readTree(facilitating.perform(get(base + "/export.json").param("lang", "sw"))
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(json.get("dialogue").get("originalLanguage").asString()).isEqualTo("en");
		assertThat(json.get("dialogue").get("translations").get("sw").get("title").asString())
			.isEqualTo("Dhahabu na zebaki");
		JsonNode paragraph = json.get("vision").get("versions").get(0).get("paragraphs").get(1);
		assertThat(paragraph.get("text").asString()).startsWith("By 2030");
		assertThat(paragraph.get("translations").get("sw").get("text").asString()).startsWith("Kufikia 2030");
		assertThat(json.get("representation").get(0).get("label").asString()).isNotEqualTo(
				new ObjectMapper()
					.readTree(facilitating.perform(get(base + "/export.json").param("lang", "en"))
						.getContentAsString(StandardCharsets.UTF_8))
					.get("representation")
					.get(0)
					.get("label")
					.asString());

		assertThat(facilitating.perform(get(base + "/export.csv").param("lang", "xx")).getStatus()).isEqualTo(400);
		// A parameter not understood: the site's error page in the person's language,
		// whatever the client accepts, not the framework's JSON.
		WebClient french = new WebClient(this.mvc, TestAccounts.newAddress());
		french.logIn(this.facilitator, TestAccounts.PASSWORD);
		french.perform(post("/language").param("lang", "fr").param("return", "/"));
		for (var refused : List.of(get(base + "/summary").param("lang", "xx"),
				get(base + "/export.csv").param("from", "2026-13-01"),
				get(base + "/export.json").param("to", "2026-02-30"))) {
			MockHttpServletResponse page = french.perform(refused.header("Accept", "*/*"));
			assertThat(page.getStatus()).isEqualTo(400);
			String where = refused.buildRequest(new org.springframework.mock.web.MockServletContext()).getRequestURI();
			assertThat(page.getContentType()).as(where + " " + page.getContentAsString()).startsWith("text/html");
			assertThat(Jsoup.parse(page.getContentAsString(StandardCharsets.UTF_8)).select("h1").text())
				.isEqualTo("Nous n\u2019avons pas compris cette demande");
		}
		assertThat(new WebClient(this.mvc).perform(get(base + "/summary").param("lang", "sw")).getStatus())
			.isEqualTo(404);
	}

	@Test
	void contributionsCarryTheirTranslationIntoTheExportsLanguage() throws Exception {
		String facilitator = this.facilitator;
		String slug = this.slug;
		WebClient facilitating = this.facilitating;
		String base = "/dialogues/" + slug;
		long challenge = this.challenges.raise(slug, facilitator, "Roads close in the rains");
		long comment = this.challenges.comment(slug, facilitator, challenge, null, "The **ore** waits for May.");
		long hidden = this.challenges.comment(slug, facilitator, challenge, null, "Said in anger");
		long deleted = this.challenges.comment(slug, facilitator, challenge, null, "Taken back");
		facilitating.perform(post(base + "/challenges/" + challenge + "/translation").param("language", "sw")
			.param("title", "Barabara hufungwa wakati wa mvua")
			.param("body", "Kuanzia Machi hadi Mei."));
		for (long id : new long[] { comment, hidden, deleted }) {
			facilitating.perform(post(base + "/comments/" + id + "/translation").param("language", "sw")
				.param("text", "Tafsiri ya maoni " + id));
		}
		this.jdbc.update("update comment set status = 'HIDDEN' where id = ?", hidden);
		this.jdbc.update("update comment set status = 'DELETED', body_source = '', body_html = '' where id = ?",
				deleted);

		List<CSVRecord> swahili = ExportIT.parse(facilitating.perform(get(base + "/export.csv").param("lang", "sw")));
		CSVRecord challengeRow = swahili.stream().filter((r) -> r.get("type").equals("CHALLENGE")).findFirst().get();
		assertThat(challengeRow.get("translation_language")).isEqualTo("sw");
		assertThat(challengeRow.get("title_translated")).isEqualTo("Barabara hufungwa wakati wa mvua");
		assertThat(challengeRow.get("text_translated")).isEqualTo("Kuanzia Machi hadi Mei.");
		assertThat(row(swahili, comment).get("text")).isEqualTo("The **ore** waits for May.");
		assertThat(row(swahili, comment).get("text_translated")).isEqualTo("Tafsiri ya maoni " + comment);
		assertThat(row(swahili, comment).get("title_translated")).isEmpty();
		assertThat(row(swahili, comment).get("translation_out_of_date")).isEqualTo("false");
		// A text not exported is not exported translated either.
		for (long id : new long[] { hidden, deleted }) {
			assertThat(row(swahili, id).get("text")).isEmpty();
			assertThat(row(swahili, id).get("translation_language")).isEmpty();
			assertThat(row(swahili, id).get("text_translated")).isEmpty();
		}
		// Edited after it was translated: the translation says so.
		this.jdbc.update("update comment set edited_at = now() + interval '1 minute' where id = ?", comment);
		assertThat(row(ExportIT.parse(facilitating.perform(get(base + "/export.csv").param("lang", "sw"))), comment)
			.get("translation_out_of_date")).isEqualTo("true");
		List<CSVRecord> french = ExportIT.parse(facilitating.perform(get(base + "/export.csv").param("lang", "fr")));
		assertThat(french).allSatisfy((r) -> assertThat(r.get("text_translated")).isEmpty());
		// The anonymised author is named in the export's language too.
		assertThat(french).allSatisfy((r) -> assertThat(r.get("author")).matches("Participant·e \\d+"));
		assertThat(swahili).allSatisfy((r) -> assertThat(r.get("author")).matches("Mshiriki \\d+"));
		assertThat(ExportIT.parse(facilitating.perform(get(base + "/export.csv").param("lang", "pt"))))
			.allSatisfy((r) -> assertThat(r.get("author")).matches("Participante \\d+"));

		JsonNode json = new ObjectMapper().readTree(facilitating.perform(get(base + "/export.json").param("lang", "sw"))
			.getContentAsString(StandardCharsets.UTF_8));
		JsonNode first = json.get("challenges").get(0);
		assertThat(first.get("translation").get("language").asString()).isEqualTo("sw");
		assertThat(first.get("translation").get("title").asString()).isEqualTo("Barabara hufungwa wakati wa mvua");
		JsonNode comments = first.get("comments");
		JsonNode translated = null;
		for (JsonNode c : comments) {
			if (c.get("id").asLong() == comment) {
				translated = c;
			}
			else {
				assertThat(c.has("translation")).as("comment %s", c.get("id")).isFalse();
			}
		}
		assertThat(translated.get("translation").get("text").asString()).isEqualTo("Tafsiri ya maoni " + comment);
		assertThat(translated.get("translation").has("title")).isFalse();
		assertThat(translated.get("translation").get("outOfDate").asBoolean()).isTrue();
	}

	private static CSVRecord row(List<CSVRecord> rows, long commentId) {
		return rows.stream()
			.filter((r) -> r.get("type").equals("CHALLENGE_COMMENT") && r.get("id").equals("" + commentId))
			.findFirst()
			.orElseThrow();
	}

}
