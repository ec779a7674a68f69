package org.commonground.resource;

import java.nio.charset.StandardCharsets;

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
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 15: library entries in the reader's language. An entry records the language it
 * was written in; its facilitators and trusted translators translate it; readers see
 * their language where it exists, marked as a translation with who made it, the original
 * one link away; facilitators see what is left to translate; search finds translations.
 */
class ResourceTranslationIT extends IntegrationTest {

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
	void facilitatorsTranslateAnEntryAndReadersSeeTheirLanguageWithTheOriginalOneLinkAway() throws Exception {
		String facilitator = this.accounts.create("Faraji Tafsiri", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String reader = this.accounts.create("Mwanaisha Reader", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		String slug = this.dialogues.create(facilitator, "Library in two languages", Visibility.PUBLIC, JoinPolicy.OPEN,
				true, DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, reader, DisplayMode.NAMED);
		WebClient facilitating = client(facilitator);
		facilitating
			.perform(post("/dialogues/" + slug + "/languages").param("original", "en").param("languages", "en", "sw"));

		// A blog post written in English (the form's language).
		MockHttpServletResponse created = facilitating
			.upload(multipart("/dialogues/" + slug + "/resources").param("kind", "BLOG")
				.param("title", "Retorts at the Nyarugusu workshop")
				.param("summary", "What fourteen miners said about mercury.")
				.param("body", "We met under the **mango tree**.")
				.param("language", "en"));
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(302);
		String page = created.getRedirectedUrl();
		long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
		String translation = page + "/translation";

		// The dialogue's languages page lists it with the vision's paragraphs as left to
		// translate into Swahili.
		facilitating.perform(post("/dialogues/" + slug + "/vision/versions")
			.param("text", "# Geita 2030\n\nMiners and buyers agree on fair scales.")
			.param("changeSummary", "First"));
		assertThat(page(facilitating, "/dialogues/" + slug + "/translations").select(".translation-work li").eachText())
			.containsExactly("Vision, newest version: 2 of 2 still to translate", "Library: 1 of 1 still to translate");

		// It is on the facilitators' list of what is left to translate into Swahili.
		Document library = page(facilitating, "/dialogues/" + slug + "/resources");
		assertThat(library.select(".translation-todo").text()).contains("Kiswahili: 1 entry not yet translated");
		Document left = page(facilitating, "/dialogues/" + slug + "/resources?untranslated=sw");
		assertThat(left.select(".resource-card h2 a").eachText()).containsExactly("Retorts at the Nyarugusu workshop");
		assertThat(left.select(".translation-todo").text()).contains("Showing only the entries not yet in Swahili.");
		// Readers who do not translate see no such list, and the filter does nothing for
		// them.
		WebClient member = client(reader);
		assertThat(page(member, "/dialogues/" + slug + "/resources").select(".translation-todo")).isEmpty();

		// An ordinary member cannot translate: no link, 404 on the form and on saving.
		assertThat(page(member, page).select("a[href^='" + translation + "']")).isEmpty();
		assertThat(member.perform(get(translation)).getStatus()).isEqualTo(404);
		assertThat(member.perform(post(translation).param("language", "sw").param("title", "Jaribio")).getStatus())
			.isEqualTo(404);
		assertThat(new WebClient(this.mvc).perform(get(translation)).getStatus()).isIn(302, 404);

		// The facilitator has the link; bad input gets an error beside the field, with
		// what was typed kept; no change without the CSRF token.
		assertThat(page(facilitating, page).select("a[href^='" + translation + "']").text()).isEqualTo("Translate");
		Document form = page(facilitating, translation);
		assertThat(form.select("details.original-text").text()).contains("Retorts at the Nyarugusu workshop");
		assertThat(
				form.select("main form[action='" + translation + "'] select[name=language] option").eachAttr("value"))
			.doesNotContain("en")
			.contains("sw", "fr");
		Document refused = Jsoup.parse(
				facilitating
					.perform(post(translation).param("language", "sw")
						.param("title", "")
						.param("summary", "Wachimbaji kumi na wanne walisema nini kuhusu zebaki."))
					.getContentAsString());
		assertThat(refused.select("#title-error").text()).isEqualTo("Error: Give a title.");
		assertThat(refused.select("#summary").text())
			.isEqualTo("Wachimbaji kumi na wanne walisema nini kuhusu zebaki.");
		Document ownLanguage = Jsoup
			.parse(facilitating.perform(post(translation).param("language", "en").param("title", "Retorts again"))
				.getContentAsString());
		assertThat(ownLanguage.select("#language-error").text())
			.isEqualTo("Error: Choose a language other than the one the entry is written in.");
		assertThat(ownLanguage.select("#title").val()).isEqualTo("Retorts again");
		assertThat(facilitating.performAsIs(post(translation).param("language", "sw").param("title", "Bila tokeni"))
			.getStatus()).isEqualTo(403);

		MockHttpServletResponse saved = facilitating.perform(post(translation).param("language", "sw")
			.param("title", "Retort kwenye warsha ya Nyarugusu")
			.param("summary", "Wachimbaji kumi na wanne walisema nini kuhusu zebaki.")
			.param("body", "Tulikutana chini ya **mwembe**. <script>alert(1)</script>"));
		assertThat(saved.getRedirectedUrl()).isEqualTo(page + "?text=sw");

		// The dialogue's Atom feed in Swahili has the translated title and summary; in
		// French, which has no translation, the original, marked as English.
		Document swahiliFeed = feed(slug, "sw");
		assertThat(swahiliFeed.selectFirst("feed").attr("xml:lang")).isEqualTo("sw");
		Element entry = swahiliFeed.selectFirst("entry:has(id:containsOwn(/resources/" + id + "))");
		assertThat(entry.selectFirst("title").text()).isEqualTo("Retort kwenye warsha ya Nyarugusu");
		assertThat(entry.selectFirst("title").hasAttr("xml:lang")).isFalse();
		assertThat(entry.selectFirst("summary").text())
			.isEqualTo("Wachimbaji kumi na wanne walisema nini kuhusu zebaki.");
		assertThat(swahiliFeed.selectFirst("entry:has(id:containsOwn(/vision/versions/1)) summary").attr("xml:lang"))
			.as("a vision version's change note, as written")
			.isEqualTo("en");
		Element french = feed(slug, "fr").selectFirst("entry:has(id:containsOwn(/resources/" + id + "))");
		assertThat(french.selectFirst("title").text()).isEqualTo("Retorts at the Nyarugusu workshop");
		assertThat(french.selectFirst("title").attr("xml:lang")).isEqualTo("en");
		assertThat(french.selectFirst("summary").attr("xml:lang")).isEqualTo("en");

		// A Swahili reader reads the translation, marked as one with who made it; the
		// original is a link away.
		member.perform(post("/language").param("lang", "sw"));
		Document swahili = page(member, page);
		assertThat(swahili.select("h1").text()).isEqualTo("Retort kwenye warsha ya Nyarugusu");
		assertThat(swahili.select("h1").attr("lang")).isEmpty();
		assertThat(swahili.select(".markdown strong").text()).isEqualTo("mwembe");
		assertThat(swahili.select(".markdown script")).isEmpty();
		assertThat(swahili.select("p.text-languages").text())
			.contains("Imetafsiriwa kutoka Kiingereza na Faraji Tafsiri");
		assertThat(swahili.select("p.text-languages a").attr("href")).isEqualTo(page + "?text=en");
		Document original = page(member, page + "?text=en");
		assertThat(original.select("h1").text()).isEqualTo("Retorts at the Nyarugusu workshop");
		assertThat(original.select("h1").attr("lang")).isEqualTo("en");
		assertThat(original.select(".markdown strong").text()).isEqualTo("mango tree");
		// The library and the blog name it in Swahili too.
		assertThat(page(member, "/dialogues/" + slug + "/resources").select(".resource-card h2 a").eachText())
			.containsExactly("Retort kwenye warsha ya Nyarugusu");
		assertThat(page(member, "/dialogues/" + slug + "/blog").text())
			.contains("Wachimbaji kumi na wanne walisema nini kuhusu zebaki.");

		// An English reader sees the original and is offered Swahili.
		Document english = page(new WebClient(this.mvc), page);
		assertThat(english.select("h1").text()).isEqualTo("Retorts at the Nyarugusu workshop");
		assertThat(english.select("p.text-languages").text()).contains("Original: English", "also in:", "Kiswahili");
		assertThat(english.select("p.text-languages a").attr("href")).isEqualTo(page + "?text=sw");

		// Nothing is left to translate into Swahili in the library.
		assertThat(page(facilitating, "/dialogues/" + slug + "/resources").select(".translation-todo")).isEmpty();
		assertThat(page(facilitating, "/dialogues/" + slug + "/translations").select(".translation-work li").eachText())
			.contains("Library: all translated");

		// Search finds the translation under Swahili, leading to the page in Swahili.
		Document found = page(new WebClient(this.mvc), "/search?q=mwembe&language=sw");
		assertThat(found.select(".search-hit h3 a").eachAttr("href")).contains(page + "?text=sw");

		// Every box emptied removes the translation; the original is shown again.
		assertThat(facilitating
			.perform(
					post(translation).param("language", "sw").param("title", "").param("summary", "").param("body", ""))
			.getRedirectedUrl()).isEqualTo(page + "?text=sw");
		assertThat(page(member, page).select("h1").text()).isEqualTo("Retorts at the Nyarugusu workshop");
		assertThat(page(new WebClient(this.mvc), "/search?q=mwembe&language=sw").select(".search-hit")).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from resource_translation where resource_id = ?",
				Integer.class, id))
			.isZero();
	}

	@Test
	void anEntryRecordsItsLanguageAndATrustedMemberMayTranslateIt() throws Exception {
		String facilitator = this.accounts.create("Fatuma Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String translator = this.accounts.create("Tumaini Translator", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		String slug = this.dialogues.create(facilitator, "Library with a translator", Visibility.PUBLIC,
				JoinPolicy.OPEN, true, DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, translator, DisplayMode.NAMED);
		WebClient facilitating = client(facilitator);

		// A French study: its language is the one chosen on the form, not the
		// interface's.
		String page = facilitating
			.upload(multipart("/dialogues/" + slug + "/resources").param("kind", "RESEARCH")
				.param("title", "Le mercure dans l’orpaillage")
				.param("summary", "Une étude de terrain.")
				.param("url", "https://example.org/etude")
				.param("language", "fr"))
			.getRedirectedUrl();
		assertThat(page(facilitating, page).select("p.text-languages").text()).isEmpty();
		assertThat(page(facilitating, page).select("h1").attr("lang")).isEqualTo("fr");

		// Marked as a translator, the member translates it into English.
		long membership = this.jdbc.queryForObject("""
				select m.id from membership m join dialogue d on d.id = m.dialogue_id
				join account a on a.id = m.account_id where d.slug = ? and a.email = ?""", Long.class, slug,
				translator);
		WebClient translating = client(translator);
		assertThat(translating.perform(get(page + "/translation")).getStatus()).isEqualTo(404);
		facilitating
			.perform(post("/dialogues/" + slug + "/members/" + membership + "/translator").param("translator", "true"));
		assertThat(page(translating, page).select("a[href='" + page + "/translation?language=en']").text())
			.isEqualTo("Translate");
		assertThat(translating
			.perform(post(page + "/translation").param("language", "en")
				.param("title", "Mercury in artisanal gold mining")
				.param("summary", "A field study."))
			.getRedirectedUrl()).isEqualTo(page + "?text=en");

		Document english = page(new WebClient(this.mvc), page);
		assertThat(english.select("h1").text()).isEqualTo("Mercury in artisanal gold mining");
		assertThat(english.select("p.text-languages").text()).contains("Translated from French by Tumaini Translator");
		// The original's language is named in the reader's language, as in a sentence.
		WebClient spanish = new WebClient(this.mvc);
		spanish.perform(post("/language").param("lang", "es"));
		assertThat(page(spanish, page + "?text=en").select("p.text-languages").text())
			.contains("Traducido del francés por Tumaini Translator");
		assertThat(english.select("p.text-languages a[hreflang=fr]").attr("href")).isEqualTo(page + "?text=fr");
		// The form shows the translation so far for that language.
		assertThat(page(translating, page + "/translation?language=en").select("#title").val())
			.isEqualTo("Mercury in artisanal gold mining");

		// Cited as evidence on a challenge, it is named in the reader's language there
		// too.
		long challenge = this.challenges.raise(slug, translator, "Retorts cost too much");
		facilitating.perform(post(page + "/links").param("targetType", "CHALLENGE")
			.param("targetKey", String.valueOf(challenge))
			.param("locator", "p. 4"));
		String challengePage = "/dialogues/" + slug + "/challenges/" + challenge;
		assertThat(page(new WebClient(this.mvc), challengePage).select("ul.evidence a").text())
			.isEqualTo("Mercury in artisanal gold mining");
		WebClient french = new WebClient(this.mvc);
		french.perform(post("/language").param("lang", "fr"));
		assertThat(page(french, challengePage).select("ul.evidence a").text())
			.isEqualTo("Le mercure dans l’orpaillage");
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

	private Document feed(String slug, String language) throws Exception {
		return Jsoup.parse(new WebClient(this.mvc)
			.perform(get("/dialogues/" + slug + "/feed.atom").header("Accept-Language", language))
			.getContentAsString(StandardCharsets.UTF_8), "", Parser.xmlParser());
	}

}
