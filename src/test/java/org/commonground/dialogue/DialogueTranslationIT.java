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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 15: a dialogue declares its languages; its facilitators translate its title,
 * summary and description; readers see their language where it exists, the original
 * otherwise, and can always switch without JavaScript.
 */
class DialogueTranslationIT extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Autowired
	TestChallenges challenges;

	@Test
	void facilitatorsTranslateAndReadersSeeTheirLanguageWithTheOriginalOneLinkAway() throws Exception {
		String facilitator = this.accounts.create("Translating Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String member = this.accounts.create("Translation Reader", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		String slug = this.dialogues.create(facilitator, "Gold and mercury in Geita", Visibility.PUBLIC,
				JoinPolicy.OPEN, true, DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, member, DisplayMode.NAMED);
		WebClient facilitating = client(facilitator);

		// One language to begin with: nothing to translate; Swahili added, it is on the
		// to-do list.
		Document overview = page(facilitating, "/dialogues/" + slug + "/translations");
		assertThat(overview.select("h1").text()).isEqualTo("Languages and translations");
		assertThat(overview.text()).contains("held in one language only");
		assertThat(facilitating
			.perform(post("/dialogues/" + slug + "/languages").param("original", "en")
				.param("languages", "en", "sw", "fr"))
			.getRedirectedUrl()).isEqualTo("/dialogues/" + slug + "/translations");
		overview = page(facilitating, "/dialogues/" + slug + "/translations");
		assertThat(overview.text()).contains("Languages still without a translation: 2.",
				"Kiswahili: not yet translated");

		// Bad input: an error next to the field, and what was typed is kept.
		Document refused = Jsoup.parse(
				facilitating
					.perform(post("/dialogues/" + slug + "/translations/sw").param("title", "")
						.param("summary", "Wachimbaji wadogo, serikali na wanunuzi wanatafuta msimamo wa pamoja.")
						.param("description", "Zebaki"))
					.getContentAsString());
		assertThat(refused.select("#title-error").text()).isNotBlank();
		assertThat(refused.select("h1").text()).isEqualTo("Translation into Swahili");
		assertThat(refused.select("#summary").text()).startsWith("Wachimbaji wadogo");
		assertThat(refused.select("details.original-text").text()).contains("Gold and mercury in Geita");

		assertThat(facilitating
			.perform(post("/dialogues/" + slug + "/translations/sw").param("title", "Dhahabu na zebaki Geita")
				.param("summary", "Wachimbaji wadogo, serikali na wanunuzi wanatafuta msimamo wa pamoja.")
				.param("description", "Tunazungumza kuhusu **zebaki** <script>alert(1)</script>"))
			.getRedirectedUrl()).isEqualTo("/dialogues/" + slug + "/translations");
		assertThat(page(facilitating, "/dialogues/" + slug + "/translations").text())
			.contains("Languages still without a translation: 1.", "Kiswahili: translated");

		// A Swahili reader sees the translation, marked as one, with the original a link
		// away.
		WebClient swahili = client(member);
		swahili.perform(post("/language").param("lang", "sw"));
		Document read = Jsoup.parse(swahili.perform(get("/dialogues/" + slug)).getContentAsString());
		assertThat(read.select("html").attr("lang")).isEqualTo("sw");
		assertThat(read.select("h1").text()).isEqualTo("Dhahabu na zebaki Geita");
		assertThat(read.select(".description strong").text()).isEqualTo("zebaki");
		assertThat(read.select(".description script")).isEmpty();
		assertThat(read.select("p.text-languages").text()).contains("English");
		assertThat(read.select("p.text-languages a").attr("href")).isEqualTo("/dialogues/" + slug + "?text=en");
		Document original = Jsoup
			.parse(swahili.perform(get("/dialogues/" + slug).param("text", "en")).getContentAsString());
		assertThat(original.select("h1").text()).startsWith("Gold and mercury in Geita");
		assertThat(original.select("h1").attr("lang")).isEqualTo("en");

		// An English reader sees the original and is offered Swahili; French has no
		// translation yet, so a French reader sees the original.
		Document english = Jsoup.parse(new WebClient(this.mvc).perform(get("/dialogues/" + slug)).getContentAsString());
		assertThat(english.select("h1").text()).startsWith("Gold and mercury in Geita");
		assertThat(english.select("p.text-languages").text()).contains("Original: English", "also in:", "Kiswahili");
		WebClient frenchReader = new WebClient(this.mvc);
		frenchReader.perform(post("/language").param("lang", "fr"));
		Document french = Jsoup.parse(frenchReader.perform(get("/dialogues/" + slug)).getContentAsString());
		assertThat(french.select("html").attr("lang")).isEqualTo("fr");
		assertThat(french.select("h1").text()).startsWith("Gold and mercury in Geita");
		assertThat(french.select("h1").attr("lang")).isEqualTo("en");
	}

	@Test
	void theTranslatedTitleNamesTheDialogueInListsAndBreadcrumbs() throws Exception {
		String facilitator = this.accounts.create("Titles Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String member = this.accounts.create("Titles Reader", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		String slug = this.dialogues.create(facilitator, "Mercury-free gold", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, member, DisplayMode.NAMED);
		long challenge = this.challenges.raise(slug, member, "Retorts cost too much");
		WebClient facilitating = client(facilitator);
		facilitating
			.perform(post("/dialogues/" + slug + "/languages").param("original", "en").param("languages", "sw", "fr"));
		facilitating.perform(post("/dialogues/" + slug + "/translations/sw").param("title", "Dhahabu bila zebaki")
			.param("summary", "Wachimbaji wadogo wanatafuta njia bila zebaki.")
			.param("description", ""));
		String link = "a[href='/dialogues/" + slug + "']";
		String challengePage = "/dialogues/" + slug + "/challenges/" + challenge;

		// A Swahili reader: the Swahili title and summary in the list, the Swahili title
		// in the challenge page's breadcrumb, in the page's language (no lang of its
		// own).
		WebClient swahili = client(member);
		swahili.perform(post("/language").param("lang", "sw"));
		Document list = page(swahili, "/dialogues?mine=true");
		assertThat(list.select(".dialogue-cards " + link).text()).isEqualTo("Dhahabu bila zebaki");
		assertThat(list.select(".dialogue-cards " + link).attr("lang")).isEmpty();
		assertThat(list.select(".dialogue-cards li:has(" + link + ")").text())
			.contains("Wachimbaji wadogo wanatafuta njia bila zebaki.");
		Document home = page(swahili, "/");
		assertThat(home.select(".dialogue-cards " + link).eachText()).contains("Dhahabu bila zebaki");
		Document challengeSw = page(swahili, challengePage);
		assertThat(challengeSw.select("nav.breadcrumbs " + link).text()).isEqualTo("Dhahabu bila zebaki");
		assertThat(challengeSw.select("nav.breadcrumbs " + link).attr("lang")).isEmpty();

		// An English reader sees the original everywhere.
		WebClient english = new WebClient(this.mvc);
		assertThat(page(english, "/dialogues").select(".dialogue-cards " + link).text())
			.startsWith("Mercury-free gold");
		assertThat(page(english, challengePage).select("nav.breadcrumbs " + link).text())
			.startsWith("Mercury-free gold");

		// A French reader, with no French translation: the original, marked as English.
		WebClient french = new WebClient(this.mvc);
		french.perform(post("/language").param("lang", "fr"));
		Document challengeFr = page(french, challengePage);
		assertThat(challengeFr.select("nav.breadcrumbs " + link).text()).startsWith("Mercury-free gold");
		assertThat(challengeFr.select("nav.breadcrumbs " + link).attr("lang")).isEqualTo("en");
		assertThat(page(french, "/dialogues").select(".dialogue-cards " + link).attr("lang")).isEqualTo("en");
	}

	@Test
	void onlyFacilitatorsTranslateAndOnlyIntoTheDialoguesOtherLanguages() throws Exception {
		String facilitator = this.accounts.create("Language Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String member = this.accounts.create("Language Member", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		String slug = this.dialogues.create(facilitator, "Languages guarded", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, member, DisplayMode.NAMED);
		WebClient facilitating = client(facilitator);
		facilitating
			.perform(post("/dialogues/" + slug + "/languages").param("original", "en").param("languages", "sw"));

		WebClient memberClient = client(member);
		assertThat(memberClient.perform(get("/dialogues/" + slug + "/translations")).getStatus()).isEqualTo(404);
		assertThat(memberClient
			.perform(
					post("/dialogues/" + slug + "/translations/sw").param("title", "Hapana").param("summary", "Hapana"))
			.getStatus()).isEqualTo(404);
		assertThat(new WebClient(this.mvc).perform(get("/dialogues/" + slug + "/translations/sw")).getStatus())
			.isIn(302, 404);
		// Not a language of the dialogue, or its original: nothing to translate into.
		assertThat(facilitating.perform(get("/dialogues/" + slug + "/translations/pt")).getStatus()).isEqualTo(404);
		assertThat(facilitating.perform(get("/dialogues/" + slug + "/translations/en")).getStatus()).isEqualTo(404);
		// A change without the form's CSRF token is refused.
		MockHttpServletResponse forged = facilitating.performAsIs(
				post("/dialogues/" + slug + "/translations/sw").param("title", "Bandia").param("summary", "x"));
		assertThat(forged.getStatus()).isEqualTo(403);
		// An unknown language is refused next to the field.
		Document wrong = Jsoup.parse(facilitating
			.perform(post("/dialogues/" + slug + "/languages").param("original", "xx").param("languages", "sw"))
			.getContentAsString());
		assertThat(wrong.select("#original-error").text()).contains("Choose one of the five languages.");
	}

	@Test
	void aNewDialogueIsWrittenInTheLanguageItsCreatorChooses() throws Exception {
		String facilitator = this.accounts.create("Lingua Facilitadora", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		WebClient portuguese = client(facilitator);
		portuguese.perform(post("/language").param("lang", "pt"));
		// The form offers the creator's interface language first.
		assertThat(page(portuguese, "/dialogues/new").select("select#language option[selected]").val()).isEqualTo("pt");
		String created = newDialogue(portuguese, "Ouro e mercúrio em Manica", "pt");
		assertThat(created).startsWith("/dialogues/");
		// Its title is marked Portuguese for a reader of English, not for one of
		// Portuguese.
		Document shown = page(portuguese, created);
		assertThat(shown.select("h1").attr("lang")).isEmpty();
		WebClient englishFacilitator = client(facilitator);
		englishFacilitator.perform(post("/language").param("lang", "en"));
		assertThat(page(englishFacilitator, created).select("h1").attr("lang")).isEqualTo("pt");
		// Another language chosen on the form; none chosen: the interface's.
		String inSwahili = newDialogue(portuguese, "Dhahabu Geita", "sw");
		assertThat(page(englishFacilitator, inSwahili).select("h1").attr("lang")).isEqualTo("sw");
		String unchosen = newDialogue(portuguese, "Sem língua escolhida", null);
		assertThat(page(englishFacilitator, unchosen).select("h1").attr("lang")).isEqualTo("pt");
		// A form sent back with errors keeps the choice.
		assertThat(Jsoup
			.parse(portuguese.perform(post("/dialogues").param("title", "").param("language", "es"))
				.getContentAsString())
			.select("select#language option[selected]")
			.val()).isEqualTo("es");
		// The edit form does not offer it: the languages page changes it.
		assertThat(page(portuguese, inSwahili + "/edit").select("select#language")).isEmpty();
	}

	/**
	 * Creates a dialogue through the form, written in {@code language} (none: not
	 * chosen).
	 */
	private static String newDialogue(WebClient client, String title, String language) throws Exception {
		var request = post("/dialogues").param("title", title)
			.param("summary", title + ": a summary.")
			.param("visibility", "PUBLIC")
			.param("joinPolicy", "OPEN");
		if (language != null) {
			request.param("language", language);
		}
		return client.perform(request).getRedirectedUrl();
	}

	private Document page(WebClient client, String path) throws Exception {
		MockHttpServletResponse response = client.perform(get(path));
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private WebClient client(String email) throws Exception {
		WebClient client = new WebClient(this.mvc, TestAccounts.newAddress());
		client.logIn(email, TestAccounts.PASSWORD);
		return client;
	}

}
