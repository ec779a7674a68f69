package org.commonground.meeting;

import java.time.LocalDate;
import java.util.Locale;

import org.commonground.account.AccountRole;
import org.commonground.support.TestChallenges;
import org.commonground.support.WebClient;
import org.commonground.vision.VisionService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A meeting's minutes: written by the facilitators as a draft nobody else sees, put up
 * for review (members and facilitators comment until the end date), published (comments
 * close, everyone who may read the dialogue reads them), in the reader's language where a
 * version exists, with what each item led to.
 */
class MinutesIT extends MeetingTestBase {

	@Autowired
	TestChallenges challenges;

	@Autowired
	VisionService visions;

	String meeting;

	String minutes;

	String outsider;

	long challenge;

	@BeforeEach
	void aWorkshopWithAChallengeAndAVision() throws Exception {
		this.outsider = this.accounts.create("Olivia Outsider", AccountRole.PARTICIPANT, "BUYER");
		this.challenge = this.challenges.raise(this.slug, this.member, "Mercury-free processing", "LAND_LICENSING");
		this.dialogues.as(this.facilitator, (me) -> this.visions.publish(this.slug, me,
				"# Our vision\n\nNobody burns amalgam near homes.", "First", -1L));
		this.meeting = planWorkshop("Visioning workshop");
		this.minutes = this.meeting + "/minutes";
	}

	@Test
	void draftReviewCommentsAndPublishing() throws Exception {
		WebClient facilitator = client(this.facilitator);
		WebClient member = client(this.member);
		WebClient outsider = client(this.outsider);
		WebClient anonymous = new WebClient(this.mvc);

		assertThat(anonymous.perform(get(this.minutes)).getStatus()).as("no minutes yet").isEqualTo(404);
		assertThat(member.perform(get(this.minutes)).getStatus()).isEqualTo(404);
		assertThat(facilitator.perform(get(this.minutes)).getContentAsString()).contains("Start the minutes");
		// The minutes' original language offered is the facilitator's interface language
		// (the meeting names none).
		WebClient portuguese = client(this.facilitator);
		portuguese.perform(post("/language").param("lang", "pt"));
		assertThat(Jsoup.parse(portuguese.perform(get(this.minutes)).getContentAsString())
			.select("select#language option[selected]")
			.val()).isEqualTo("pt");
		assertThat(Jsoup.parse(facilitator.perform(get(this.minutes)).getContentAsString())
			.select("select#language option[selected]")
			.val()).isEqualTo("en");
		portuguese.perform(post("/language").param("lang", "en"));

		assertThat(facilitator.perform(post(this.minutes).param("language", "en")).getStatus()).isEqualTo(302);
		assertThat(facilitator
			.perform(post(this.minutes + "/items").param("text", "We agreed on **retorts**.")
				.param("challengeId", Long.toString(this.challenge)))
			.getStatus()).isEqualTo(302);
		String key = Jsoup.parse(facilitator.perform(get(this.minutes)).getContentAsString())
			.select("#paragraphKey option")
			.stream()
			.filter((o) -> o.text().startsWith("Nobody burns amalgam"))
			.findFirst()
			.orElseThrow()
			.val();
		assertThat(facilitator
			.perform(post(this.minutes + "/items").param("text", "Raised at the workshop.").param("paragraphKey", key))
			.getStatus()).isEqualTo(302);

		Document blank = Jsoup.parse(
				facilitator
					.perform(post(this.minutes + "/items").param("text", " ")
						.param("challengeId", Long.toString(this.challenge)))
					.getContentAsString());
		assertThat(blank.select(".error-summary").text()).contains("Point discussed or decided");
		assertThat(blank.select("#challengeId option[selected]").val()).as("input kept")
			.isEqualTo(Long.toString(this.challenge));

		assertThat(member.perform(get(this.minutes)).getStatus()).as("a draft is the facilitators'").isEqualTo(404);
		assertThat(anonymous.perform(get(this.minutes)).getStatus()).isEqualTo(404);
		assertThat(Jsoup.parse(member.perform(get(this.meeting)).getContentAsString()).select("#minutes")).isEmpty();

		long first = Long.parseLong(Jsoup.parse(facilitator.perform(get(this.minutes)).getContentAsString())
			.select(".minutes .minute-item")
			.first()
			.id()
			.substring("minute-".length()));
		assertThat(facilitator
			.perform(post(this.minutes + "/items/" + first + "/texts").param("language", "sw")
				.param("text", "Tulikubaliana kuhusu **retort**."))
			.getStatus()).isEqualTo(302);
		Document badLanguage = Jsoup.parse(
				facilitator
					.perform(post(this.minutes + "/items/" + first + "/texts").param("language", "xx")
						.param("text", "Kept text"))
					.getContentAsString());
		assertThat(badLanguage.select(".minute-text-form .field-error").text())
			.contains("Choose one of the listed languages.");
		assertThat(badLanguage.select("textarea").eachText()).as("the text is kept, the sources are there to rewrite")
			.contains("Kept text", "We agreed on **retorts**.", "Tulikubaliana kuhusu **retort**.");
		assertThat(badLanguage.select(".error-summary a").eachAttr("href"))
			.containsExactly("#language-" + first + "-new");
		// An empty language version: the summary at the top of the page links to the
		// field far below.
		Document empty = Jsoup.parse(facilitator
			.perform(post(this.minutes + "/items/" + first + "/texts").param("language", "pt").param("text", ""))
			.getContentAsString());
		assertThat(empty.select(".error-summary")).hasSize(1);
		assertThat(empty.select(".error-summary a").eachAttr("href")).containsExactly("#text-" + first + "-new");
		assertThat(empty.getElementById("text-" + first + "-new")).isNotNull();
		assertThat(empty.select("h1 ~ .error-summary")).as("right under the heading").hasSize(1);

		Document past = Jsoup.parse(facilitator
			.perform(post(this.minutes + "/review").param("reviewEndsOn", LocalDate.now().minusDays(3).toString()))
			.getContentAsString());
		assertThat(past.select(".error-summary").text()).contains("Choose today or a later day.");
		assertThat(facilitator
			.perform(post(this.minutes + "/review").param("reviewEndsOn", LocalDate.now().plusDays(7).toString()))
			.getStatus()).isEqualTo(302);

		Document inReview = Jsoup.parse(member.perform(get(this.minutes)).getContentAsString());
		assertThat(inReview.select(".badges").text()).contains("In review");
		String until = LocalDate.now()
			.plusDays(7)
			.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH));
		assertThat(inReview.text()).contains("Open for comments until " + until);
		this.jdbc.update("update account set locale = 'es' where email = ?", this.member);
		Document spanish = Jsoup.parse(client(this.member).perform(get(this.minutes)).getContentAsString());
		this.jdbc.update("update account set locale = 'en' where email = ?", this.member);
		assertThat(spanish.text()).contains("Abierta a comentarios hasta el " + LocalDate.now()
			.plusDays(7)
			.format(java.time.format.DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy",
					Locale.forLanguageTag("es"))));
		assertThat(inReview.select("form.comment-form")).as("members may comment").isNotEmpty();
		assertThat(anonymous.perform(get(this.minutes)).getStatus()).as("not for non-members").isEqualTo(404);
		assertThat(outsider.perform(get(this.minutes)).getStatus()).isEqualTo(404);

		assertThat(comment(member, "Please add who tests the gravity table.").getStatus()).isEqualTo(302);
		assertThat(comment(facilitator, "Added, thank you.").getStatus()).isEqualTo(302);
		assertThat(comment(outsider, "Not mine to say.").getStatus()).isEqualTo(404);
		assertThat(comments()).isEqualTo(2);
		// After the last day the page says that comments are closed, and what comes next.
		this.jdbc.update("update meeting_minutes set review_ends_on = review_ends_on - 30 where meeting_id = ?",
				idIn(this.meeting));
		assertThat(Jsoup.parse(member.perform(get(this.minutes)).getContentAsString()).select(".badges .meta").text())
			.startsWith("Comments closed on")
			.endsWith("the facilitators will publish the minutes.");
		assertThat(
				Jsoup.parse(facilitator.perform(get(this.minutes)).getContentAsString()).select(".badges .meta").text())
			.endsWith("read them, change the minutes if needed, and publish them.");
		assertThat(comment(member, "After the end.").getContentAsString())
			.contains("This discussion is closed to new comments.");
		assertThat(comments()).isEqualTo(2);
		MockHttpServletResponse forged = member.performAsIs(post(this.minutes + "/publish"));
		assertThat(forged.getStatus()).as("no CSRF token").isEqualTo(403);
		assertThat(member.perform(post(this.minutes + "/publish")).getStatus()).as("members do not publish")
			.isEqualTo(404);
		assertThat(facilitator.performAsIs(post(this.minutes + "/publish")).getStatus()).isEqualTo(403);
		assertThat(status()).isEqualTo("IN_REVIEW");

		assertThat(facilitator.perform(post(this.minutes + "/publish")).getStatus()).isEqualTo(302);
		assertThat(status()).isEqualTo("PUBLISHED");
		assertThat(comment(member, "Too late?").getContentAsString())
			.contains("This discussion is closed to new comments.");
		assertThat(comments()).isEqualTo(2);
		assertThat(facilitator.perform(post(this.minutes + "/items").param("text", "One more.")).getContentAsString())
			.as("published minutes keep their items")
			.doesNotContain("One more.");

		Document published = Jsoup.parse(anonymous.perform(get(this.minutes)).getContentAsString());
		assertThat(published.select(".minutes .prose").eachText()).containsExactly("We agreed on retorts.",
				"Raised at the workshop.");
		assertThat(published.select(".minutes strong").text()).isEqualTo("retorts");
		assertThat(published.select(".outcome").eachText()).containsExactly("→ challenge: Mercury-free processing",
				"→ now in version 1 of the vision: Nobody burns amalgam near homes.");
		assertThat(published.select(".comment-list").text()).contains("Please add who tests the gravity table.");
		assertThat(published.text()).contains("Comments on these minutes are closed.");
		assertThat(published.select(".language-versions a").eachAttr("href"))
			.containsExactly(this.minutes + "?version=sw");
		assertThat(Jsoup.parse(anonymous.perform(get(this.meeting)).getContentAsString())
			.select("#minutes .minutes .prose")
			.eachText()).contains("We agreed on retorts.");
		assertThat(Jsoup.parse(anonymous.perform(get("/dialogues/" + this.slug)).getContentAsString())
			.select("a[href=\"" + this.minutes + "\"]")).isNotEmpty();

		WebClient swahili = new WebClient(this.mvc);
		Document kiswahili = Jsoup
			.parse(swahili.perform(get(this.minutes).header("Accept-Language", "sw")).getContentAsString());
		assertThat(kiswahili.select(".minutes .prose").eachText()).containsExactly("Tulikubaliana kuhusu retort.",
				"Raised at the workshop.");
		assertThat(kiswahili.select(".minutes .prose").eachAttr("lang")).containsExactly("sw", "en");
		assertThat(Jsoup.parse(anonymous.perform(get(this.minutes + "?version=sw")).getContentAsString())
			.select(".minutes .prose")
			.first()
			.text()).as("the no-JS link to the Swahili version").isEqualTo("Tulikubaliana kuhusu retort.");
		// French writes a language's name in lower case inside a sentence or a list
		// (jsoup reads no-break spaces as spaces).
		Document french = Jsoup.parse(new WebClient(this.mvc).perform(get(this.minutes).header("Accept-Language", "fr"))
			.getContentAsString());
		assertThat(french.select(".language-versions").text()).isEqualTo("Lire en : anglais, swahili");
		assertThat(french.select(".minutes .meta").eachText())
			.contains("Pas encore traduit ; affiché dans la langue d’origine (anglais).");
		assertThat(french.text()).doesNotContain("Anglais", "Swahili");
	}

	@Test
	void publishedMinutesAndTheirLanguageVersionsAreFoundBySearch() throws Exception {
		WebClient facilitator = client(this.facilitator);
		WebClient member = client(this.member);
		WebClient anonymous = new WebClient(this.mvc);
		String word = uniqueWord();
		String swahiliWord = uniqueWord();
		facilitator.perform(post(this.minutes).param("language", "en"));
		facilitator.perform(post(this.minutes + "/items").param("text", "We agreed on retorts " + word + "."));
		long item = this.jdbc.queryForObject(
				"select i.id from minute_item i join meeting_minutes m on m.id = i.minutes_id where m.meeting_id = ?",
				Long.class, idIn(this.meeting));
		facilitator.perform(post(this.minutes + "/items/" + item + "/texts").param("language", "sw")
			.param("text", "Tulikubaliana kuhusu retort " + swahiliWord + "."));
		facilitator
			.perform(post(this.minutes + "/review").param("reviewEndsOn", LocalDate.now().plusDays(7).toString()));
		String commentWord = uniqueWord();
		assertThat(comment(member, "Who tests the gravity table " + commentWord + "?").getStatus()).isEqualTo(302);
		assertThat(search(member, word, null).select(".search-hit")).as("minutes in review are not searched").isEmpty();
		assertThat(search(anonymous, commentWord, null).select(".search-hit")).as("nor the members' comments on them")
			.isEmpty();
		assertThat(search(facilitator, swahiliWord, null).select(".search-hit")).isEmpty();

		facilitator.perform(post(this.minutes + "/publish"));
		assertThat(status()).isEqualTo("PUBLISHED");
		Document found = search(anonymous, word, null);
		assertThat(found.select(".search-hit h3 a").eachAttr("href")).containsExactly(this.minutes);
		assertThat(found.select(".search-hit .badge").text()).isEqualTo("Meeting minutes");
		assertThat(found.select(".search-hit h3 a").text()).isEqualTo("Visioning workshop");
		assertThat(search(anonymous, commentWord, null).select(".search-hit h3 a").attr("href"))
			.startsWith(this.minutes + "#comment-");
		Document swahili = search(anonymous, swahiliWord, "sw");
		assertThat(swahili.select(".search-hit h3 a").eachAttr("href")).containsExactly(this.minutes + "?version=sw");
		assertThat(swahili.select(".search-hit .search-translation").text()).isEqualTo("Translation: Kiswahili");
		assertThat(swahili.select(".search-hit .snippet[lang=sw]").text()).contains("Tulikubaliana kuhusu retort");

		// The dialogue's languages page: the minutes are whole in Swahili, not yet in
		// French.
		facilitator.perform(post("/dialogues/" + this.slug + "/languages").param("original", "en")
			.param("languages", "en", "sw", "fr"));
		Document languages = Jsoup
			.parse(facilitator.perform(get("/dialogues/" + this.slug + "/translations")).getContentAsString());
		assertThat(languages.select(".translation-work li").eachText()).contains("Meeting minutes: all translated",
				"Meeting minutes: 1 of 1 still to translate");

		// A language version written after publishing follows in the index.
		String laterWord = uniqueWord();
		facilitator.perform(post(this.minutes + "/items/" + item + "/texts").param("language", "sw")
			.param("text", "Tulikubaliana " + laterWord + "."));
		assertThat(search(anonymous, swahiliWord, "sw").select(".search-hit")).isEmpty();
		assertThat(search(anonymous, laterWord, "sw").select(".search-hit")).hasSize(1);
	}

	@Test
	void publishedMinutesAreCorrectedWithAReasonAndTheEarlierWordingKept() throws Exception {
		WebClient facilitator = client(this.facilitator);
		WebClient member = client(this.member);
		WebClient anonymous = new WebClient(this.mvc);
		String before = uniqueWord();
		String after = uniqueWord();
		facilitator.perform(post(this.minutes).param("language", "en"));
		facilitator.perform(post(this.minutes + "/items").param("text", "We agreed on mercury " + before + "."));
		long item = this.jdbc.queryForObject(
				"select i.id from minute_item i join meeting_minutes m on m.id = i.minutes_id where m.meeting_id = ?",
				Long.class, idIn(this.meeting));
		facilitator.perform(post(this.minutes + "/items/" + item + "/texts").param("language", "sw")
			.param("text", "Tulikubaliana kuhusu zebaki."));
		facilitator
			.perform(post(this.minutes + "/review").param("reviewEndsOn", LocalDate.now().plusDays(7).toString()));
		facilitator.perform(post(this.minutes + "/publish"));
		assertThat(status()).isEqualTo("PUBLISHED");
		String correction = this.minutes + "/items/" + item + "/correction";

		// Only the dialogue's facilitators correct, by POST with a CSRF token.
		assertThat(member.perform(post(correction).param("text", "Changed.").param("reason", "Typo")).getStatus())
			.isEqualTo(404);
		assertThat(client(this.outsider).perform(post(correction).param("text", "Changed.").param("reason", "Typo"))
			.getStatus()).as("a signed-in visitor").isEqualTo(404);
		assertThat(anonymous.perform(post(correction).param("text", "Changed.").param("reason", "Typo")).getStatus())
			.as("visitors who are not signed in are sent to sign in")
			.isEqualTo(302);
		assertThat(member.perform(post(this.minutes + "/language").param("language", "es").param("reason", "Typo"))
			.getStatus()).isEqualTo(404);
		assertThat(
				facilitator.performAsIs(post(correction).param("text", "Changed.").param("reason", "Typo")).getStatus())
			.isEqualTo(403);

		assertThat(this.jdbc.queryForObject(
				"select count(*) from minute_correction c join meeting_minutes m on m.id = c.minutes_id where m.meeting_id = ?",
				Integer.class, idIn(this.meeting)))
			.isZero();

		// Without a reason: the error beside the field, the corrected text kept.
		Document noReason = Jsoup.parse(facilitator
			.perform(post(correction).param("text", "We agreed on retorts " + after + ".").param("reason", " "))
			.getContentAsString());
		assertThat(noReason.select("#correction-reason-error-" + item).text()).isNotBlank();
		assertThat(noReason.select("#correction-text-" + item).text()).isEqualTo("We agreed on retorts " + after + ".");
		assertThat(noReason.select("details.minute-correction-form[open]")).hasSize(1);

		assertThat(facilitator
			.perform(post(correction).param("text", "We agreed on retorts " + after + ".")
				.param("reason", "The workshop chose retorts, not mercury."))
			.getStatus()).isEqualTo(302);
		String day = this.jdbc.queryForObject("""
				select (c.corrected_at at time zone d.time_zone)::date::text from minute_correction c
				join meeting_minutes m on m.id = c.minutes_id join meeting mt on mt.id = m.meeting_id
				join dialogue d on d.id = mt.dialogue_id where mt.id = ?""", String.class, idIn(this.meeting));
		String on = LocalDate.parse(day)
			.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
		Document published = Jsoup.parse(anonymous.perform(get(this.minutes)).getContentAsString());
		assertThat(published.select(".minutes .prose").eachText())
			.containsExactly("We agreed on retorts " + after + ".");
		assertThat(published.select(".minutes .minute-correction").text())
			.isEqualTo("Corrected on " + on + ": The workshop chose retorts, not mercury.");
		String history = published.select("a[href=\"" + this.minutes + "/history\"]").attr("href");
		assertThat(history).isEqualTo(this.minutes + "/history");
		Document earlier = Jsoup.parse(anonymous.perform(get(history)).getContentAsString());
		assertThat(earlier.select(".history .prose").text()).isEqualTo("We agreed on mercury " + before + ".");
		assertThat(earlier.select(".history").text()).contains("The workshop chose retorts, not mercury.");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'MINUTES_CORRECTED' and note = ?", Integer.class,
				"The workshop chose retorts, not mercury."))
			.isEqualTo(1);
		// Search finds the corrected wording, no longer the earlier one.
		assertThat(search(anonymous, after, null).select(".search-hit h3 a").eachAttr("href"))
			.containsExactly(this.minutes);
		assertThat(search(anonymous, before, null).select(".search-hit")).isEmpty();
		// The facilitator's data archive holds the correction, with the earlier wording.
		String corrections = org.commonground.support.Zips
			.unzip(facilitator.perform(get("/account/data")).getContentAsByteArray())
			.get("meeting_minutes_corrected.csv");
		assertThat(corrections).contains("We agreed on mercury " + before + ".")
			.contains("The workshop chose retorts, not mercury.");

		// The Swahili version is marked out of date until a facilitator writes it again.
		Document swahili = Jsoup.parse(anonymous.perform(get(this.minutes + "?version=sw")).getContentAsString());
		assertThat(swahili.select(".minutes .out-of-date").text())
			.isEqualTo("Translation of an earlier wording — out of date.");
		assertThat(Jsoup.parse(facilitator.perform(get(this.minutes)).getContentAsString())
			.select(".minutes-tools .out-of-date")
			.text()).contains("Swahili");
		// The dialogue's languages page counts it among the translations out of date.
		facilitator.perform(
				post("/dialogues/" + this.slug + "/languages").param("original", "en").param("languages", "en", "sw"));
		assertThat(
				Jsoup.parse(facilitator.perform(get("/dialogues/" + this.slug + "/translations")).getContentAsString())
					.select(".translation-work li")
					.eachText())
			.anyMatch((line) -> line.startsWith("Meeting minutes") && line.contains("(1 out of date)"));
		// In Spanish too, the day in the dialogue's time zone.
		this.jdbc.update("update account set locale = 'es' where email = ?", this.member);
		assertThat(
				Jsoup.parse(client(this.member).perform(get(this.minutes)).getContentAsString())
					.select(".minutes .minute-correction")
					.text())
			.isEqualTo("Corregido el " + LocalDate.parse(day)
				.format(java.time.format.DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy",
						Locale.forLanguageTag("es")))
					+ ": The workshop chose retorts, not mercury.");
		this.jdbc.update("update account set locale = 'en' where email = ?", this.member);
		facilitator.perform(post(this.minutes + "/items/" + item + "/texts").param("language", "sw")
			.param("text", "Tulikubaliana kuhusu retort."));
		assertThat(Jsoup.parse(anonymous.perform(get(this.minutes + "?version=sw")).getContentAsString())
			.select(".minutes .out-of-date")).isEmpty();

		// A wrongly chosen original language: not one the minutes have a version in.
		Document taken = Jsoup.parse(facilitator
			.perform(post(this.minutes + "/language").param("language", "sw").param("reason", "Wrong language"))
			.getContentAsString());
		assertThat(taken.select(".minutes-language .field-error").text())
			.contains("The minutes already have a version in this language.");
		assertThat(taken.select(".minutes-language input[name=reason]").val()).isEqualTo("Wrong language");
		assertThat(facilitator
			.perform(post(this.minutes + "/language").param("language", "es")
				.param("reason", "Written in Spanish at the meeting"))
			.getStatus()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select original_language from meeting_minutes where meeting_id = ?",
				String.class, idIn(this.meeting)))
			.isEqualTo("es");
		Document relabelled = Jsoup.parse(anonymous.perform(get(this.minutes)).getContentAsString());
		assertThat(relabelled.select(".minutes .prose").eachAttr("lang")).containsExactly("es");
		assertThat(relabelled.text())
			.contains("Original language corrected on " + on + ": Written in Spanish at the meeting");
		assertThat(Jsoup.parse(anonymous.perform(get(history)).getContentAsString()).select(".history h2").eachText())
			.first()
			.asString()
			.contains("English", "Spanish");
		assertThat(search(anonymous, after, "es").select(".search-hit")).hasSize(1);
	}

	@Test
	void theOriginalLanguageOfferedIsTheFacilitatorsInterfaceLanguage() throws Exception {
		String held = client(this.facilitator)
			.perform(post("/dialogues/" + this.slug + "/meetings").param("title", "Baraza")
				.param("kind", "WORKSHOP")
				.param("startsAt", "2026-03-12T09:00")
				.param("endsAt", "2026-03-12T17:00")
				.param("languages", "sw")
				.param("pastConfirmed", "true"))
			.getRedirectedUrl();
		assertThat(this.jdbc.queryForObject("select count(*) from meeting where id = ?", Integer.class, idIn(held)))
			.isEqualTo(1);
		WebClient spanish = client(this.facilitator);
		spanish.perform(post("/language").param("lang", "es"));
		Document start = Jsoup.parse(spanish.perform(get(held + "/minutes")).getContentAsString());
		spanish.perform(post("/language").param("lang", "en"));
		assertThat(start.select("select#language option[selected]").val())
			.as("held in Swahili, written by a Spanish-speaking facilitator")
			.isEqualTo("es");
		assertThat(start.select("select#language option")).hasSize(5);
	}

	private static String uniqueWord() {
		StringBuilder word = new StringBuilder("zq");
		for (int i = 0; i < 8; i++) {
			word.append((char) ('a' + java.util.concurrent.ThreadLocalRandom.current().nextInt(26)));
		}
		return word.toString();
	}

	private Document search(WebClient client, String q, String language) throws Exception {
		var request = get("/search").param("q", q);
		if (language != null) {
			request.param("language", language);
		}
		return Jsoup.parse(client.perform(request).getContentAsString());
	}

	@Test
	void onlyTheDialoguesFacilitatorsWriteMinutes() throws Exception {
		assertThat(client(this.member).perform(post(this.minutes).param("language", "en")).getStatus()).isEqualTo(404);
		assertThat(this.jdbc.queryForObject("select count(*) from meeting_minutes where meeting_id = ?", Integer.class,
				idIn(this.meeting)))
			.isZero();
		WebClient facilitator = client(this.facilitator);
		facilitator.perform(post(this.minutes).param("language", "en"));
		assertThat(Jsoup
			.parse(facilitator
				.perform(post(this.minutes + "/review").param("reviewEndsOn", LocalDate.now().plusDays(1).toString()))
				.getContentAsString())
			.select(".error-summary")
			.text()).contains("Add at least one item");
		assertThat(facilitator.perform(post(this.minutes + "/publish")).getContentAsString())
			.as("a draft is reviewed before it is published")
			.contains("Only minutes in review can be published.");
		assertThat(status()).isEqualTo("DRAFT");
	}

	private MockHttpServletResponse comment(WebClient client, String body) throws Exception {
		return client.perform(post("/dialogues/" + this.slug + "/comments").param("targetType", "MINUTES")
			.param("targetId", Long.toString(idIn(this.meeting)))
			.param("body", body));
	}

	private int comments() {
		return this.jdbc.queryForObject("select count(*) from comment where target_type = 'MINUTES' and target_id = ?",
				Integer.class, idIn(this.meeting));
	}

	private String status() {
		return this.jdbc.queryForObject("select status from meeting_minutes where meeting_id = ?", String.class,
				idIn(this.meeting));
	}

}
