package org.commonground.vision;

import java.util.List;

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
 * Issue 15: a vision version translated paragraph by paragraph, aligned on the stable
 * keys: a Swahili reader reads and takes stances in Swahili on the same paragraphs as
 * everyone; unchanged paragraphs keep their translations in the next version; the
 * facilitators see what is left to translate.
 */
class VisionTranslationIT extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aSwahiliReaderTakesAStanceOnTheTranslatedParagraphThatCountsForTheOriginal() throws Exception {
		String facilitator = this.accounts.create("Tafsiri Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String miner = this.accounts.create("Tafsiri Miner", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		String slug = this.dialogues.create(facilitator, "Vision in two languages", Visibility.PUBLIC, JoinPolicy.OPEN,
				true, DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, miner, DisplayMode.NAMED);
		String base = "/dialogues/" + slug + "/vision";
		WebClient facilitating = client(facilitator);
		facilitating.perform(post(base + "/versions").param("text", VisionIT.V1).param("changeSummary", "First"));
		List<String> keys = keys(slug, 1);
		assertThat(keys).hasSize(4);

		// Held in English only: no to-do and no translation form.
		assertThat(page(facilitating, base).select(".translation-todo")).isEmpty();
		assertThat(facilitating.perform(get(base + "/versions/1/translations/sw")).getStatus()).isEqualTo(404);
		facilitating
			.perform(post("/dialogues/" + slug + "/languages").param("original", "en").param("languages", "sw"));
		assertThat(page(facilitating, base).select(".translation-todo li").text()).contains("Kiswahili",
				"4 of 4 paragraphs still need a translation.");

		// The form: each field named by its paragraph (headings apart, numbered as on the
		// vision's pages); the heading quoted as text, not as a heading of the page.
		Document translationForm = page(facilitating, base + "/versions/1/translations/sw");
		assertThat(translationForm.select(".translation-pair label[for^=text-]").eachText()).containsExactly(
				"Heading 1 — translation into Swahili", "Paragraph 1 — translation into Swahili",
				"Paragraph 2 — translation into Swahili", "Paragraph 3 — translation into Swahili");
		assertThat(translationForm.select(".translation-pair").select("h1, h2, h3, h4, h5, h6")).isEmpty();
		assertThat(translationForm.select(".translation-pair blockquote[lang=en]").first().text())
			.isEqualTo("Geita 2030");

		// Members do not translate.
		WebClient member = client(miner);
		assertThat(member.perform(get(base + "/versions/1/translations/sw")).getStatus()).isEqualTo(404);
		assertThat(member.perform(post(base + "/versions/1/translations/sw").param("texts[" + keys.get(1) + "]", "x"))
			.getStatus()).isEqualTo(404);

		// Too long: refused next to the paragraph, what was typed kept, nothing saved.
		Document tooLong = Jsoup
			.parse(facilitating
				.perform(post(base + "/versions/1/translations/sw").param("texts[" + keys.get(0) + "]", "# Geita 2030")
					.param("texts[" + keys.get(1) + "]", "x".repeat(20_001)))
				.getContentAsString());
		assertThat(tooLong.select("#text-" + keys.get(1) + "-error").text()).contains("20,000");
		assertThat(tooLong.select("#text-" + keys.get(0)).text()).isEqualTo("# Geita 2030");
		assertThat(translations(slug)).isZero();

		// Three of four paragraphs translated; the fourth is left to the original.
		assertThat(facilitating.perform(post(base + "/versions/1/translations/sw")
			.param("texts[" + keys.get(0) + "]", "# Geita 2030")
			.param("texts[" + keys.get(1) + "]",
					"Kufikia 2030 uchimbaji mdogo wa dhahabu Geita ni rasmi, bila **zebaki**, salama na wenye malipo ya haki. <script>x</script>")
			.param("texts[" + keys.get(2) + "]", "Kila mchimbaji anayeomba anapata leseni ndani ya miezi mitatu.")
			.param("texts[" + keys.get(3) + "]", "  ")).getRedirectedUrl()).isEqualTo(base + "/versions/1?text=sw");
		assertThat(page(facilitating, base).select(".translation-todo li").text())
			.contains("1 of 4 paragraphs still needs a translation.");
		// In French, the colon after the language takes its no-break space, and one
		// paragraph is singular.
		facilitating.perform(post("/language").param("lang", "fr"));
		org.jsoup.nodes.Element inFrench = page(facilitating, base).select(".translation-todo li").first();
		assertThat(inFrench.wholeText()).contains("Kiswahili\u00a0:");
		assertThat(inFrench.text()).startsWith("Kiswahili : 1 paragraphe sur 4 attend encore une traduction.");
		facilitating.perform(post("/language").param("lang", "en"));

		// The Swahili reader reads the translation, the untranslated paragraph in
		// English.
		member.perform(post("/language").param("lang", "sw"));
		Document swahili = page(member, base);
		Document second = Jsoup.parse(swahili.select("#paragraph-" + keys.get(1)).outerHtml());
		assertThat(second.select(".prose").text()).startsWith("Kufikia 2030 uchimbaji");
		assertThat(second.select(".prose strong").text()).isEqualTo("zebaki");
		assertThat(second.select(".prose script")).isEmpty();
		assertThat(second.select(".prose").attr("lang")).isEmpty();
		Document last = Jsoup.parse(swahili.select("#paragraph-" + keys.get(3)).outerHtml());
		assertThat(last.select(".prose").text()).startsWith("Buyers pay the world price");
		assertThat(last.select(".prose").attr("lang")).isEqualTo("en");
		assertThat(last.select("p.hint").text()).contains("Bado haijatafsiriwa");
		assertThat(swahili.select("p.text-languages a").attr("href")).isEqualTo(base + "/versions/1?text=en");
		// Language names inside the sentence are in the reader's language.
		assertThat(swahili.select("p.text-languages").text())
			.contains("Inasomwa kwa Kiswahili; asili ni kwa Kiingereza.");

		// A stance taken while reading in Swahili is on the same paragraph for everyone.
		member.perform(post(base + "/versions/1/paragraphs/" + keys.get(2) + "/stance").param("stance", "AGREE"));
		Document english = Jsoup.parse(new WebClient(this.mvc).perform(get(base)).getContentAsString());
		assertThat(english.select("#paragraph-" + keys.get(2) + " .prose").text()).startsWith("Every miner who asks");
		assertThat(this.jdbc.queryForObject("""
				select count(*) from vision_stance s join vision_version v on v.id = s.version_id
				join dialogue d on d.id = v.dialogue_id where d.slug = ? and s.paragraph_key = ?""", Integer.class,
				slug, keys.get(2)))
			.isEqualTo(1);
		assertThat(english.select("p.text-languages").text()).contains("Original: English", "Kiswahili");

		// Version 2 changes one translated paragraph: the unchanged ones keep their
		// translations, the changed one keeps its own marked out of date.
		facilitating.perform(post(base + "/versions").param("text", VisionIT.V1.replace("three months", "ninety days"))
			.param("changeSummary", "Faster licences"));
		assertThat(keys(slug, 2)).isEqualTo(keys);
		Document v2 = page(member, base);
		assertThat(v2.select("#paragraph-" + keys.get(1) + " .prose").text()).startsWith("Kufikia 2030 uchimbaji");
		assertThat(v2.select("#paragraph-" + keys.get(1) + " .out-of-date")).isEmpty();
		assertThat(v2.select("#paragraph-" + keys.get(2) + " .prose").text()).startsWith("Kila mchimbaji");
		assertThat(v2.select("#paragraph-" + keys.get(2) + " .out-of-date").text())
			.contains("Tafsiri ya maneno ya awali");
		assertThat(page(facilitating, base).select(".translation-todo li").text())
			.contains("1 of 4 paragraphs still needs a translation.", "1 out of date");

		// Every paragraph translated from this wording: Swahili is no longer to do.
		org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder all = post(
				base + "/versions/2/translations/sw");
		for (org.jsoup.nodes.Element field : page(facilitating, base + "/versions/2/translations/sw")
			.select(".translation-pair textarea[name^=texts]")) {
			all.param(field.attr("name"), field.text().isBlank() ? "Tafsiri mpya" : field.text() + " (imesasishwa)");
		}
		facilitating.perform(all);
		assertThat(page(facilitating, base).select(".translation-todo")).isEmpty();
	}

	@Test
	void aChangedParagraphKeepsItsTranslationMarkedOutOfDateUntilAFacilitatorUpdatesIt() throws Exception {
		String facilitator = this.accounts.create("Zamani Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String miner = this.accounts.create("Zamani Miner", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		String slug = this.dialogues.create(facilitator, "Vision out of date", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, miner, DisplayMode.NAMED);
		String base = "/dialogues/" + slug + "/vision";
		WebClient facilitating = client(facilitator);
		facilitating.perform(post("/dialogues/" + slug + "/languages").param("original", "en")
			.param("languages", "sw")
			.param("languages", "fr"));
		facilitating.perform(post(base + "/versions").param("text", VisionIT.V1).param("changeSummary", "First"));
		List<String> keys = keys(slug, 1);
		String intro = keys.get(1);
		String licence = keys.get(2);
		String price = keys.get(3);
		facilitating
			.perform(post(base + "/versions/1/translations/sw").param("texts[" + keys.get(0) + "]", "# Geita 2030")
				.param("texts[" + intro + "]", "Kufikia 2030 uchimbaji mdogo wa dhahabu Geita ni rasmi.")
				.param("texts[" + licence + "]", "Kila mchimbaji anayeomba anapata leseni ndani ya miezi mitatu.")
				.param("texts[" + price + "]", "Wanunuzi hulipa bei ya dunia ukiondoa ada iliyotangazwa."));
		facilitating.perform(post(base + "/versions/1/translations/fr").param("texts[" + intro + "]",
				"D'ici 2030, l'orpaillage à Geita est formel."));

		// Version 2 changes the licence paragraph's meaning and the price paragraph's
		// punctuation, and adds a paragraph.
		facilitating.perform(
				post(base + "/versions")
					.param("text",
							VisionIT.V1.replace("three months", "ninety days")
								.replace("world price minus", "world price, minus")
								.concat("\n\nChildren are in school."))
					.param("changeSummary", "Faster licences"));
		assertThat(keys(slug, 2)).hasSize(5).startsWith(keys.toArray(String[]::new));
		String children = keys(slug, 2).get(4);

		// The facilitators' to-do counts missing and out-of-date translations apart.
		Document todo = page(facilitating, base);
		assertThat(todo.select(".translation-todo li:contains(Kiswahili)").text())
			.contains("1 of 5 paragraphs still needs a translation.", "2 out of date");
		assertThat(todo.select(".translation-todo li:contains(Français)").text())
			.contains("4 of 5 paragraphs still need a translation.")
			.doesNotContain("out of date");

		// A Swahili reader sees the earlier wording's translation, marked, with a link to
		// the original.
		WebClient member = client(miner);
		member.perform(post("/language").param("lang", "sw"));
		Document swahili = page(member, base);
		assertThat(swahili.select("#paragraph-" + licence + " .prose").text()).contains("miezi mitatu");
		assertThat(swahili.select("#paragraph-" + licence + " .out-of-date").text())
			.contains("Tafsiri ya maneno ya awali");
		assertThat(swahili.select("#paragraph-" + licence + " .out-of-date a").attr("href"))
			.isEqualTo(base + "/versions/2?text=en#paragraph-" + licence);
		assertThat(swahili.select("#paragraph-" + intro + " .out-of-date")).isEmpty();
		assertThat(swahili.select("#paragraph-" + children + " .prose").attr("lang")).isEqualTo("en");
		Document original = page(member, base + "/versions/2?text=en");
		assertThat(original.select("#paragraph-" + licence + " .prose").text()).contains("ninety days");
		assertThat(original.select("#paragraph-" + licence + " .out-of-date")).isEmpty();

		// The diff in Swahili: where both versions have an up-to-date translation, in
		// Swahili; elsewhere in English, marked.
		Document diff = page(member, base + "/diff?from=1&to=2");
		assertThat(diff.select("#diff-" + intro + " .diff-text").attr("lang")).isEqualTo("sw");
		assertThat(diff.select("#diff-" + intro + " .diff-text").text()).startsWith("Kufikia 2030");
		assertThat(diff.select("#diff-" + licence + " .diff-text").attr("lang")).isEqualTo("en");
		assertThat(diff.select("#diff-" + licence + " ins").text()).contains("ninety days");
		assertThat(diff.select("#diff-" + children + " .diff-text").attr("lang")).isEqualTo("en");
		assertThat(diff.select("p.text-languages a").attr("href")).isEqualTo(base + "/diff?from=1&to=2&text=en");
		assertThat(diff.select("p.text-languages").text()).contains("kwa asili (Kiingereza)",
				"Linganisha kwa asili (Kiingereza)");

		// The paragraph's own page in Swahili, with the same switch and mark.
		Document licencePage = page(member, base + "/versions/2/paragraphs/" + licence);
		assertThat(licencePage.select("blockquote.prose").text()).contains("miezi mitatu");
		assertThat(licencePage.select(".out-of-date a").attr("href"))
			.isEqualTo(base + "/versions/2/paragraphs/" + licence + "?text=en");
		Document introPage = page(member, base + "/versions/2/paragraphs/" + intro);
		assertThat(introPage.select("blockquote.prose").text()).startsWith("Kufikia 2030");
		assertThat(introPage.select("blockquote.prose").attr("lang")).isEmpty();
		assertThat(introPage.select(".out-of-date")).isEmpty();
		assertThat(introPage.select("p.text-languages").text()).contains("English");
		assertThat(introPage.select("p.text-languages a").eachAttr("href")).containsExactly(
				base + "/versions/2/paragraphs/" + intro + "?text=en",
				base + "/versions/2/paragraphs/" + intro + "?text=fr");
		Document introInFrench = page(member, base + "/versions/2/paragraphs/" + intro + "?text=fr");
		assertThat(introInFrench.select("blockquote.prose").text()).startsWith("D'ici 2030");
		assertThat(introInFrench.select("blockquote.prose").attr("lang")).isEqualTo("fr");
		Document introInEnglish = page(member, base + "/versions/2/paragraphs/" + intro + "?text=en");
		assertThat(introInEnglish.select("blockquote.prose").text()).startsWith("By 2030 artisanal");

		// The form marks both; saving it unchanged leaves them out of date.
		Document form = page(facilitating, base + "/versions/2/translations/sw");
		assertThat(form.select("#text-" + licence + "-out-of-date")).hasSize(1);
		assertThat(form.select("#confirmed-" + price)).hasSize(1);
		assertThat(form.select("#confirmed-" + intro)).isEmpty();
		facilitating
			.perform(post(base + "/versions/2/translations/sw").param("texts[" + keys.get(0) + "]", "# Geita 2030")
				.param("texts[" + intro + "]", "Kufikia 2030 uchimbaji mdogo wa dhahabu Geita ni rasmi.")
				.param("texts[" + licence + "]", "Kila mchimbaji anayeomba anapata leseni ndani ya miezi mitatu.")
				.param("texts[" + price + "]", "Wanunuzi hulipa bei ya dunia ukiondoa ada iliyotangazwa."));
		assertThat(page(facilitating, base).select(".translation-todo li:contains(Kiswahili)").text())
			.contains("2 out of date");

		// Updating one and confirming the other clears both marks.
		facilitating
			.perform(post(base + "/versions/2/translations/sw").param("texts[" + keys.get(0) + "]", "# Geita 2030")
				.param("texts[" + intro + "]", "Kufikia 2030 uchimbaji mdogo wa dhahabu Geita ni rasmi.")
				.param("texts[" + licence + "]", "Kila mchimbaji anayeomba anapata leseni ndani ya siku tisini.")
				.param("texts[" + price + "]", "Wanunuzi hulipa bei ya dunia ukiondoa ada iliyotangazwa.")
				.param("confirmed", price));
		assertThat(page(facilitating, base).select(".translation-todo li:contains(Kiswahili)").text())
			.contains("1 of 5 paragraphs still needs a translation.")
			.doesNotContain("out of date");
		Document updated = page(member, base);
		assertThat(updated.select("#paragraph-" + licence + " .prose").text()).contains("siku tisini");
		assertThat(updated.select(".out-of-date")).isEmpty();

		// Now both versions have an up-to-date translation: the diff shows it in Swahili.
		Document diffInSwahili = page(member, base + "/diff?from=1&to=2");
		assertThat(diffInSwahili.select("#diff-" + licence + " .diff-text").attr("lang")).isEqualTo("sw");
		assertThat(diffInSwahili.select("#diff-" + licence + " del").text()).contains("miezi mitatu");
		assertThat(diffInSwahili.select("#diff-" + licence + " ins").text()).contains("siku tisini");
		// The price paragraph changed in English only (a comma): modified, and its
		// confirmed translation reads the same.
		assertThat(diffInSwahili.select("#diff-" + price + " .diff-text").attr("lang")).isEqualTo("sw");
		assertThat(diffInSwahili.select("#diff-" + price).hasClass("diff-modified")).isTrue();
		assertThat(diffInSwahili.select("#diff-" + price + " ins")).isEmpty();
		assertThat(diffInSwahili.select("li.diff-modified")).hasSize(2);

		// Version 3 leaves the licence paragraph unchanged: its updated translation goes
		// along, up to date.
		facilitating
			.perform(post(base + "/versions")
				.param("text",
						VisionIT.V1.replace("three months", "ninety days")
							.replace("world price minus", "world price, minus")
							.concat("\n\nChildren are in school, girls and boys alike."))
				.param("changeSummary", "Girls"));
		Document v3 = page(member, base);
		assertThat(v3.select("#paragraph-" + licence + " .prose").text()).contains("siku tisini");
		assertThat(v3.select(".out-of-date")).isEmpty();
	}

	@Test
	void facilitatorsTranslateTheReasonOfAnAnswerAndSwahiliReadersSeeIt() throws Exception {
		String facilitator = this.accounts.create("Sababu Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String miner = this.accounts.create("Sababu Miner", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		String slug = this.dialogues.create(facilitator, "Reasons in two languages", Visibility.PUBLIC, JoinPolicy.OPEN,
				true, DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, miner, DisplayMode.NAMED);
		String base = "/dialogues/" + slug + "/vision";
		WebClient facilitating = client(facilitator);
		facilitating.perform(post(base + "/versions").param("text", VisionIT.V1).param("changeSummary", "First"));
		facilitating
			.perform(post("/dialogues/" + slug + "/languages").param("original", "en").param("languages", "sw"));
		String key = keys(slug, 1).get(2);
		WebClient member = client(miner);
		String posted = member
			.perform(post(base + "/versions/1/comments").param("paragraphKey", key)
				.param("body", "Three months is too slow for us."))
			.getRedirectedUrl();
		long commentId = Long.parseLong(posted.substring(posted.indexOf("#comment-") + 9));
		facilitating.perform(post(base + "/comments/" + commentId + "/answer").param("disposition", "INCORPORATED")
			.param("reason", "Shortened to ninety days."));
		String translation = base + "/comments/" + commentId + "/answer/translation";

		// The form sits next to the reason, for facilitators only.
		assertThat(page(facilitating, base)
			.select("#comment-" + commentId + " .answer form[action='" + translation
					+ "'] select[name=language] option")
			.eachAttr("value")).containsExactly("sw");
		assertThat(page(member, base).select("#comment-" + commentId + " .answer form")).isEmpty();

		// Members do not translate reasons.
		assertThat(member.perform(get(translation + "?language=sw")).getStatus()).isEqualTo(404);
		assertThat(member.perform(post(translation).param("language", "sw").param("text", "Hapana")).getStatus())
			.isEqualTo(404);
		assertThat(
				facilitating.performAsIs(post(translation).param("language", "sw").param("text", "Bandia")).getStatus())
			.isEqualTo(403);

		// Bad input: the error next to its field, what was typed kept, nothing saved.
		Document tooLong = Jsoup
			.parse(facilitating.perform(post(translation).param("language", "sw").param("text", "x".repeat(1001)))
				.getContentAsString());
		assertThat(tooLong.select("#text-error").text()).isNotBlank();
		assertThat(tooLong.select("#text").text()).hasSize(1001);
		Document notALanguage = Jsoup.parse(facilitating
			.perform(post(translation).param("language", "fr").param("text", "Raccourci à quatre-vingt-dix jours."))
			.getContentAsString());
		assertThat(notALanguage.select("#language-error").text())
			.contains("Choose one of the dialogue's languages other than the original.");
		assertThat(notALanguage.select("#text").text()).isEqualTo("Raccourci à quatre-vingt-dix jours.");
		assertThat(reasonTranslations(commentId)).isZero();

		assertThat(facilitating
			.perform(post(translation).param("language", "sw")
				.param("text", "Imefupishwa hadi siku tisini.")
				.param("back", base + "/versions/1"))
			.getRedirectedUrl()).isEqualTo(base + "/versions/1#comment-" + commentId);
		assertThat(page(facilitating, translation + "?language=sw").select("#text").text())
			.isEqualTo("Imefupishwa hadi siku tisini.");

		// A Swahili reader sees the translation, marked, with the original a click away,
		// on the vision, the paragraph's page and "you said, we did".
		member.perform(post("/language").param("lang", "sw"));
		for (String path : List.of(base, base + "/versions/1/paragraphs/" + key, base + "/you-said-we-did")) {
			Document swahili = page(member, path);
			org.jsoup.select.Elements answer = swahili.select("#comment-" + commentId + " .answer");
			assertThat(answer.select(".answer-reason").text()).as(path).endsWith("Imefupishwa hadi siku tisini.");
			assertThat(answer.select(".answer-reason span[lang]")).as(path).isEmpty();
			assertThat(answer.select(".translation-mark").text()).as(path).isEqualTo("Tafsiri · asili kwa Kiingereza");
			assertThat(answer.select("details.original-text p[lang=en]").text()).as(path)
				.isEqualTo("Shortened to ninety days.");
		}

		// The paragraph commented on is quoted in the reader's language where translated,
		// marked, with its lang; in the original (marked English) before that.
		Document untranslated = page(member, base + "/you-said-we-did");
		assertThat(untranslated.select(".said-section blockquote[lang=en]").text())
			.isEqualTo("Every miner who asks gets a primary mining licence within three months.");
		assertThat(untranslated.select(".said-section .quote-translation")).isEmpty();
		facilitating.perform(post(base + "/versions/1/translations/sw").param("texts[" + key + "]",
				"Kila mchimbaji anayeomba anapata leseni ndani ya miezi mitatu."));
		Document quoted = page(member, base + "/you-said-we-did");
		assertThat(quoted.select(".said-section blockquote[lang=sw]").text())
			.isEqualTo("Kila mchimbaji anayeomba anapata leseni ndani ya miezi mitatu.");
		assertThat(quoted.select(".said-section .quote-translation").text())
			.isEqualTo(page(member, base).select(".text-languages > span").first().text());
		Document quotedInEnglish = page(new WebClient(this.mvc), base + "/you-said-we-did");
		assertThat(quotedInEnglish.select(".said-section blockquote[lang=en]").text())
			.isEqualTo("Every miner who asks gets a primary mining licence within three months.");
		assertThat(quotedInEnglish.select(".said-section .quote-translation")).isEmpty();

		// An English reader sees the original, unmarked.
		Document english = page(new WebClient(this.mvc), base);
		assertThat(english.select("#comment-" + commentId + " .answer-reason").text())
			.endsWith("Shortened to ninety days.");
		assertThat(english.select("#comment-" + commentId + " .translation-mark")).isEmpty();

		// A changed reason drops its translation: the Swahili reader then reads the new
		// original, marked as English.
		facilitating.perform(post(base + "/comments/" + commentId + "/answer").param("disposition", "INCORPORATED")
			.param("reason", "Shortened to sixty days."));
		assertThat(reasonTranslations(commentId)).isZero();
		Document after = page(member, base);
		assertThat(after.select("#comment-" + commentId + " .answer-reason span[lang=en]").text())
			.isEqualTo("Shortened to sixty days.");
	}

	private int reasonTranslations(long commentId) {
		return this.jdbc.queryForObject("select count(*) from vision_disposition_translation where comment_id = ?",
				Integer.class, commentId);
	}

	private int translations(String slug) {
		return this.jdbc.queryForObject("""
				select count(*) from vision_paragraph_translation t join vision_version v on v.id = t.version_id
				join dialogue d on d.id = v.dialogue_id where d.slug = ?""", Integer.class, slug);
	}

	private List<String> keys(String slug, int number) {
		return this.jdbc.queryForList("""
				select p.paragraph_key from vision_paragraph p join vision_version v on v.id = p.version_id
				join dialogue d on d.id = v.dialogue_id where d.slug = ? and v.number = ? order by p.position""",
				String.class, slug, number);
	}

	private Document page(WebClient client, String path) throws Exception {
		return Jsoup.parse(client.perform(get(path)).getContentAsString());
	}

	private WebClient client(String email) throws Exception {
		WebClient client = new WebClient(this.mvc, TestAccounts.newAddress());
		client.logIn(email, TestAccounts.PASSWORD);
		return client;
	}

}
