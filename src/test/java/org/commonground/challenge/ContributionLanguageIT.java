package org.commonground.challenge;

import org.commonground.account.AccountRole;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.DisplayMode;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.support.IntegrationTest;
import org.commonground.support.TestAccounts;
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
 * Issue 15: a challenge or a comment records the language it was written in — the
 * author's interface language unless they choose another on the form — and pages mark
 * text in another language than the reader's with its {@code lang}.
 */
class ContributionLanguageIT extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void listsQueuesAndTheAdminConsoleMarkTitlesInAnotherLanguage() throws Exception {
		String facilitator = this.accounts.create("Orodha Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String miner = this.accounts.create("Orodha Miner", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		String slug = this.dialogues.create(facilitator, "Titles in lists", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, miner, DisplayMode.NAMED);
		WebClient swahili = new WebClient(this.mvc, TestAccounts.newAddress());
		swahili.logIn(miner, TestAccounts.PASSWORD);
		String path = swahili
			.perform(post("/dialogues/" + slug + "/challenges").param("title", "Mizani haikaguliwi")
				.param("body", "Hakuna anayekagua mizani ya wanunuzi.")
				.param("language", "sw"))
			.getRedirectedUrl();
		WebClient facilitating = new WebClient(this.mvc, TestAccounts.newAddress());
		facilitating.logIn(facilitator, TestAccounts.PASSWORD);
		facilitating.perform(post(path + "/report").param("reason", "OFF_TOPIC"));

		// An English reader: the Swahili title marked in the list and on the dialogue's
		// page.
		WebClient english = new WebClient(this.mvc);
		assertThat(Jsoup.parse(english.perform(get("/dialogues/" + slug + "/challenges")).getContentAsString())
			.select(".challenge-card .card-title a[lang=sw]")
			.text()).isEqualTo("Mizani haikaguliwi");
		assertThat(Jsoup.parse(english.perform(get("/dialogues/" + slug)).getContentAsString())
			.select(".challenge-highlights a[lang=sw]")
			.text()).isEqualTo("Mizani haikaguliwi");
		// The moderators' queue: its title and its text.
		Document queue = Jsoup
			.parse(facilitating.perform(get("/dialogues/" + slug + "/moderation")).getContentAsString());
		assertThat(queue.select(".moderated-item strong[lang=sw]").text()).isEqualTo("Mizani haikaguliwi");
		assertThat(queue.select(".moderated-item .prose[lang=sw]").text()).contains("Hakuna anayekagua");
		// A Swahili reader: nothing to mark.
		swahili.perform(post("/language").param("lang", "sw"));
		assertThat(Jsoup.parse(swahili.perform(get("/dialogues/" + slug + "/challenges")).getContentAsString())
			.select(".challenge-card .card-title a[lang]")).isEmpty();

		// The admins' list of dialogues, for an admin reading Swahili: the English title
		// marked.
		WebClient admin = new WebClient(this.mvc, TestAccounts.newAddress());
		admin.logIn(this.accounts.admin("Orodha Admin"), TestAccounts.PASSWORD);
		admin.perform(post("/language").param("lang", "sw"));
		assertThat(Jsoup.parse(admin.perform(get("/admin/dialogues")).getContentAsString())
			.select("a[href=/dialogues/" + slug + "]")
			.attr("lang")).isEqualTo("en");
	}

	@Test
	void contributionsKeepTheLanguageTheyWereWrittenIn() throws Exception {
		String facilitator = this.accounts.create("Lugha Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String miner = this.accounts.create("Lugha Miner", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		String slug = this.dialogues.create(facilitator, "Languages of contributions", Visibility.PUBLIC,
				JoinPolicy.OPEN, true, DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, miner, DisplayMode.NAMED);
		WebClient swahili = new WebClient(this.mvc, TestAccounts.newAddress());
		swahili.logIn(miner, TestAccounts.PASSWORD);
		swahili.perform(post("/language").param("lang", "sw"));

		// The form offers the interface language first.
		Document form = Jsoup
			.parse(swahili.perform(get("/dialogues/" + slug + "/challenges/new")).getContentAsString());
		assertThat(form.select("select#language option[selected]").val()).isEqualTo("sw");

		String inSwahili = swahili
			.perform(post("/dialogues/" + slug + "/challenges").param("title", "Bei ya dhahabu haieleweki")
				.param("body", "Wanunuzi hawaonyeshi bei ya siku."))
			.getRedirectedUrl();
		String inEnglish = swahili
			.perform(post("/dialogues/" + slug + "/challenges").param("title", "Scales are not checked")
				.param("body", "Nobody checks the buyers' scales.")
				.param("language", "en"))
			.getRedirectedUrl();
		assertThat(language("challenge", idIn(inSwahili))).isEqualTo("sw");
		assertThat(language("challenge", idIn(inEnglish))).isEqualTo("en");

		long challenge = idIn(inSwahili);
		swahili.perform(post("/dialogues/" + slug + "/comments").param("targetType", "CHALLENGE")
			.param("targetId", String.valueOf(challenge))
			.param("body", "Nous avons le même problème à Rwamagasa.")
			.param("language", "fr"));
		swahili.perform(post("/dialogues/" + slug + "/comments").param("targetType", "CHALLENGE")
			.param("targetId", String.valueOf(challenge))
			.param("body", "Tunahitaji mizani iliyothibitishwa.")
			.param("language", "xx"));
		assertThat(this.jdbc.queryForList("select language from comment where target_id = ? order by id", String.class,
				challenge))
			.containsExactly("fr");
		// Search indexes each text under the language it was written in.
		assertThat(this.jdbc.queryForList("""
				select e.language from search_entry e join comment c on c.id = e.source_id
				where e.kind = 'COMMENT' and c.target_id = ?""", String.class, challenge)).containsExactly("fr");
		assertThat(
				this.jdbc.queryForList("select language from search_entry where kind = 'CHALLENGE' and source_id = ?",
						String.class, idIn(inEnglish)))
			.containsExactly("en");

		// A Swahili reader: the French comment is marked French, the Swahili text
		// unmarked; an English reader sees the Swahili challenge marked Swahili.
		Document page = Jsoup
			.parse(swahili.perform(get("/dialogues/" + slug + "/challenges/" + challenge)).getContentAsString());
		assertThat(page.select("h1").attr("lang")).isEmpty();
		assertThat(page.select(".comment .prose[lang=fr]").text()).contains("le même problème");
		Document english = Jsoup
			.parse(new WebClient(this.mvc).perform(get("/dialogues/" + slug + "/challenges/" + challenge))
				.getContentAsString());
		assertThat(english.select("h1").attr("lang")).isEqualTo("sw");

		// A facilitator translates the French comment into Swahili: shown below the
		// original, marked with its language and who made it; members do not translate.
		long french = this.jdbc.queryForObject("select id from comment where target_id = ? and language = 'fr'",
				Long.class, challenge);
		String translation = "/dialogues/" + slug + "/comments/" + french + "/translation";
		assertThat(swahili.perform(get(translation)).getStatus()).isEqualTo(404);
		assertThat(swahili.perform(post(translation).param("language", "sw").param("text", "Hapana")).getStatus())
			.isEqualTo(404);
		WebClient facilitating = new WebClient(this.mvc, TestAccounts.newAddress());
		facilitating.logIn(facilitator, TestAccounts.PASSWORD);
		assertThat(page.select("a[href='" + translation + "']")).isEmpty();
		Document sameLanguage = Jsoup
			.parse(facilitating.perform(post(translation).param("language", "fr").param("text", "Le même problème."))
				.getContentAsString());
		assertThat(sameLanguage.select("#text-error").text()).contains("other than the one the comment is written in");
		assertThat(sameLanguage.select("textarea#text").text()).isEqualTo("Le même problème.");
		assertThat(facilitating
			.perform(post(translation).param("language", "sw")
				.param("text", "Tuna tatizo hilo hilo Rwamagasa. <script>x</script>"))
			.getRedirectedUrl()).isEqualTo("/dialogues/" + slug + "/challenges/" + challenge + "#comment-" + french);
		Document translated = Jsoup
			.parse(swahili.perform(get("/dialogues/" + slug + "/challenges/" + challenge)).getContentAsString());
		assertThat(translated.select("#comment-" + french + " .prose[lang=fr]").text()).contains("le même problème");
		assertThat(translated.select("#comment-" + french + " .comment-translation .meta").text())
			.isEqualTo("Tafsiri kwa Kiswahili na Lugha Facilitator");
		assertThat(translated.select("#comment-" + french + " .comment-translation .prose[lang=sw]").text())
			.startsWith("Tuna tatizo hilo hilo Rwamagasa.");
		assertThat(translated.select(".comment-translation script")).isEmpty();
		// The Swahili challenge translated into English, for an English reader; not into
		// its own language; members do not translate.
		String challengeTranslation = "/dialogues/" + slug + "/challenges/" + challenge + "/translation";
		assertThat(swahili.perform(get(challengeTranslation)).getStatus()).isEqualTo(404);
		assertThat(Jsoup
			.parse(facilitating.perform(post(challengeTranslation).param("language", "sw").param("title", "Bei"))
				.getContentAsString())
			.select(".error-summary")
			.text()).contains("other than the one the challenge");
		assertThat(facilitating
			.perform(post(challengeTranslation).param("language", "en")
				.param("title", "The gold price is unclear")
				.param("body", "Buyers do not show the day's price."))
			.getRedirectedUrl()).isEqualTo("/dialogues/" + slug + "/challenges/" + challenge);
		// Emptying the title box beside a translated text is refused beside the title,
		// the text kept, the saved title still there.
		Document untitled = Jsoup.parse(
				facilitating
					.perform(post(challengeTranslation).param("language", "en")
						.param("title", " ")
						.param("body", "Buyers never show the day's price."))
					.getContentAsString());
		assertThat(untitled.select(".error-summary a[href=#title]").text()).startsWith("Translate the title too");
		assertThat(untitled.select("#title-error").text()).contains("Translate the title too");
		assertThat(untitled.select("input#title").attr("aria-describedby")).isEqualTo("title-error");
		assertThat(untitled.select("textarea#body").text()).isEqualTo("Buyers never show the day's price.");
		assertThat(untitled.select("#language-error, #body-error")).isEmpty();
		// Coming back without a language asked for, the form opens on the reader's own
		// (English here) with what was saved, not on empty boxes of another language.
		Document reopened = Jsoup.parse(facilitating.perform(get(challengeTranslation)).getContentAsString());
		assertThat(reopened.select("select#language option[selected]").eachAttr("value")).containsExactly("en");
		assertThat(reopened.select("input[name=title]").val()).isEqualTo("The gold price is unclear");
		Document englishAgain = Jsoup
			.parse(new WebClient(this.mvc).perform(get("/dialogues/" + slug + "/challenges/" + challenge))
				.getContentAsString());
		assertThat(englishAgain.select(".comment-translation[lang], .comment-translation [lang=en]").text())
			.contains("The gold price is unclear", "Buyers do not show the day's price.");
		assertThat(englishAgain.select(".comment-translation .meta").first().text())
			.isEqualTo("Translation into English by Lugha Facilitator");
		// The English reader reads the translated title in the heading, the tab, the list
		// and the dialogue's page, marked as a translation, the original beside it on the
		// challenge's page.
		assertThat(englishAgain.select("h1").text()).isEqualTo("The gold price is unclear");
		assertThat(englishAgain.select("h1").attr("lang")).isEqualTo("en");
		assertThat(englishAgain.title()).startsWith("The gold price is unclear · ");
		assertThat(englishAgain.select(".title-original").text()).startsWith("Translated from Swahili");
		assertThat(englishAgain.select(".title-original [lang=sw]").text()).isEqualTo("Bei ya dhahabu haieleweki");
		Document englishList = Jsoup
			.parse(new WebClient(this.mvc).perform(get("/dialogues/" + slug + "/challenges")).getContentAsString());
		assertThat(englishList.select(".challenge-card .card-title a[lang=en]").eachText())
			.containsExactly("The gold price is unclear");
		assertThat(englishList.select(".challenge-card .translated-title").eachText()).containsExactly("Translated");
		assertThat(englishList.select(".challenge-card .card-title a").eachText())
			.doesNotContain("Bei ya dhahabu haieleweki");
		Document englishDialogue = Jsoup
			.parse(new WebClient(this.mvc).perform(get("/dialogues/" + slug)).getContentAsString());
		assertThat(englishDialogue.select(".challenge-highlights a[lang=en]").text())
			.isEqualTo("The gold price is unclear");
		assertThat(englishDialogue.select(".challenge-highlights .translated-title")).hasSize(1);
		// The Swahili reader still reads the original, unmarked.
		Document swahiliPage = Jsoup
			.parse(swahili.perform(get("/dialogues/" + slug + "/challenges/" + challenge)).getContentAsString());
		assertThat(swahiliPage.select("h1").text()).isEqualTo("Bei ya dhahabu haieleweki");
		assertThat(swahiliPage.select(".title-original")).isEmpty();
		// The translation form shows the saved title (not the page's own title), none for
		// a language not yet translated into, and saving it unchanged keeps it.
		Document translationForm = Jsoup
			.parse(facilitating.perform(get(challengeTranslation + "?language=en")).getContentAsString());
		assertThat(translationForm.select("input#title").val()).isEqualTo("The gold price is unclear");
		assertThat(translationForm.select("details.original-text summary").text())
			.isEqualTo("The challenge (in Swahili)");
		assertThat(Jsoup.parse(facilitating.perform(get(challengeTranslation + "?language=fr")).getContentAsString())
			.select("input#title")
			.val()).isEmpty();
		assertThat(facilitating
			.perform(post(challengeTranslation).param("language", "en")
				.param("title", translationForm.select("input#title").val())
				.param("body", translationForm.select("textarea#body").text()))
			.getRedirectedUrl()).isEqualTo("/dialogues/" + slug + "/challenges/" + challenge);
		assertThat(this.jdbc.queryForObject(
				"select title from challenge_translation where challenge_id = ? and language = 'en'", String.class,
				challenge))
			.isEqualTo("The gold price is unclear");
		// A Spanish reader reads the language's name in Spanish, in lower case
		// mid-sentence.
		WebClient spanish = new WebClient(this.mvc);
		spanish.perform(post("/language").param("lang", "es"));
		assertThat(Jsoup
			.parse(spanish.perform(get("/dialogues/" + slug + "/challenges/" + challenge)).getContentAsString())
			.select(".comment-translation .meta")
			.first()
			.text()).isEqualTo("Traducción al inglés por Lugha Facilitator");

		// The facilitators answer the Swahili challenge in English, then translate the
		// answer into Swahili, the challenge's own language; not into the answer's own.
		String challengePath = "/dialogues/" + slug + "/challenges/" + challenge;
		long version = this.jdbc.queryForObject("select version from challenge where id = ?", Long.class, challenge);
		assertThat(facilitating
			.perform(post(challengePath + "/response").param("status", "UNDER_DISCUSSION")
				.param("response", "We will ask the buyers to show the price.")
				.param("language", "en")
				.param("version", String.valueOf(version)))
			.getStatus()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select response_language from challenge where id = ?", String.class,
				challenge))
			.isEqualTo("en");
		assertThat(Jsoup.parse(facilitating.perform(get(challengeTranslation + "?language=sw")).getContentAsString())
			.select("main form select[name=language] option")
			.eachAttr("value")).contains("sw");
		assertThat(facilitating
			.perform(post(challengeTranslation).param("language", "sw")
				.param("response", "Tutawaomba wanunuzi waonyeshe bei."))
			.getRedirectedUrl()).isEqualTo(challengePath);
		assertThat(Jsoup
			.parse(facilitating.perform(post(challengeTranslation).param("language", "en").param("response", "Again"))
				.getContentAsString())
			.select(".error-summary")
			.text()).contains("The response is written in this language");
		Document answered = Jsoup.parse(swahili.perform(get(challengePath)).getContentAsString());
		assertThat(answered.select(".response > .prose[lang=en]").text())
			.isEqualTo("We will ask the buyers to show the price.");
		assertThat(answered.select(".response .comment-translation .prose[lang=sw]").text())
			.isEqualTo("Tutawaomba wanunuzi waonyeshe bei.");

		// Empty: the translation goes.
		facilitating.perform(post(translation).param("language", "sw").param("text", " "));
		assertThat(Jsoup
			.parse(swahili.perform(get("/dialogues/" + slug + "/challenges/" + challenge)).getContentAsString())
			.select("#comment-" + french + " .comment-translation")).isEmpty();

		// A facilitator who reads Spanish opens "Translate" on the French comment: the
		// form starts on Spanish, not on the first language of the list.
		WebClient spanishFacilitator = new WebClient(this.mvc, TestAccounts.newAddress());
		spanishFacilitator.logIn(facilitator, TestAccounts.PASSWORD);
		spanishFacilitator.perform(post("/language").param("lang", "es"));
		assertThat(Jsoup.parse(spanishFacilitator.perform(get(translation)).getContentAsString())
			.select("select#language option[selected]")
			.eachAttr("value")).containsExactly("es");
		spanishFacilitator.perform(post("/language").param("lang", "en"));
	}

	private String language(String table, long id) {
		return this.jdbc.queryForObject("select language from " + table + " where id = ?", String.class, id);
	}

	private static long idIn(String path) {
		return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
	}

}
