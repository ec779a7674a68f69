package org.commonground.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.commonground.challenge.ChallengeService;
import org.commonground.support.SqlStatements;
import org.commonground.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 16, bulk capture: a CSV sheet of cards is previewed row by row with its problems,
 * imported in one go on confirmation, and never imported twice.
 */
class CardImportIT extends MeetingTestBase {

	String meeting;

	long challenge;

	WebClient web;

	@BeforeEach
	void aWorkshopAndAChallenge() throws Exception {
		this.meeting = planWorkshop("Geita visioning workshop");
		this.web = client(this.facilitator);
		this.web.perform(post("/dialogues/" + this.slug + "/challenges").param("title", "Roads close in the rains")
			.param("body", "From March to May the ore cannot reach the buyers."));
		this.challenge = this.jdbc.queryForObject(
				"select c.id from challenge c join dialogue d on d.id = c.dialogue_id where d.slug = ?", Long.class,
				this.slug);
	}

	@Test
	void theTemplateComesInEachLanguageAndReadsBack() throws Exception {
		MockHttpServletResponse template = this.web
			.perform(get(this.meeting + "/import/template.csv").param("lang", "sw"));
		assertThat(template.getContentType()).startsWith("text/csv");
		assertThat(template.getHeader("Content-Disposition")).contains("cards-sw.csv");
		String csv = template.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith(
				"\uFEFFaina,kundi,watu,kwa kila mtu,njia,kichwa,maandishi,changamoto,aya,wanakubali,wanaweza kuishi nayo,hawakubali,lugha");

		// The template as downloaded, with its two example rows: the comment row names
		// the challenge the row before raises, which is not in this dialogue yet.
		Document preview = upload("cards-sw.csv", csv);
		assertThat(preview.select("table.import-preview tbody tr")).hasSize(2);
		assertThat(preview.select("table.import-preview tbody tr").get(0).text()).contains("A new challenge",
				"Artisanal miner", "14", "counted per person", "Flip chart", "Retoti za zebaki ni ghali mno", "Ready");
		assertThat(preview.select("table.import-preview tbody tr").get(1).text())
			.contains("On: Retoti za zebaki ni ghali mno", "Ready");
		assertThat(preview.select("table.import-preview .field-error")).isEmpty();
		assertThat(preview.select("p.alert.info").text())
			.isEqualTo("2 rows are ready. Check them below, then import them.");

		MockHttpServletResponse done = this.web.perform(post(preview.select("form[action$=/confirm]").attr("action")));
		assertThat(done.getStatus()).isEqualTo(302);
		long raised = this.jdbc.queryForObject(
				"select c.id from challenge c join dialogue d on d.id = c.dialogue_id where d.slug = ? and c.title = ?",
				Long.class, this.slug, "Retoti za zebaki ni ghali mno");
		assertThat(this.jdbc.queryForList("""
				select c.target_type || ' ' || c.target_id || ' ' || r.challenge_id from comment c
				join recorded_contribution r on r.comment_id = c.id where r.meeting_id = ?""", String.class,
				idIn(this.meeting)))
			.containsExactly(ChallengeService.TARGET_TYPE + " " + raised + " " + raised);
		assertThat(this.jdbc.queryForObject("select comment_count from challenge where id = ?", Integer.class, raised))
			.isEqualTo(1);
		assertThat(count("select count(*) from recorded_contribution where meeting_id = " + idIn(this.meeting)))
			.isEqualTo(2);
	}

	@Test
	void aCommentMayNameAChallengeOnlyOfAnEarlierRow() throws Exception {
		Document preview = upload("cards.csv", """
				type,group,people,channel,title,text,challenge
				comment,COMMUNITY,1,card,,Too early.,Mercury retorts cost too much
				challenge,ARTISANAL_MINER,14,card,Mercury retorts cost too much,A retort costs a month of income.,
				comment,COMMUNITY,2,card,,We share one retort.,mercury RETORTS cost too much
				""");
		assertThat(preview.select("table.import-preview tbody tr").get(0).select(".field-error li").eachText())
			.containsExactly("There is no challenge “Mercury retorts cost too much” in this dialogue.");
		assertThat(preview.select("table.import-preview tbody tr").get(2).text())
			.contains("On: Mercury retorts cost too much", "Ready");
		assertThat(preview.select("table.import-preview tbody tr.has-error")).hasSize(1);
	}

	@Test
	void everyRowsProblemsShowBeforeAnythingIsWritten() throws Exception {
		Document preview = upload("cards.csv", """
				type,group,people,channel,title,text,challenge
				challenge,ARTISANAL_MINER,14,card,Mercury retorts cost too much,A retort costs a month of income.,
				comment,Goldsmiths,2,card,,We buy what we can trace.,Roads close in the rains
				comment,COMMUNITY,many,card,,,
				comment,COMMUNITY,3,card,,Women wash the ore.,Road to nowhere
				""");
		assertThat(preview.select(".error-summary h2").text())
			.isEqualTo("3 of 4 rows have problems. Nothing has been recorded.");
		assertThat(preview.select("table.import-preview tbody tr.has-error")).hasSize(3);
		assertThat(preview.select("table.import-preview tbody tr").get(1).select(".field-error li").eachText())
			.containsExactly("Unknown stakeholder group “Goldsmiths”.");
		assertThat(preview.select("table.import-preview tbody tr").get(2).select(".field-error li").eachText())
			.containsExactly("“many” is not a number of people from 1 to 10,000.", "The text is empty.",
					"A comment needs the challenge it is about.");
		assertThat(preview.select("table.import-preview tbody tr").get(3).select(".field-error li").eachText())
			.containsExactly("There is no challenge “Road to nowhere” in this dialogue.");
		assertThat(preview.select("form[action$=/confirm]")).isEmpty();
		assertThat(count("select count(*) from recorded_contribution where meeting_id = " + idIn(this.meeting)))
			.isZero();
		assertThat(count("select count(*) from recorded_import where meeting_id = " + idIn(this.meeting))).isZero();

		Document malformed = upload("cards.csv", """
				type;group;people;channel;title;text
				challenge;ARTISANAL_MINER;14;card;Mercury retorts cost too much;A retort costs a month of income.
				challenge;ARTISANAL_MINER;1;card;Link;=HYPERLINK("http://evil";"x")
				""");
		assertThat(malformed.getElementById("file-error").text()).as("the line the parser could not read")
			.endsWith("The file could not be read as CSV: line 3 is not valid CSV (check its quotation marks).");

		Document noText = upload("cards.csv", "name,age\nAmina,32\n");
		assertThat(noText.getElementById("file-error").text()).contains("at least a “text” column");
	}

	@Test
	void aSheetWrittenInKiswahiliImportsOnceAndCountsForItsGroups() throws Exception {
		String csv = """
				aina;kundi;watu;kwa kila mtu;njia;kichwa;maandishi;changamoto;lugha
				changamoto;Mchimbaji mdogo;14;ndiyo;Chati ya karatasi;Zebaki ni hatari kwa watoto;Watoto wanacheza karibu na retoti.;;sw
				maoni;COMMUNITY;3;;Kadi;;Barabara haipitiki mwezi wa nne.;%d;sw
				maoni;GOVERNMENT;1;;ORAL;;We will grade the road before the rains.;Roads close in the rains;en
				"""
			.formatted(this.challenge);
		Document preview = upload("kadi.csv", csv);
		assertThat(preview.select("p.alert.info").text())
			.isEqualTo("3 rows are ready. Check them below, then import them.");
		String confirm = preview.select("form[action$=/confirm]").attr("action");
		MockHttpServletResponse done = this.web.perform(post(confirm));
		assertThat(done.getStatus()).isEqualTo(302);
		Document result = Jsoup.parse(this.web.perform(get(done.getRedirectedUrl())).getContentAsString());
		assertThat(result.select(".alert.success").text()).contains("3 cards were imported.");

		assertThat(count("select count(*) from recorded_contribution where meeting_id = " + idIn(this.meeting)))
			.isEqualTo(3);
		assertThat(this.jdbc.queryForList("""
						select r.kind || ' ' || g.code || ' ' || r.people || ' ' || r.weighted || ' ' || r.channel
						from recorded_contribution r join stakeholder_group g on g.id = r.stakeholder_group_id
				where r.meeting_id = ? order by r.import_row""", String.class, idIn(this.meeting))).containsExactly(
				"CHALLENGE ARTISANAL_MINER 14 true FLIP_CHART", "COMMENT COMMUNITY 3 false CARD",
				"COMMENT GOVERNMENT 1 false ORAL");
		assertThat(this.jdbc.queryForObject("select language from challenge where title = ?", String.class,
				"Zebaki ni hatari kwa watoto"))
			.isEqualTo("sw");
		assertThat(this.jdbc.queryForObject("select comment_count from challenge where id = ?", Integer.class,
				this.challenge))
			.isEqualTo(2);

		// The same file again: nothing twice.
		Document again = upload("kadi-tena.csv", csv);
		assertThat(again.select(".alert.info").text()).contains("This very file was already imported", "(3 cards)");
		assertThat(again.select("form[action$=/confirm]")).isEmpty();
		this.web.perform(post(confirm));
		assertThat(count("select count(*) from recorded_contribution where meeting_id = " + idIn(this.meeting)))
			.isEqualTo(3);
	}

	@Test
	void commentsOnTheVisionNameTheirParagraphByTheStartOfItsText() throws Exception {
		String key = publishVision(this.web);
		// The template's third and fourth examples name the first paragraph that takes
		// comments (not the heading), and read back as a comment and a show of hands on
		// it.
		String template = this.web.perform(get(this.meeting + "/import/template.csv").param("lang", "en"))
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(template.lines()).hasSize(5);
		assertThat(template.lines().toList().subList(3, 5)).containsExactly(
				"vision,GOVERNMENT,1,,Card,,Add the women who wash the ore to this paragraph.,,Every miner who asks gets a licence within three months.,,,,en",
				"show of hands,ARTISANAL_MINER,,,Said aloud,,,,Every miner who asks gets a licence within three months.,9,3,2,en");
		Document example = upload("cards.csv", template);
		assertThat(example.select("table.import-preview tbody tr").get(2).text())
			.contains("A comment on a paragraph of the vision", "On: Every miner who asks gets a licence", "Ready");
		assertThat(example.select("table.import-preview tbody tr").get(3).text()).contains(
				"Stances on a paragraph of the vision (show of hands)", "Artisanal miner", "14", "Said aloud",
				"On: Every miner who asks gets a licence", "9 agree · 3 can live with it · 2 disagree", "Ready");

		Document preview = upload("cards.csv", """
				type,group,people,channel,text,paragraph
				vision,ARTISANAL_MINER,9,card,Three months is too long for us.,every miner who asks
				,COMMUNITY,1,card,Women need licences too.,%s
				vision,COMMUNITY,1,card,Headings take no comments.,Geita 2030
				vision,COMMUNITY,1,card,Which paragraph?,
				""".formatted(key));
		assertThat(preview.select("table.import-preview tbody tr").get(1).text())
			.contains("A comment on a paragraph of the vision", "Ready");
		assertThat(preview.select("table.import-preview tbody tr").get(2).select(".field-error li").eachText())
			.containsExactly(
					"No single paragraph of the newest vision version starts with “Geita 2030”: copy more of the start of its text, or give its key (such as p3, the end of its address).");
		assertThat(preview.select("table.import-preview tbody tr").get(3).select(".field-error li").eachText())
			.containsExactly("A comment on the vision or a show of hands needs its paragraph: the start of its text.");

		Document ready = upload("cards.csv", """
				type,group,people,per person,channel,title,text,paragraph
				vision,ARTISANAL_MINER,9,yes,card,,Three months is too long for us.,every miner who asks
				,COMMUNITY,1,,card,,Women need licences too.,%s
				challenge,COMMUNITY,1,,card,Licences for women too,Nobody at our pit has one.,
				""".formatted(key));
		assertThat(ready.select("table.import-preview tbody tr.has-error")).isEmpty();
		MockHttpServletResponse done = this.web.perform(post(ready.select("form[action$=/confirm]").attr("action")));
		assertThat(done.getStatus()).isEqualTo(302);
		assertThat(this.jdbc.queryForList("""
				select r.kind || ' ' || coalesce(r.paragraph_key, '-') || ' ' || r.people || ' ' || r.weighted
				       || ' ' || coalesce(c.target_type || ' ' || c.target_anchor || ' ' || c.recorded_for, '-')
				  from recorded_contribution r left join comment c on c.id = r.comment_id
				 where r.meeting_id = ? order by r.import_row""", String.class, idIn(this.meeting))).containsExactly(
				"VISION " + key + " 9 true VISION " + key + " 9", "VISION " + key + " 1 false VISION " + key + " 1",
				"CHALLENGE - 1 false -");
		Document vision = Jsoup
			.parse(new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/vision")).getContentAsString());
		assertThat(vision.select("#paragraph-" + key + " .comment .prose").eachText())
			.contains("Three months is too long for us.", "Women need licences too.");
	}

	@Test
	void showsOfHandsImportAsTheRoomsStancesByGroup() throws Exception {
		String key = publishVision(this.web);
		Document preview = upload("hands.csv", """
				type,group,people,channel,text,paragraph,agree,can live with it,disagree
				show of hands,COMMUNITY,,oral,,every miner who asks,x,1,1
				show of hands,COMMUNITY,14,oral,,every miner who asks,9,3,1
				show of hands,COMMUNITY,,oral,,,1,0,0
				show of hands,COMMUNITY,,oral,,every miner who asks,0,,0
				show of hands,COMMUNITY,,oral,We want more time.,every miner who asks,1,0,0
				vision,COMMUNITY,1,oral,Three months is too long.,every miner who asks,4,,
				show of hands,COMMUNITY,many,oral,,every miner who asks,4,,
				""");
		assertThat(preview.select("table.import-preview tbody tr")
			.stream()
			.map((row) -> String.join(" | ", row.select(".field-error li").eachText()))
			.toList()).containsExactly(
					"“x / 1 / 1” are not the counts of a show of hands (agree / can live with it / disagree): whole numbers, 1 to 10,000 people in all.",
					"The stances shown do not add up to the 14 people given: leave “people” empty or correct it.",
					"A comment on the vision or a show of hands needs its paragraph: the start of its text.",
					"“0 / 0 / 0” are not the counts of a show of hands (agree / can live with it / disagree): whole numbers, 1 to 10,000 people in all.",
					"A show of hands takes no text: put what was said in a row of its own (type vision).",
					"Counts of agree, can live with it and disagree are only for a show of hands: write “show of hands” as the type, or empty those cells.",
					"“many” is not a number of people from 1 to 10,000.");
		assertThat(preview.select("form[action$=/confirm]")).isEmpty();

		// A Swahili sheet made before "can live with it" agreed with "aya" (nayo, not
		// nalo) still reads its counts.
		Document former = upload("mikono.csv", """
				aina,kundi,njia,aya,wanakubali,wanaweza kuishi nalo,hawakubali
				kunyoosha mikono,COMMUNITY,oral,every miner who asks,1,4,0
				""");
		assertThat(former.select("table.import-preview tbody tr.has-error")).isEmpty();
		assertThat(former.select("table.import-preview tbody tr").get(0).text())
			.contains("1 agree · 4 can live with it · 0 disagree");

		// Written in French, with a typed apostrophe where the template has a curly one;
		// the second row's type follows from its counts.
		Document ready = upload("mains.csv", """
				type,groupe,personnes,par personne,canal,paragraphe,d'accord,peuvent l'accepter,pas d'accord
				main levée,ARTISANAL_MINER,14,,oral,every miner who asks,11,3,0
				,COMMUNITY,,oui,oral,%s,2,,5
				""".formatted(key));
		assertThat(ready.select("table.import-preview tbody tr.has-error")).isEmpty();
		assertThat(ready.select("table.import-preview tbody tr").get(1).text()).contains("Mining community", "7",
				"2 agree · 0 can live with it · 5 disagree");
		MockHttpServletResponse done = this.web.perform(post(ready.select("form[action$=/confirm]").attr("action")));
		assertThat(done.getStatus()).isEqualTo(302);
		assertThat(this.jdbc.queryForList("""
				select r.kind || ' ' || r.paragraph_key || ' ' || r.agree || '/' || r.can_live_with || '/' || r.disagree
				       || ' ' || r.people || ' ' || r.weighted || ' ' || r.channel || ' ' || r.import_row
				  from recorded_contribution r where r.meeting_id = ? order by r.import_row""", String.class,
				idIn(this.meeting)))
			.containsExactly("STANCES " + key + " 11/3/0 14 false ORAL 2", "STANCES " + key + " 2/0/5 7 true ORAL 3");
		Document ground = Jsoup
			.parse(new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/vision/versions/1/common-ground"))
				.getContentAsString());
		// The miners' show of hands is one voice with its most common stance; the
		// community's is counted per person.
		assertThat(ground.select("#heat-" + key + " td.heat-cell .visually-hidden").eachText()).containsExactly(
				"Rejects: Agree: 2 · Can live with it: 0 · Disagree: 5 · in the room: 2 agree, 0 can live with it, 5 disagree",
				"Accepts: Agree: 1 · Can live with it: 0 · Disagree: 0 · in the room: 11 agree, 3 can live with it, 0 disagree");
	}

	@Test
	void commentsOnTheVisionAndShowsOfHandsAreStoredInBatchesNotRowByRow() throws Exception {
		this.web.perform(post("/dialogues/" + this.slug + "/vision/versions").param("text", """
				# Geita 2030

				Every miner who asks gets a licence within three months.

				Water is shared.""").param("changeSummary", "Two paragraphs"));
		List<String> keys = this.jdbc.queryForList("""
				select p.paragraph_key from vision_paragraph p join vision_version v on v.id = p.version_id
				join dialogue d on d.id = v.dialogue_id where d.slug = ? and p.position > 1 order by p.position""",
				String.class, this.slug);
		assertThat(keys).hasSize(2);
		// The first import also makes the meeting's voice accounts of the groups.
		importSheet(visionSheet(keys, 1, "first"));
		SqlStatements.Count<Integer> few = SqlStatements.page(() -> importSheet(visionSheet(keys, 3, "few")));
		SqlStatements.Count<Integer> many = SqlStatements.page(() -> importSheet(visionSheet(keys, 40, "many")));
		assertThat(few.result()).isEqualTo(12);
		assertThat(many.result()).isEqualTo(160);
		assertThat(many.page()).as("statements for 160 rows as for 12: %s", many.listing()).isEqualTo(few.page());
	}

	/**
	 * Rows of comments on the vision and shows of hands, as many of each, on each of the
	 * paragraphs.
	 */
	private static String visionSheet(List<String> keys, int rows, String word) {
		StringBuilder csv = new StringBuilder(
				"type,group,people,channel,text,paragraph,agree,can live with it,disagree\n");
		for (String key : keys) {
			for (int i = 1; i <= rows; i++) {
				csv.append("vision,ARTISANAL_MINER,2,card,Card %d on %s of the %s sheet.,%s,,,\n".formatted(i, key,
						word, key));
				csv.append("show of hands,COMMUNITY,,oral,,%s,%d,1,0\n".formatted(key, i));
			}
		}
		return csv.toString();
	}

	/** Uploads and imports a sheet without problems; how many records it made. */
	private int importSheet(String csv) {
		try {
			Document ready = upload("sheet.csv", csv);
			assertThat(ready.select("table.import-preview tbody tr.has-error")).isEmpty();
			long before = count("select count(*) from recorded_contribution where meeting_id = " + idIn(this.meeting));
			assertThat(this.web.perform(post(ready.select("form[action$=/confirm]").attr("action"))).getStatus())
				.isEqualTo(302);
			return (int) (count("select count(*) from recorded_contribution where meeting_id = " + idIn(this.meeting))
					- before);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void aParagraphIsFoundByTheWordsItStartsWithWhateverItsMarkdown() throws Exception {
		this.web.perform(post("/dialogues/" + this.slug + "/vision/versions").param("text", """
				# Geita 2030

				**Miners** and buyers agree on fair scales.

				- Miners get a licence within three months.

				Water is shared.

				Waterways stay clean.""").param("changeSummary", "First draft"));
		Document preview = upload("cards.csv", """
				type,group,text,paragraph
				vision,COMMUNITY,Two paragraphs start so.,Miners
				vision,COMMUNITY,Bold does not count.,miners and buyers
				vision,COMMUNITY,Nor a list's marker or the sheet's apostrophe.,'- Miners get a licence
				vision,COMMUNITY,A whole word: not Waterways.,Water
				vision,COMMUNITY,The whole text.,Water is shared.
				""");
		Elements rows = preview.select("table.import-preview tbody tr");
		assertThat(rows.get(0).select(".field-error li").text()).startsWith("No single paragraph");
		assertThat(rows.get(1).text()).contains("On: **Miners** and buyers agree", "Ready");
		assertThat(rows.get(2).text()).contains("On: - Miners get a licence", "Ready");
		assertThat(rows.get(3).text()).contains("On: Water is shared.", "Ready");
		assertThat(rows.get(4).text()).contains("On: Water is shared.", "Ready");
	}

	@Test
	void aLongSheetImportsInTheBackgroundWhileItsPageShowsTheProgress() throws Exception {
		StringBuilder csv = new StringBuilder("type,group,people,title,text\n");
		// -Dcards=10000 measures the bar of issue 16 (10,000 rows in 10 s); the time is
		// printed.
		int rows = Integer.getInteger("cards", 1000);
		for (int i = 1; i <= rows; i++) {
			csv.append("challenge,ARTISANAL_MINER,")
				.append(1 + i % 20)
				.append(",Card number ")
				.append(i)
				.append(" from the flip chart,What was written on card ")
				.append(i)
				.append(".\n");
		}
		Document preview = upload("many.csv", csv.toString());
		assertThat(preview.select("p.hint").text()).contains(String.format(java.util.Locale.ENGLISH,
				"Shown: the first rows and every row with a problem, 100 of %,d.", rows));
		String confirm = preview.select("form[action$=/confirm]").attr("action");
		String progress = this.web.perform(post(confirm)).getRedirectedUrl();
		Document running = Jsoup.parse(this.web.perform(get(progress)).getContentAsString());
		if (running.select("progress").size() == 1) {
			assertThat(running.select("meta[http-equiv=refresh]").attr("content")).isEqualTo("2");
			assertThat(running.select("progress").attr("max")).isEqualTo(Integer.toString(rows));
		}
		long started = System.nanoTime();
		await().atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> Jsoup.parse(this.web.perform(get(progress)).getContentAsString())
				.select(".alert.success")
				.size() == 1);
		System.out.printf("Imported %d cards in the background, done %d ms after the confirmation's answer%n", rows,
				(System.nanoTime() - started) / 1_000_000);
		assertThat(count("select count(*) from recorded_contribution where meeting_id = " + idIn(this.meeting)))
			.isEqualTo(rows);
		assertThat(count("select count(*) from recorded_import where content is not null and meeting_id = "
				+ idIn(this.meeting)))
			.as("the file's text is dropped once imported")
			.isZero();
		assertThat(Jsoup.parse(this.web.perform(get(this.meeting + "/contributions")).getContentAsString())
			.select("#recorded-heading")
			.text()).isEqualTo(
					String.format(java.util.Locale.ENGLISH, "Recorded here: %,d (%,d awaiting a check)", rows, rows));
	}

	@Test
	void oneCardIsCountedAsOneAndAPictureIsNotTakenForASheet() throws Exception {
		Document preview = upload("one.csv", """
				type,group,people,channel,title,text
				challenge,ARTISANAL_MINER,3,CARD,Buyers pay late,The buyers pay a month after they take the gold.
				""");
		assertThat(preview.select("p.alert.info").text()).isEqualTo("1 row is ready. Check it below, then import it.");
		assertThat(preview.select("form[action$=/confirm] button").text()).isEqualTo("Import 1 card");
		MockHttpServletResponse done = this.web.perform(post(preview.select("form[action$=/confirm]").attr("action")));
		assertThat(Jsoup.parse(this.web.perform(get(done.getRedirectedUrl())).getContentAsString())
			.select(".alert.success p")
			.first()
			.text()).isEqualTo("1 card was imported. It is recorded and awaits a second facilitator’s check.");

		// A picture chosen by mistake: the page says what to upload, not that the
		// picture is in the wrong encoding.
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1,
				0 };
		Document picture = upload("flipchart.png", "image/png", png);
		assertThat(picture.getElementById("file-error").text()).endsWith(
				"This is not a CSV file. Upload the cards as a CSV file: download the template above, type the cards into it and save it as “CSV UTF-8”.");
		byte[] latin1 = "type,group,people,channel,title,text\nchallenge,ARTISANAL_MINER,3,CARD,Prix trop bas,Les acheteurs paient très peu.\n"
			.getBytes(StandardCharsets.ISO_8859_1);
		assertThat(upload("latin1.csv", "text/csv", latin1).getElementById("file-error").text())
			.as("a sheet of text in another encoding is told so")
			.contains("The file is not in UTF-8.");

		this.web.perform(post("/language").param("lang", "fr").param("return", this.meeting + "/import"));
		Document french = upload("une.csv", """
				type,group,people,channel,title,text
				challenge,ARTISANAL_MINER,3,CARD,Les routes ferment,De mars à mai le minerai ne passe pas.
				""");
		assertThat(french.select("p.alert.info").text())
			.isEqualTo("1 ligne est prête. Vérifiez-la ci-dessous, puis importez-la.");
		assertThat(french.select("form[action$=/confirm] button").text()).isEqualTo("Importer 1 carte");
		assertThat(Jsoup.parse(this.web.perform(get(this.meeting + "/contributions")).getContentAsString())
			.select("label[for=stakeholderGroup]")
			.text()).isEqualTo("Groupe de parties prenantes des intervenants");
	}

	private Document upload(String name, String type, byte[] content) throws Exception {
		MockHttpServletResponse response = this.web
			.perform(multipart(this.meeting + "/import").file(new MockMultipartFile("file", name, type, content)));
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private Document upload(String name, String csv) throws Exception {
		MockHttpServletResponse response = this.web.perform(multipart(this.meeting + "/import")
			.file(new MockMultipartFile("file", name, "text/csv", csv.getBytes(StandardCharsets.UTF_8))));
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private int count(String sql) {
		return this.jdbc.queryForObject(sql, Integer.class);
	}

}
