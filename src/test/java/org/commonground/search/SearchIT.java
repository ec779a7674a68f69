package org.commonground.search;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Search as a visitor reads it: accents and stems across languages, Swahili misspellings
 * through trigrams, ranking, filters, safe highlighted snippets, paging and the messages
 * for empty and too short queries; the index follows edits in the same transaction.
 */
class SearchIT extends IntegrationTest {

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

	String facilitator;

	String slug;

	String tag;

	@BeforeEach
	void dialogue() {
		this.facilitator = this.accounts.create("Search Facilitator", AccountRole.FACILITATOR);
		this.slug = this.dialogues.create(this.facilitator, "Search dialogue", Visibility.PUBLIC, JoinPolicy.OPEN,
				false, DialogueStatus.OPEN);
		this.tag = uniqueWord();
	}

	@Test
	void accentsAndWordEndingsDoNotMatterInTheWritersLanguage() throws Exception {
		String french = author("fr");
		long challenge = this.challenges.raise(this.slug, french, "Formalisation " + this.tag);
		long comment = this.challenges.comment(this.slug, french, challenge, null,
				"La régulation des coopératives minières avance lentement " + this.tag + ".");

		String page = search("regulation " + this.tag);

		assertThat(page).contains("1 result for")
			.contains("/dialogues/" + this.slug + "/challenges/" + challenge + "#comment-" + comment)
			.contains("<mark>régulation</mark>");
		assertThat(search("cooperative " + this.tag)).contains("#comment-" + comment);
		assertThat(search("mercury " + this.tag)).contains("No results for");
	}

	@Test
	void resultsAreDatedInTheReadersLanguageNotInIsoForm() throws Exception {
		String swahili = author("sw");
		long challenge = this.challenges.raise(this.slug, swahili, "Bei ya dhahabu " + this.tag);
		java.time.Instant created = this.jdbc
			.queryForObject("select created_at from challenge where id = ?", java.sql.Timestamp.class, challenge)
			.toInstant();
		org.jsoup.nodes.Element time = org.jsoup.Jsoup
			.parse(new WebClient(this.mvc).perform(get("/search").param("q", this.tag).header("Accept-Language", "sw"))
				.getContentAsString())
			.selectFirst("time");
		java.time.LocalDate day = LocalDate.ofInstant(created, java.time.ZoneOffset.UTC);
		assertThat(time.attr("datetime")).isEqualTo(day.toString());
		assertThat(time.text())
			.isEqualTo(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.forLanguageTag("sw"))
				.format(day));
		assertThat(time.text()).doesNotContain(day.toString());
	}

	@Test
	void swahiliMisspellingsAndPartialWordsAreFoundByTrigrams() throws Exception {
		String swahili = author("sw");
		long challenge = this.challenges.raise(this.slug, swahili, "Soko la dhahabu " + this.tag);
		long comment = this.challenges.comment(this.slug, swahili, challenge, null,
				"Wachimbaji wadogo wa madini wanahitaji leseni " + this.tag);

		String filtered = "&dialogue=" + this.slug;
		assertThat(search("madini", filtered)).contains("#comment-" + comment).contains("<mark>madini</mark>");
		assertThat(search("madin", filtered)).as("a partial word").contains("#comment-" + comment);
		assertThat(search("madinni", filtered)).as("a misspelling").contains("#comment-" + comment);
		assertThat(search("madini", filtered + "&language=fr")).contains("No results for");
	}

	@Test
	void titlesRankAboveBodiesAndFiltersNarrow() throws Exception {
		String miner = author("en");
		String official = this.accounts.create("Search Official", AccountRole.PARTICIPANT, "GOVERNMENT");
		this.dialogues.addMember(this.slug, this.facilitator, official, DisplayMode.NAMED);
		long titled = this.challenges.raise(this.slug, miner, "Mercury retorts " + this.tag);
		long other = this.challenges.raise(this.slug, official, "Licensing delays " + this.tag);
		long comment = this.challenges.comment(this.slug, official, other, null,
				"We discussed retorts at length, and many other things, " + this.tag);

		String page = search("retort " + this.tag);
		assertThat(page).contains("2 results for");
		assertThat(page.indexOf("/challenges/" + titled + "\"")).as("the title match first")
			.isLessThan(page.indexOf("#comment-" + comment));

		assertThat(search("retort " + this.tag, "&type=COMMENT")).contains("1 result for")
			.contains("#comment-" + comment);
		assertThat(search("retort " + this.tag, "&group=GOVERNMENT")).contains("1 result for")
			.contains("#comment-" + comment);
		// The language filter is "lang", as the HTTP contract names it; the form sends it
		// so, and its pages keep it; old links with "language" still filter.
		assertThat(search("retort " + this.tag, "&lang=en")).contains("2 results for");
		assertThat(search("retort " + this.tag, "&lang=pt")).contains("No results for")
			.contains("<select id=\"lang\" name=\"lang\">");
		assertThat(search("retort " + this.tag, "&language=pt")).contains("No results for");
		assertThat(search("retort " + this.tag, "&language=pt&lang=en")).contains("2 results for");
		String yesterday = LocalDate.now().minusDays(2).toString();
		assertThat(search("retort " + this.tag, "&to=" + yesterday)).contains("No results for");
		assertThat(search("retort " + this.tag, "&from=" + yesterday)).contains("2 results for");
		assertThat(search("retort " + this.tag, "&from=not-a-date")).as("the error beside the field, input kept")
			.contains("Enter a date as year-month-day")
			.contains("value=\"not-a-date\"")
			.contains("2 results for");
		assertThat(Jsoup.parse(search("retort " + this.tag, "&from=" + yesterday)).select(".search-dates-ignored"))
			.isEmpty();
		Document bothWrong = Jsoup.parse(search("retort " + this.tag, "&from=2026-13-45&to=abc"));
		assertThat(bothWrong.select(".search-dates-ignored").text()).isEqualTo(
				"The dates were not applied: these results are from any date. Correct the dates to filter by them.");
		assertThat(bothWrong.select("#to-error").text()).as("the same message for either date")
			.contains("Enter a date as year-month-day")
			.isEqualTo(bothWrong.select("#from-error").text());
		Document reversed = Jsoup.parse(search("retort " + this.tag, "&from=" + yesterday + "&to=2020-01-01"));
		assertThat(reversed.select("#to-error").text()).contains("The end date comes before the start date.");
		assertThat(reversed.select(".search-dates-ignored")).hasSize(1);
	}

	@Test
	void resultsAndTheDialogueFilterNameTheDialogueInTheReadersLanguage() throws Exception {
		String miner = author("en");
		this.challenges.raise(this.slug, miner, "Retort prices " + this.tag);
		WebClient facilitating = new WebClient(this.mvc, TestAccounts.newAddress());
		facilitating.logIn(this.facilitator, TestAccounts.PASSWORD);
		String base = "/dialogues/" + this.slug;
		facilitating.perform(post(base + "/languages").param("original", "en").param("languages", "sw"));
		facilitating.perform(post(base + "/translations/sw").param("title", "Mazungumzo ya utafutaji " + this.tag)
			.param("summary", "Muhtasari.")
			.param("description", "Maelezo."));
		String swahili = new WebClient(this.mvc)
			.perform(get("/search").param("q", this.tag).header("Accept-Language", "sw"))
			.getContentAsString();
		assertThat(swahili).contains("<span>Mazungumzo ya utafutaji " + this.tag + "</span>")
			.contains(">Mazungumzo ya utafutaji " + this.tag + "</option>")
			.doesNotContain("<span>Search dialogue");
		String english = new WebClient(this.mvc)
			.perform(get("/search").param("q", this.tag).header("Accept-Language", "en"))
			.getContentAsString();
		assertThat(english).contains("<span>Search dialogue ")
			.doesNotContain("<span>Mazungumzo")
			.doesNotContain(">Mazungumzo ya utafutaji " + this.tag + "</option>");
	}

	@Test
	void snippetsEscapeWhatUsersWroteAndTheIndexFollowsEdits() throws Exception {
		String miner = author("en");
		long challenge = this.challenges.raise(this.slug, miner, "Escaping " + this.tag);
		long comment = this.challenges.comment(this.slug, miner, challenge, null,
				"<script>alert('x')</script> <b>bold</b> cyanide " + this.tag);

		String page = search("cyanide " + this.tag);
		assertThat(page).contains("#comment-" + comment)
			.contains("<mark>cyanide</mark>")
			.doesNotContain("<script>alert")
			.doesNotContain("<b>bold</b>");

		// A passage from the middle of a text says that words come before it; one from
		// its start does not.
		StringBuilder opening = new StringBuilder("L'usage du sol");
		for (int i = 0; i < 60; i++) {
			opening.append(" pit").append(i);
		}
		long late = this.challenges.comment(this.slug, miner, challenge, null,
				opening + " arsenic in the water " + this.tag);
		Document cut = Jsoup.parse(search("arsenic " + this.tag));
		assertThat(cut.select("li.search-hit:has(a[href$=#comment-" + late + "]) .snippet").text()).startsWith("\u2026")
			.contains("arsenic");
		long early = this.challenges.comment(this.slug, miner, challenge, null, "Arsenic in the river " + this.tag);
		assertThat(Jsoup.parse(search("arsenic " + this.tag))
			.select("li.search-hit:has(a[href$=#comment-" + early + "]) .snippet")
			.text()).startsWith("Arsenic in the river");

		this.jdbc.update("update comment set body_source = ? where id = ?", "Mercury instead " + this.tag, comment);
		assertThat(search("cyanide " + this.tag)).contains("No results for");
		assertThat(search("mercury " + this.tag)).contains("#comment-" + comment);
	}

	@Test
	void emptyShortAndLongResultsArePagedWithMessages() throws Exception {
		String miner = author("en");
		long challenge = this.challenges.raise(this.slug, miner, "Paging " + this.tag);
		addComments(challenge, 24, "'Comment number ' || n || ' ' || ?", this.tag);
		assertThat(search("")).contains("Type a word or two");
		assertThat(search("a")).contains("Type at least 2 letters");
		// Longer than the box allows: refused beside the field, the first 200 letters
		// kept.
		Document tooLong = Jsoup.parse(search("b".repeat(5000)));
		assertThat(tooLong.select("#q-error").text()).contains("at most 200 characters");
		assertThat(tooLong.select("#q").val()).isEqualTo("b".repeat(200));
		assertThat(tooLong.select("#q").attr("aria-describedby")).contains("q-error");
		assertThat(tooLong.select("h2.list-count")).isEmpty();
		assertThat(tooLong.text()).doesNotContain("b".repeat(201));
		for (String punctuation : List.of("(((", "\"\"", "&&||!", "-- ; '")) {
			assertThat(search(punctuation)).as(punctuation).contains("Type a word or two");
		}
		assertThat(search("the of and", "&lang=en")).as("English stop words only, in English texts")
			.contains("No results for");
		String first = search(this.tag);
		assertThat(first).contains("25 results for").contains("Page 1 of 2").contains("rel=\"next\"");
		String second = search(this.tag, "&page=1");
		assertThat(second).contains("Page 2 of 2").contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
		assertThat(countOf(second, "class=\"search-hit\"")).isEqualTo(5);
	}

	@Test
	void aPhraseIsCheckedInAtMostTwoThousandTextsHoldingItsWords() throws Exception {
		String miner = author("en");
		String second = uniqueWord();
		long challenge = this.challenges.raise(this.slug, miner, "Phrases " + this.tag);
		long inOrder = this.challenges.comment(this.slug, miner, challenge, null,
				"The words " + this.tag + " " + second + " in this order.");
		// 2,000 more texts hold both words, never side by side in that order.
		addComments(challenge, 2000, "? || ' comes before ' || ? || ' in comment ' || n", second, this.tag);

		String phrase = search("\"" + this.tag + " " + second + "\"");
		assertThat(phrase)
			.contains("The exact phrase was looked for in the first 2,000 texts that hold all its words.");
		assertThat(countOf(phrase, "class=\"search-hit\"")).isLessThanOrEqualTo(1);
		if (countOf(phrase, "class=\"search-hit\"") == 1) {
			assertThat(phrase).contains("#comment-" + inOrder);
		}
		// Without quotation marks the words match everywhere: more than can be ranked.
		assertThat(search(this.tag + " " + second)).contains("More than 1,000 results for")
			.doesNotContain("The exact phrase was looked for");
		// A phrase among fewer texts is checked in all of them.
		long few = this.challenges.comment(this.slug, miner, challenge, null,
				"Rare " + second + " " + this.tag + " reversed.");
		String rare = search("\"rare " + second + "\"");
		assertThat(rare).contains("1 result for")
			.contains("#comment-" + few)
			.doesNotContain("The exact phrase was looked for");
	}

	@Test
	void aWordInMoreThanAThousandTextsRanksTheNewestThousandAndHidesWhatIsHidden() throws Exception {
		String miner = author("en");
		long challenge = this.challenges.raise(this.slug, miner, "Many " + this.tag);
		// The oldest text holds the word three times: the best rank, but older than the
		// newest 1,000 texts that hold it.
		long oldest = this.challenges.comment(this.slug, miner, challenge, null,
				this.tag + " " + this.tag + " " + this.tag + " said first.");
		addComments(challenge, 1001, "'Later comment ' || n || ' on ' || ?", this.tag);
		// The newest holds it five times, and is hidden by a facilitator.
		long hidden = this.challenges.comment(this.slug, miner, challenge, null,
				(this.tag + " ").repeat(5) + "hidden later.");
		this.jdbc.update("update comment set status = 'HIDDEN' where id = ?", hidden);

		String page = search(this.tag);
		assertThat(page).contains("More than 1,000 results for")
			.contains("Shown: the best of the 1,000 newest.")
			.contains("Later comment")
			.doesNotContain("#comment-" + oldest + "\"")
			.doesNotContain("#comment-" + hidden + "\"")
			.doesNotContain("hidden later");
		assertThat(countOf(page, "class=\"search-hit\"")).isEqualTo(20);
		// Narrowed to fewer than 1,000 texts, the oldest is found and ranks first.
		String narrowed = search(this.tag + " first");
		assertThat(narrowed).contains("1 result for").contains("#comment-" + oldest);
	}

	@Test
	void aPhraseInMoreThanAThousandTextsSaysWhichWereRanked() throws Exception {
		String miner = author("en");
		String second = uniqueWord();
		long challenge = this.challenges.raise(this.slug, miner, "Phrase everywhere " + this.tag);
		addComments(challenge, 1001, "? || ' ' || ? || ' in comment ' || n", this.tag, second);
		String page = search("\"" + this.tag + " " + second + "\"");
		assertThat(page).contains("More than 1,000 results for")
			.contains("Shown: the best of 1,000 of them, taken as found, not by date.")
			.doesNotContain("Shown: the best of the 1,000 newest");
		assertThat(countOf(page, "class=\"search-hit\"")).isEqualTo(20);
	}

	@Test
	void aPageNumberPastTheLastPageSaysSoAndLeadsBack() throws Exception {
		String miner = author("en");
		long challenge = this.challenges.raise(this.slug, miner, "Paging far " + this.tag);
		addComments(challenge, 24, "'Comment number ' || n || ' ' || ?", this.tag);
		// An offset past the int range (page × 20) answered 500.
		for (String page : List.of("107374183", "2147483647", "51", "2")) {
			Document far = Jsoup.parse(search(this.tag, "&page=" + page));
			assertThat(far.select("h2.list-count").text()).as(page)
				.isEqualTo("25 results for \u201c" + this.tag + "\u201d");
			assertThat(far.select(".search-hit")).isEmpty();
			assertThat(far.select(".search-past-end").text()).as(page)
				.startsWith("There is no such page: the results fill 2 pages.");
			assertThat(far.select(".search-past-end a").eachAttr("href")).as(page)
				.containsExactly("/search?q=" + this.tag + "&page=1", "/search?q=" + this.tag + "&page=0");
			assertThat(far.select("nav.pager a[rel=prev]").attr("href")).isEqualTo("/search?q=" + this.tag + "&page=1");
			assertThat(far.text()).doesNotContain("Try fewer words");
		}
		assertThat(search("\"comment number\" " + this.tag, "&page=107374183")).contains("There is no such page");
		assertThat(Jsoup.parse(search(this.tag, "&page=1")).select(".search-past-end")).isEmpty();
	}

	@Test
	void excludedWordsExcludeAlsoWhereMisspellingsAreLookedFor() throws Exception {
		String swahili = author("sw");
		long challenge = this.challenges.raise(this.slug, swahili, "Zebaki " + this.tag);
		long withBanda = this.challenges.comment(this.slug, swahili, challenge, null,
				"Zebaki inachomwa ndani ya banda " + this.tag);
		long without = this.challenges.comment(this.slug, swahili, challenge, null,
				"Zebaki inachomwa nje kwenye jua " + this.tag);
		String filtered = "&dialogue=" + this.slug;
		assertThat(search("zebaki " + this.tag + " -banda", filtered)).contains("#comment-" + without)
			.doesNotContain("#comment-" + withBanda);
		// A misspelling takes the trigram path: the excluded word still excludes, and is
		// not looked for.
		String misspelt = search("zebakki " + this.tag + " -banda", filtered);
		assertThat(misspelt).contains("#comment-" + without).doesNotContain("#comment-" + withBanda);
		assertThat(misspelt).doesNotContain("<mark>banda</mark>");
		assertThat(search("zebakki " + this.tag + " -banda", filtered + "&lang=sw")).contains("#comment-" + without)
			.doesNotContain("#comment-" + withBanda);
	}

	@Test
	void wordsFoundAsTypedAreNotLoosenedToNearSwahiliWords() throws Exception {
		String swahili = author("sw");
		String spanish = author("es");
		long challenge = this.challenges.raise(this.slug, spanish, "Escuela " + this.tag);
		long ninos = this.challenges.comment(this.slug, spanish, challenge, null,
				"Los niños no trabajan en la mina " + this.tag);
		long nini = this.challenges.comment(this.slug, swahili, challenge, null, "Tufanye nini sasa " + this.tag);
		String found = search("niños " + this.tag);
		assertThat(found).contains("#comment-" + ninos).doesNotContain("#comment-" + nini).contains("1 result for");
	}

	@Test
	void commentsAreNamedByWhatTheyAreOnAndCutSnippetsEndWithAnEllipsis() throws Exception {
		String miner = author("en");
		long challenge = this.challenges.raise(this.slug, miner, "Ventilation in deep shafts " + this.tag);
		StringBuilder longer = new StringBuilder("Cyanide " + this.tag);
		for (int i = 0; i < 80; i++) {
			longer.append(" shaft").append(i);
		}
		long comment = this.challenges.comment(this.slug, miner, challenge, null, longer.toString());
		Document page = Jsoup.parse(search("cyanide " + this.tag));
		String hit = "li.search-hit:has(a[href$=#comment-" + comment + "])";
		assertThat(page.select(hit + " h3 a").text()).isEqualTo("Comment on Ventilation in deep shafts " + this.tag);
		assertThat(page.select(hit + " h3 a q").attr("lang")).isEqualTo("en");
		assertThat(page.select(hit + " .snippet").text()).startsWith("Cyanide").endsWith("\u2026");
		long shortOne = this.challenges.comment(this.slug, miner, challenge, null, "Cyanide again " + this.tag);
		assertThat(Jsoup.parse(search("cyanide " + this.tag))
			.select("li.search-hit:has(a[href$=#comment-" + shortOne + "]) .snippet")
			.text()).isEqualTo("Cyanide again " + this.tag);
		// The dialogue's title beside a hit says its language where it is not the
		// reader's.
		Document french = Jsoup.parse(new WebClient(this.mvc)
			.perform(get("/search").param("q", "cyanide " + this.tag).header("Accept-Language", "fr"))
			.getContentAsString());
		assertThat(french.select(".search-meta span[lang=en]").eachText()).isNotEmpty()
			.allMatch((title) -> title.startsWith("Search dialogue "));
		assertThat(page.select(".search-meta span[lang]")).isEmpty();
	}

	@Test
	void aReplyTheChallengePageDoesNotShowLinksToItsOwnPage() throws Exception {
		String miner = author("en");
		long challenge = this.challenges.raise(this.slug, miner, "Threads " + this.tag);
		long root = this.challenges.comment(this.slug, miner, challenge, null, "Root " + this.tag);
		List<Long> replies = new java.util.ArrayList<>();
		for (int i = 0; i < 4; i++) {
			replies.add(this.challenges.comment(this.slug, miner, challenge, root, "Reply " + i + " " + this.tag));
		}
		long second = this.challenges.comment(this.slug, miner, challenge, replies.get(0), "Second " + this.tag);
		// A reply to a reply the page does not show.
		long third = this.challenges.comment(this.slug, miner, challenge, replies.get(3), "Third " + this.tag);
		String onChallenge = "/dialogues/" + this.slug + "/challenges/" + challenge + "#comment-";
		Document page = Jsoup.parse(search(this.tag, "&type=COMMENT"));
		List<String> links = page.select(".search-hit h3 a").eachAttr("href");
		assertThat(links).contains(onChallenge + root, onChallenge + replies.get(0), onChallenge + replies.get(2),
				onChallenge + second);
		String fourth = "/dialogues/" + this.slug + "/comments/" + replies.get(3) + "#comment-" + replies.get(3);
		String deepest = "/dialogues/" + this.slug + "/comments/" + third + "#comment-" + third;
		assertThat(links).contains(fourth, deepest);
		String challengePage = new WebClient(this.mvc)
			.perform(get("/dialogues/" + this.slug + "/challenges/" + challenge))
			.getContentAsString();
		assertThat(challengePage).contains("id=\"comment-" + replies.get(2) + "\"")
			.doesNotContain("id=\"comment-" + replies.get(3) + "\"")
			.doesNotContain("id=\"comment-" + third + "\"");
		assertThat(new WebClient(this.mvc).perform(get(fourth.substring(0, fourth.indexOf('#')))).getContentAsString())
			.contains("id=\"comment-" + replies.get(3) + "\"");
	}

	@Test
	void filtersCanBeClearedAndSayThatTheyNeedWords() throws Exception {
		Document filtered = Jsoup.parse(search("retort " + this.tag, "&type=COMMENT&lang=en"));
		assertThat(filtered.select(".search-clear-filters").attr("href"))
			.isEqualTo("/search?q=retort%20" + this.tag + "&page=0");
		assertThat(filtered.select(".search-filters-need-words")).isEmpty();
		assertThat(Jsoup.parse(search("retort " + this.tag)).select(".search-clear-filters")).isEmpty();
		Document noWords = Jsoup.parse(search("", "&type=COMMENT"));
		assertThat(noWords.select(".search-filters-need-words").text()).startsWith("Filters narrow a search");
	}

	/**
	 * {@code count} comments on the challenge by its author, straight into the table as
	 * the service stores them (the trigger indexes them); {@code body} is an SQL
	 * expression of the comment's number {@code n} and the {@code words} bound to its
	 * {@code ?}.
	 */
	private void addComments(long challenge, int count, String body, Object... words) {
		Object[] parameters = Arrays.copyOf(words, words.length + 2);
		parameters[words.length] = count;
		parameters[words.length + 1] = challenge;
		this.jdbc.update("""
				insert into comment (dialogue_id, target_type, target_id, depth, author_id, author_group_id,
				                     body_source, body_html)
				select c.dialogue_id, 'CHALLENGE', c.id, 0, c.author_id, c.author_group_id, %s, '<p>Comment</p>'
				from challenge c cross join generate_series(1, ?) n where c.id = ?""".formatted(body), parameters);
	}

	private String author(String language) {
		String email = this.accounts.participant("Search Author " + language);
		this.jdbc.update("update account set locale = ? where email = ?", language, email);
		this.dialogues.addMember(this.slug, this.facilitator, email, DisplayMode.NAMED);
		return email;
	}

	private String search(String q) throws Exception {
		return search(q, "");
	}

	private String search(String q, String more) throws Exception {
		WebClient visitor = new WebClient(this.mvc);
		var request = get("/search").param("q", q);
		for (String pair : more.split("&")) {
			if (!pair.isEmpty()) {
				String[] nameValue = pair.split("=", 2);
				request.param(nameValue[0], nameValue[1]);
			}
		}
		var response = visitor.perform(request);
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	private static int countOf(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}

	/**
	 * A made-up word no other test writes, so that each test finds only its own texts.
	 */
	static String uniqueWord() {
		StringBuilder word = new StringBuilder("zq");
		for (int i = 0; i < 8; i++) {
			word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return word.toString();
	}

}
