package org.commonground.search;

import org.commonground.account.AccountRole;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.DisplayMode;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.moderation.ModerationDecisions;
import org.commonground.moderation.ModerationReason;
import org.commonground.support.IntegrationTest;
import org.commonground.support.TestAccounts;
import org.commonground.support.TestChallenges;
import org.commonground.support.TestDialogues;
import org.commonground.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Translations are found in their language (issues 15 and 20): a result leads to the
 * original's page, in that language where the page can show it, and is marked as a
 * translation; a translation is hidden with its original and kept to those who may read
 * its dialogue.
 */
class SearchTranslationIT extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Autowired
	TestChallenges challenges;

	@Autowired
	ModerationDecisions moderation;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void swahiliTranslationsOfAChallengeAndAVisionParagraphLeadToTheirOriginals() throws Exception {
		String facilitator = this.accounts.create("Translating Searcher", AccountRole.FACILITATOR);
		String slug = this.dialogues.create(facilitator, "Translated search", Visibility.PUBLIC, JoinPolicy.OPEN, false,
				DialogueStatus.OPEN);
		WebClient facilitating = loggedIn(facilitator);
		facilitating
			.perform(post("/dialogues/" + slug + "/languages").param("original", "en").param("languages", "sw"));
		String challengeWord = SearchIT.uniqueWord();
		String paragraphWord = SearchIT.uniqueWord();
		long challenge = this.challenges.raise(slug, facilitator, "The gold price is unclear");
		assertThat(facilitating
			.perform(post("/dialogues/" + slug + "/challenges/" + challenge + "/translation").param("language", "sw")
				.param("title", "Bei ya dhahabu haieleweki " + challengeWord)
				.param("body", "Wanunuzi hawaonyeshi bei ya siku."))
			.getRedirectedUrl()).isEqualTo("/dialogues/" + slug + "/challenges/" + challenge);
		String base = "/dialogues/" + slug + "/vision";
		facilitating.perform(post(base + "/versions").param("text", """
				# Geita 2030

				Every miner who asks gets a licence within three months.""").param("changeSummary", "First"));
		String key = this.jdbc.queryForObject("""
				select p.paragraph_key from vision_paragraph p join vision_version v on v.id = p.version_id
				join dialogue d on d.id = v.dialogue_id where d.slug = ? and v.number = 1 order by p.position desc
				limit 1""", String.class, slug);
		assertThat(facilitating
			.perform(post(base + "/versions/1/translations/sw").param("texts[" + key + "]",
					"Kila mchimbaji anayeomba anapata leseni " + paragraphWord))
			.getRedirectedUrl()).isEqualTo(base + "/versions/1?text=sw");

		WebClient visitor = new WebClient(this.mvc);
		Document swahili = search(visitor, challengeWord, "sw");
		Elements hits = swahili.select(".search-hit");
		assertThat(hits).hasSize(1);
		assertThat(hits.select("h3 a").attr("href")).isEqualTo("/dialogues/" + slug + "/challenges/" + challenge);
		assertThat(hits.select("h3 a").attr("lang")).isEqualTo("sw");
		assertThat(hits.select("h3 a").text()).startsWith("Bei ya dhahabu haieleweki");
		assertThat(hits.select(".search-translation").text()).isEqualTo("Translation: Kiswahili");
		assertThat(search(visitor, paragraphWord, "sw").select(".search-hit h3 a").attr("href"))
			.isEqualTo(base + "/versions/1?text=sw#paragraph-" + key);
		assertThat(search(visitor, paragraphWord, "sw").select(".search-hit .snippet[lang=sw]").text())
			.contains("Kila mchimbaji anayeomba");
		String dialogueWord = SearchIT.uniqueWord();
		assertThat(facilitating
			.perform(post("/dialogues/" + slug + "/translations/sw").param("title", "Dhahabu na zebaki Geita")
				.param("summary", "Wachimbaji wadogo wanatafuta msimamo wa pamoja.")
				.param("description", "Tunazungumza kuhusu " + dialogueWord))
			.getRedirectedUrl()).isEqualTo("/dialogues/" + slug + "/translations");
		Document dialogue = search(visitor, dialogueWord, "sw");
		assertThat(dialogue.select(".search-hit h3 a").eachAttr("href"))
			.containsExactly("/dialogues/" + slug + "?text=sw");
		assertThat(dialogue.select(".search-hit h3 a").text()).isEqualTo("Dhahabu na zebaki Geita");
		// Not under the original's language; the original is not marked as a translation.
		assertThat(search(visitor, challengeWord, "en").select(".search-hit")).isEmpty();
		Document original = search(visitor, "unclear gold price", "en");
		String originalHit = ".search-hit:has(h3 a[href$=/challenges/" + challenge + "])";
		assertThat(original.select(originalHit)).hasSize(1);
		assertThat(original.select(originalHit + " h3 a").attr("lang")).isEqualTo("en");
		assertThat(original.select(originalHit + " .search-translation")).isEmpty();

		// The index follows a changed and a removed translation.
		String changedWord = SearchIT.uniqueWord();
		facilitating
			.perform(post("/dialogues/" + slug + "/challenges/" + challenge + "/translation").param("language", "sw")
				.param("title", "Bei ya dhahabu " + changedWord)
				.param("body", "Wanunuzi hawaonyeshi bei ya siku."));
		assertThat(search(visitor, challengeWord, "sw").select(".search-hit")).isEmpty();
		assertThat(search(visitor, changedWord, "sw").select(".search-hit")).hasSize(1);
		facilitating.perform(post(base + "/versions/1/translations/sw").param("texts[" + key + "]", " "));
		assertThat(search(visitor, paragraphWord, "sw").select(".search-hit")).isEmpty();
	}

	@Test
	void aResponsesTranslationIntoTheChallengesOwnLanguageIsFoundWithTheChallenge() throws Exception {
		String facilitator = this.accounts.create("Answering Searcher", AccountRole.FACILITATOR);
		String miner = this.accounts.create("Answered Miner", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		String slug = this.dialogues.create(facilitator, "Answers in two languages", Visibility.PUBLIC, JoinPolicy.OPEN,
				true, DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, miner, DisplayMode.NAMED);
		WebClient facilitating = loggedIn(facilitator);
		facilitating
			.perform(post("/dialogues/" + slug + "/languages").param("original", "en").param("languages", "sw"));
		WebClient swahili = loggedIn(miner);
		swahili.perform(post("/language").param("lang", "sw"));
		String path = swahili
			.perform(post("/dialogues/" + slug + "/challenges").param("title", "Mizani haikaguliwi")
				.param("body", "Hakuna anayekagua mizani ya wanunuzi."))
			.getRedirectedUrl();
		long challenge = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
		assertThat(this.jdbc.queryForObject("select language from challenge where id = ?", String.class, challenge))
			.isEqualTo("sw");
		// Answered in English, then the answer translated into Swahili, the challenge's
		// language.
		String englishWord = SearchIT.uniqueWord();
		long version = this.jdbc.queryForObject("select version from challenge where id = ?", Long.class, challenge);
		assertThat(facilitating
			.perform(post(path + "/response").param("status", "UNDER_DISCUSSION")
				.param("response", "We will ask the weights office " + englishWord)
				.param("language", "en")
				.param("version", String.valueOf(version)))
			.getStatus()).isEqualTo(302);
		String swahiliWord = SearchIT.uniqueWord();
		assertThat(facilitating
			.perform(post(path + "/translation").param("language", "sw")
				.param("response", "Tutaiomba ofisi ya vipimo " + swahiliWord))
			.getRedirectedUrl()).isEqualTo(path);

		WebClient visitor = new WebClient(this.mvc);
		Document found = search(visitor, swahiliWord, "sw");
		assertThat(found.select(".search-hit h3 a").eachAttr("href")).containsExactly(path);
		// The challenge's own row, not a translation's.
		assertThat(found.select(".search-hit .search-translation")).isEmpty();
		assertThat(search(visitor, englishWord, null).select(".search-hit h3 a").eachAttr("href"))
			.containsExactly(path);

		// Changed, then removed: the index follows.
		String changedWord = SearchIT.uniqueWord();
		facilitating.perform(post(path + "/translation").param("language", "sw")
			.param("response", "Tutaiomba ofisi ya vipimo " + changedWord));
		assertThat(search(visitor, swahiliWord, "sw").select(".search-hit")).isEmpty();
		assertThat(search(visitor, changedWord, "sw").select(".search-hit h3 a").eachAttr("href"))
			.containsExactly(path);
		facilitating.perform(post(path + "/translation").param("language", "sw").param("response", " "));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from challenge_translation where challenge_id = ? and language = 'sw'", Long.class,
				challenge))
			.isZero();
		assertThat(search(visitor, changedWord, "sw").select(".search-hit")).isEmpty();
		assertThat(search(visitor, "Mizani", "sw").select(".search-hit h3 a").eachAttr("href")).contains(path);
	}

	@Test
	void aHiddenCommentsTranslationIsFoundByNoOneWhoMayNotSeeIt() throws Exception {
		String facilitator = this.accounts.create("Hiding Searcher", AccountRole.FACILITATOR);
		String member = this.accounts.participant("Commenting Searcher");
		String slug = this.dialogues.create(facilitator, "Hidden translation search", Visibility.PUBLIC,
				JoinPolicy.OPEN, false, DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, member, DisplayMode.NAMED);
		long challenge = this.challenges.raise(slug, member, "Mercury in the river");
		long comment = this.challenges.comment(slug, member, challenge, null, "The river is grey below the mill.");
		String word = SearchIT.uniqueWord();
		WebClient facilitating = loggedIn(facilitator);
		facilitating
			.perform(post("/dialogues/" + slug + "/comments/" + comment + "/translation").param("language", "sw")
				.param("text", "Mto ni kijivu chini ya kinu " + word));
		WebClient visitor = new WebClient(this.mvc);
		WebClient commenting = loggedIn(member);
		assertThat(search(visitor, word, "sw").select(".search-hit h3 a").attr("href"))
			.isEqualTo("/dialogues/" + slug + "/challenges/" + challenge + "#comment-" + comment);

		this.dialogues.as(facilitator, (me) -> {
			this.moderation.hide(slug, me, "comments", comment, ModerationReason.OFF_TOPIC, null);
			return null;
		});
		assertThat(search(visitor, word, "sw").select(".search-hit")).isEmpty();
		assertThat(search(commenting, word, null).select(".search-hit")).isEmpty();
	}

	@Test
	void aMembersOnlyDialoguesTranslationsAreNotFoundByVisitors() throws Exception {
		String facilitator = this.accounts.create("Closed Translating Searcher", AccountRole.FACILITATOR);
		String member = this.accounts.participant("Closed Translation Member");
		String slug = this.dialogues.create(facilitator, "Closed translation search", Visibility.MEMBERS_ONLY,
				JoinPolicy.INVITE, false, DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, member, DisplayMode.NAMED);
		long challenge = this.challenges.raise(slug, member, "Licences take too long");
		String word = SearchIT.uniqueWord();
		loggedIn(facilitator)
			.perform(post("/dialogues/" + slug + "/challenges/" + challenge + "/translation").param("language", "sw")
				.param("title", "Leseni zinachukua muda mrefu " + word)
				.param("body", "Miezi sita."));

		assertThat(search(new WebClient(this.mvc), word, "sw").select(".search-hit")).isEmpty();
		assertThat(search(new WebClient(this.mvc), word, null).select(".search-hit")).isEmpty();
		assertThat(search(loggedIn(this.accounts.participant("Closed Outsider")), word, "sw").select(".search-hit"))
			.isEmpty();
		assertThat(search(loggedIn(member), word, "sw").select(".search-hit h3 a").eachAttr("href"))
			.containsExactly("/dialogues/" + slug + "/challenges/" + challenge);
	}

	@Test
	void anItemAndItsTranslationAreOneResultInTheReadersLanguage() throws Exception {
		String facilitator = this.accounts.create("One Hit Searcher", AccountRole.FACILITATOR);
		String slug = this.dialogues.create(facilitator, "One hit per item", Visibility.PUBLIC, JoinPolicy.OPEN, false,
				DialogueStatus.OPEN);
		WebClient facilitating = loggedIn(facilitator);
		facilitating
			.perform(post("/dialogues/" + slug + "/languages").param("original", "en").param("languages", "sw"));
		String word = SearchIT.uniqueWord();
		long challenge = this.challenges.raise(slug, facilitator, "Geita gold prices " + word);
		facilitating
			.perform(post("/dialogues/" + slug + "/challenges/" + challenge + "/translation").param("language", "sw")
				.param("title", "Bei za dhahabu Geita " + word)
				.param("body", "Wanunuzi hawaonyeshi bei."));
		String path = "/dialogues/" + slug + "/challenges/" + challenge;

		Document english = Jsoup
			.parse(new WebClient(this.mvc).perform(get("/search").param("q", word).header("Accept-Language", "en"))
				.getContentAsString());
		assertThat(english.select("h2.list-count").text()).startsWith("1 result for");
		assertThat(english.select(".search-hit h3 a").eachAttr("href")).containsExactly(path);
		assertThat(english.select(".search-hit h3 a").attr("lang")).isEqualTo("en");
		assertThat(english.select(".search-hit .search-translation")).isEmpty();

		Document swahili = Jsoup
			.parse(new WebClient(this.mvc).perform(get("/search").param("q", word).header("Accept-Language", "sw"))
				.getContentAsString());
		assertThat(swahili.select(".search-hit h3 a").eachAttr("href")).containsExactly(path);
		assertThat(swahili.select(".search-hit h3 a").attr("lang")).isEqualTo("sw");
		assertThat(swahili.select(".search-hit h3 a").text()).startsWith("Bei za dhahabu Geita");

		// A French reader has no version in French: the best-ranked one, once.
		Document french = Jsoup.parse(new WebClient(this.mvc)
			.perform(get("/search").param("q", "geita " + word).header("Accept-Language", "fr"))
			.getContentAsString());
		assertThat(french.select(".search-hit h3 a").eachAttr("href")).containsExactly(path);
	}

	private Document search(WebClient client, String q, String language) throws Exception {
		var request = get("/search").param("q", q);
		if (language != null) {
			request.param("language", language);
		}
		var response = client.perform(request);
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private WebClient loggedIn(String email) throws Exception {
		WebClient client = new WebClient(this.mvc);
		client.logIn(email, TestAccounts.PASSWORD);
		return client;
	}

}
