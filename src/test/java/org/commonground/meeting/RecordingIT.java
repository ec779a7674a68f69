package org.commonground.meeting;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.commonground.account.AccountRole;
import org.commonground.dialogue.DisplayMode;
import org.commonground.resource.TestJpegs;
import org.commonground.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 16: facilitators record what people in the room said, on their behalf; it counts
 * for their group, shows as recorded, and awaits a second facilitator's check.
 */
class RecordingIT extends MeetingTestBase {

	String meeting;

	String second;

	@BeforeEach
	void aWorkshopWithTwoFacilitators() throws Exception {
		this.meeting = planWorkshop("Geita visioning workshop");
		this.second = this.accounts.create("Second Facilitator", AccountRole.FACILITATOR, "GOVERNMENT");
		this.dialogues.addMember(this.slug, this.facilitator, this.second, DisplayMode.NAMED);
		client(this.facilitator).perform(post("/dialogues/" + this.slug + "/members/"
				+ this.dialogues.membershipId(this.slug, this.second) + "/facilitator")
			.param("confirmed", "true"));
	}

	@Test
	void aCardBecomesAChallengeOfItsGroupMarkedAsRecordedUntilASecondFacilitatorChecksIt() throws Exception {
		WebClient facilitator = client(this.facilitator);
		MockHttpServletResponse recorded = facilitator
			.perform(card("CHALLENGE", "ARTISANAL_MINER", "14").param("title", "Mercury retorts cost too much")
				.param("body", "A retort costs a month of income; nobody here can buy one alone.")
				.param("formToken", "card1"));
		assertThat(recorded.getStatus()).isEqualTo(302);
		assertThat(recorded.getRedirectedUrl()).contains("stakeholderGroup=ARTISANAL_MINER").contains("channel=CARD");
		long challenge = this.jdbc.queryForObject("select challenge_id from recorded_contribution where meeting_id = ?",
				Long.class, meetingId());
		// The same form posted twice records once.
		facilitator.perform(card("CHALLENGE", "ARTISANAL_MINER", "14").param("title", "Mercury retorts cost too much")
			.param("body", "A retort costs a month of income; nobody here can buy one alone.")
			.param("formToken", "card1"));
		assertThat(this.jdbc.queryForObject("select count(*) from recorded_contribution where meeting_id = ?",
				Integer.class, meetingId()))
			.isEqualTo(1);
		facilitator.perform(card("COMMENT", "COMMUNITY", "3").param("challengeId", Long.toString(challenge))
			.param("body", "Women who wash the ore breathe the vapour too.")
			.param("formToken", "card2"));

		String challengePath = "/dialogues/" + this.slug + "/challenges/" + challenge;
		Document page = Jsoup.parse(new WebClient(this.mvc).perform(get(challengePath)).getContentAsString());
		assertThat(page.select("article.challenge .byline .author").text()).isEqualTo("Geita visioning workshop");
		assertThat(page.select("article.challenge .byline .speaking-as").text()).contains("Artisanal miner");
		assertThat(page.select("article.challenge .recorded-note").text()).isEqualTo(
				"Recorded on behalf of 14 people on 12 March 2026 · Geita visioning workshop · Card Recorded, awaiting check");
		assertThat(page.select(".comment .speaking-as").text()).contains("Mining community");
		assertThat(page.select(".comment .recorded-note").text()).isEqualTo(
				"Recorded on behalf of 3 people on 12 March 2026 · Geita visioning workshop · Card Recorded, awaiting check");

		Document meetingPage = Jsoup.parse(new WebClient(this.mvc).perform(get(this.meeting)).getContentAsString());
		assertThat(meetingPage.select("#recorded .recorded-item")).hasSize(2);
		assertThat(meetingPage.select("#recorded .recorded-item").get(1).text()).contains("Recorded, awaiting check",
				"For 14 people · Artisanal miner", "Card", "Mercury retorts cost too much",
				"Written down by Fatuma Facilitator");
		assertThat(meetingPage.select("#recorded .recorded-item").get(0).select("a").first().text())
			.as("a recorded comment names its challenge")
			.isEqualTo("A comment on the challenge “Mercury retorts cost too much”");
		assertThat(meetingPage.select("#recorded form")).as("readers see no check buttons").isEmpty();

		// The one who wrote it down cannot check it; the second facilitator can.
		long record = this.jdbc.queryForObject(
				"select id from recorded_contribution where meeting_id = ? and kind = 'CHALLENGE'", Long.class,
				meetingId());
		Document own = Jsoup.parse(facilitator.perform(get(this.meeting + "/contributions")).getContentAsString());
		assertThat(own.select("#record-" + record + " form")).isEmpty();
		facilitator.perform(post(this.meeting + "/contributions/" + record + "/check"));
		assertThat(this.jdbc.queryForObject("select verified_at is null from recorded_contribution where id = ?",
				Boolean.class, record))
			.isTrue();
		WebClient second = client(this.second);
		Document theirs = Jsoup.parse(second.perform(get(this.meeting + "/contributions")).getContentAsString());
		assertThat(theirs.select("h2#recorded-heading").text()).isEqualTo("Recorded here: 2 (2 awaiting a check)");
		assertThat(theirs.select("#record-" + record + " form button").text()).isEqualTo("Check");
		assertThat(second.perform(post(this.meeting + "/contributions/" + record + "/check")).getStatus())
			.isEqualTo(302);
		page = Jsoup.parse(new WebClient(this.mvc).perform(get(challengePath)).getContentAsString());
		assertThat(page.select("article.challenge .recorded-note .badge").text()).isEqualTo("Checked");
		assertThat(page.select(".comment .recorded-note .badge").text()).isEqualTo("Recorded, awaiting check");

		// The representation panel: members online beside the room, both counts.
		Document dialogue = Jsoup
			.parse(new WebClient(this.mvc).perform(get("/dialogues/" + this.slug)).getContentAsString());
		assertThat(dialogue.select(".chart-table thead th").eachText()).contains("Contributions recorded in meetings",
				"People they speak for");
		assertThat(dialogue.select(".chart-table tbody tr:contains(Artisanal miner) td").eachText())
			.as("members, challenges, endorsements, comments, contributions, recorded, spoken for, expected")
			.containsExactly("1", "1", "0", "0", "1", "1", "14", "Yes");
		assertThat(dialogue.select(".chart-table tbody tr:contains(Mining community) td").eachText())
			.containsExactly("0", "0", "0", "1", "1", "1", "3", "Yes");
		assertThat(dialogue.select("figcaption#chart-recorded").text()).isEqualTo(
				"Share of the contributions recorded in meetings (2 contributions in all, speaking for 17 people)");
		assertThat(dialogue.select(".representation .alert").text())
			.contains("Met in meetings but with no member online: Mining community.");
	}

	@Test
	void aShowOfHandsOnAParagraphShowsInTheCommonGroundViewWithBothCounts() throws Exception {
		WebClient facilitator = client(this.facilitator);
		String key = publishVision(facilitator);
		// Online, the miner disagrees.
		client(this.member).perform(post("/dialogues/" + this.slug + "/vision/versions/1/paragraphs/" + key + "/stance")
			.param("stance", "DISAGREE"));
		// In the room: 11 miners agree, 3 can live with it (one voice, its most common
		// stance); 2 community members agree and 5 disagree, counted per person.
		assertThat(facilitator.perform(hands("ARTISANAL_MINER", key, "11", "3", "0").param("formToken", "hands1"))
			.getStatus()).isEqualTo(302);
		facilitator.perform(hands("ARTISANAL_MINER", key, "11", "3", "0").param("formToken", "hands1"));
		facilitator.perform(hands("COMMUNITY", key, "2", "0", "5").param("weighted", "true"));
		assertThat(this.jdbc.queryForObject("""
				select count(*) from vision_recorded_stance r join vision_version v on v.id = r.version_id
				join dialogue d on d.id = v.dialogue_id where d.slug = ?""", Integer.class, this.slug))
			.as("the same form posted twice records once")
			.isEqualTo(2);

		Document ground = Jsoup
			.parse(new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/vision/versions/1/common-ground"))
				.getContentAsString());
		assertThat(ground.select("table.heat thead th").eachText()).contains("Artisanal miner", "Mining community");
		assertThat(ground.select("#heat-" + key + " td.heat-cell .visually-hidden").eachText()).contains(
				"Split: Agree: 1 · Can live with it: 0 · Disagree: 1 · in the room: 11 agree, 3 can live with it, 0 disagree",
				"Rejects: Agree: 2 · Can live with it: 0 · Disagree: 5 · in the room: 2 agree, 0 can live with it, 5 disagree");
		assertThat(ground.select("#heat-" + key + " .room-count").eachText()).contains("room 14", "room 7");
		// The version page and the API count the paragraph's stances as the common-ground
		// view does (1 + 2 agree, 1 + 5 disagree), saying which part came from the room.
		Document version = Jsoup
			.parse(new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/vision")).getContentAsString());
		assertThat(version.select("#paragraph-" + key + " .stance-bar").text())
			.isEqualTo("Agree: 3 · Can live with it: 0 · Disagree: 6 including 21 people in the room: 13 agree, "
					+ "3 can live with it, 5 disagree");
		JsonNode api = new ObjectMapper()
			.readTree(new WebClient(this.mvc).performAsIs(get("/api/v1/dialogues/" + this.slug + "/vision"))
				.getContentAsString(StandardCharsets.UTF_8));
		for (JsonNode p : api.get("paragraphs")) {
			if (p.get("key").asString().equals(key)) {
				assertThat(List.of(p.get("stances").get("agree").asInt(), p.get("stances").get("canLiveWith").asInt(),
						p.get("stances").get("disagree").asInt()))
					.containsExactly(3, 0, 6);
				assertThat(p.get("room").get("agree").asInt()).isEqualTo(13);
				int agree = 0;
				int disagree = 0;
				for (JsonNode g : p.get("byGroup")) {
					agree += g.get("agree").asInt();
					disagree += g.get("disagree").asInt();
				}
				assertThat(List.of(agree, disagree)).as("byGroup sums to the total").containsExactly(3, 6);
			}
		}

		Document meeting = Jsoup.parse(new WebClient(this.mvc).perform(get(this.meeting)).getContentAsString());
		assertThat(meeting.select("#recorded .recorded-item").first().text()).contains(
				"Show of hands on a paragraph of the vision", "Agree: 2 · Can live with it: 0 · Disagree: 5",
				"For 7 people · Mining community", "counted per person");
		JsonNode paragraph = new ObjectMapper()
			.readTree(facilitator.perform(get("/dialogues/" + this.slug + "/export.json"))
				.getContentAsString(StandardCharsets.UTF_8))
			.get("vision")
			.get("versions")
			.get(0)
			.get("paragraphs")
			.get(1);
		assertThat(paragraph.get("key").asString()).isEqualTo(key);
		assertThat(paragraph.get("roomByGroup").get("ARTISANAL_MINER").get("agree").asInt()).isEqualTo(11);
		assertThat(paragraph.get("roomByGroup").get("COMMUNITY").get("disagree").asInt()).isEqualTo(5);
		assertThat(Jsoup.parse(facilitator.perform(get("/dialogues/" + this.slug + "/summary")).getContentAsString())
			.select("ol.paragraphs li .meta")
			.text()).contains("in the room: 13 agree, 3 can live with it, 5 disagree");
		Document refused = Jsoup
			.parse(facilitator.perform(hands("ARTISANAL_MINER", "", "0", "0", "0")).getContentAsString());
		assertThat(refused.getElementById("paragraphKey-error").text())
			.contains("Choose a paragraph of the newest version of the vision.");
	}

	@Test
	void recordedContributionsAndTheMeetingsGoIntoTheExportsMarkedAsRecorded() throws Exception {
		WebClient facilitator = client(this.facilitator);
		facilitator.perform(card("CHALLENGE", "ARTISANAL_MINER", "14").param("title", "Retorts cost too much")
			.param("body", "Retort moja ni mapato ya mwezi mzima.")
			.param("language", "sw")
			.param("formToken", "export1"));
		long challenge = this.jdbc.queryForObject(
				"select challenge_id from recorded_contribution where meeting_id = ? and kind = 'CHALLENGE'",
				Long.class, meetingId());
		facilitator.perform(card("COMMENT", "COMMUNITY", "3").param("challengeId", Long.toString(challenge))
			.param("body", "Women who wash the ore breathe the vapour too.")
			.param("formToken", "export2"));
		long record = this.jdbc.queryForObject(
				"select id from recorded_contribution where meeting_id = ? and kind = 'CHALLENGE'", Long.class,
				meetingId());
		client(this.second).perform(post(this.meeting + "/contributions/" + record + "/check"));
		client(this.member).perform(post("/dialogues/" + this.slug + "/challenges").param("title", "Roads flood")
			.param("body", "The road to the pits floods every April.")
			.param("formToken", "online1"));
		client(this.facilitator).perform(post(this.meeting + "/attendance").param("count.ARTISANAL_MINER", "40"));

		MockHttpServletResponse csv = facilitator.perform(get("/dialogues/" + this.slug + "/export.csv"));
		assertThat(csv.getStatus()).isEqualTo(200);
		List<CSVRecord> rows = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv.getContentAsString(StandardCharsets.UTF_8).substring(1)))
			.getRecords();
		CSVRecord recorded = rows.stream()
			.filter((r) -> r.get("title").equals("Retorts cost too much"))
			.findFirst()
			.orElseThrow();
		assertThat(List.of(recorded.get("language"), recorded.get("recorded_at_meeting"),
				recorded.get("recorded_channel"), recorded.get("recorded_for_people"),
				recorded.get("recorded_weighted"), recorded.get("recorded_on"), recorded.get("recorded_checked")))
			.containsExactly("sw", "Geita visioning workshop", "CARD", "14", "false", "2026-03-12", "true");
		CSVRecord comment = rows.stream()
			.filter((r) -> r.get("type").equals("CHALLENGE_COMMENT"))
			.findFirst()
			.orElseThrow();
		assertThat(List.of(comment.get("recorded_for_people"), comment.get("recorded_checked"))).containsExactly("3",
				"false");
		CSVRecord online = rows.stream().filter((r) -> r.get("title").equals("Roads flood")).findFirst().orElseThrow();
		assertThat(
				List.of(online.get("language"), online.get("recorded_at_meeting"), online.get("recorded_for_people")))
			.as("a contribution made online carries no recorded mark")
			.containsExactly("en", "", "");

		JsonNode json = new ObjectMapper().readTree(facilitator.perform(get("/dialogues/" + this.slug + "/export.json"))
			.getContentAsString(StandardCharsets.UTF_8));
		JsonNode mark = null;
		for (JsonNode c : json.get("challenges")) {
			if (c.get("title").asString().equals("Retorts cost too much")) {
				mark = c.get("recorded");
				assertThat(c.get("language").asString()).isEqualTo("sw");
				assertThat(c.get("comments").get(0).get("recorded").get("people").asInt()).isEqualTo(3);
			}
			else {
				assertThat(c.get("recorded").isNull()).isTrue();
			}
		}
		assertThat(mark).isNotNull();
		assertThat(mark.get("meeting").asString()).isEqualTo("Geita visioning workshop");
		assertThat(mark.get("people").asInt()).isEqualTo(14);
		assertThat(mark.get("checked").asBoolean()).isTrue();
		JsonNode meetingJson = json.get("meetings").get(0);
		assertThat(meetingJson.get("title").asString()).isEqualTo("Geita visioning workshop");
		assertThat(meetingJson.get("attendanceByGroup").get("ARTISANAL_MINER").asInt()).isEqualTo(40);
		assertThat(meetingJson.get("recorded").get("challenges").asInt()).isEqualTo(1);
		assertThat(meetingJson.get("recorded").get("comments").asInt()).isEqualTo(1);
		assertThat(meetingJson.get("recorded").get("people").asInt()).isEqualTo(17);
		assertThat(meetingJson.get("recorded").get("awaitingCheck").asInt()).isEqualTo(1);

		Document summary = Jsoup
			.parse(facilitator.perform(get("/dialogues/" + this.slug + "/summary")).getContentAsString());
		assertThat(summary.select("ol.challenges li:contains(Retorts cost too much) .recorded-note").text())
			.isEqualTo("Recorded on behalf of 14 people on 12 March 2026 · Geita visioning workshop · Card Checked");
		assertThat(summary.select("ol.challenges li:contains(Retorts cost too much) .recorded-note a.recorded-meeting")
			.attr("href")).as("the meeting it was said at, linked").isEqualTo(this.meeting);
		Document challengePage = Jsoup
			.parse(new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/challenges/" + challenge))
				.getContentAsString());
		assertThat(challengePage.select(".challenge .recorded-note").first().text())
			.isEqualTo("Recorded on behalf of 14 people on 12 March 2026 · Geita visioning workshop · Card Checked");
		assertThat(challengePage.select(".recorded-note a.recorded-meeting").first().attr("href"))
			.isEqualTo(this.meeting);
		assertThat(challengePage.select(".comments .recorded-note").text())
			.contains("Recorded on behalf of 3 people on 12 March 2026 · Geita visioning workshop · Card");
		assertThat(summary.select("ol.challenges li:contains(Roads flood) .recorded-note")).isEmpty();
		// Its scrolling frame is a landmark named apart from the section around it.
		assertThat(summary.select(".table-scroll[role=region]:has(table.meetings-summary)").attr("aria-label"))
			.isEqualTo("Meetings and workshops, as a table")
			.isNotEqualTo(summary.getElementById("meetings-summary-heading").text());
		assertThat(summary.select("table.meetings-summary tbody tr").first().text()).contains(
				"Geita visioning workshop", "40: Artisanal miner 40", "1 challenge, 1 comment, 0 shows of hands",
				"1 awaiting a second facilitator’s check");
		assertThat(summary.select("table.meetings-summary .visually-hidden").text())
			.as("screen readers still hear the word between the start and the end")
			.isEqualTo("until");

		// The PDF has no screen reader: the hidden word is left out, not drawn over the
		// start (openhtmltopdf ignores clip).
		MockHttpServletResponse pdf = facilitator.perform(get("/dialogues/" + this.slug + "/export.pdf"));
		assertThat(pdf.getStatus()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			String text = stripper.getText(document);
			assertThat(text).contains("Geita visioning workshop", "1 challenge, 1 comment, 0").doesNotContain("until");
			assertThat(text.lines().filter((line) -> line.contains("12 March 2026")).toList())
				.anySatisfy((line) -> assertThat(line).contains("12 March 2026", "09:00 – 17:00"));
		}
	}

	@Test
	void aPhotoOfTheFlipChartIsKeptForTheFacilitatorsOnlyAndSharedByTheNextCard() throws Exception {
		WebClient facilitator = client(this.facilitator);
		byte[] jpeg = TestJpegs.withGps(400, 300, 1);
		MockHttpServletResponse first = facilitator.upload(multipart(this.meeting + "/contributions")
			.file(new MockMultipartFile("photo", "flipchart.jpg", "image/jpeg", jpeg))
			.param("type", "CHALLENGE")
			.param("stakeholderGroup", "COMMUNITY")
			.param("peopleCount", "6")
			.param("channel", "FLIP_CHART")
			.param("title", "No clinic near the pits")
			.param("body", "The nearest clinic is 40 km away.")
			.param("formToken", "photo1"));
		assertThat(first.getStatus()).isEqualTo(302);
		long record = this.jdbc.queryForObject(
				"select id from recorded_contribution where meeting_id = ? and kind = 'CHALLENGE'", Long.class,
				meetingId());
		assertThat(first.getRedirectedUrl()).contains("photoFrom=" + record);

		// The next card of the same flip chart keeps the photo: the box is ticked.
		Document next = Jsoup.parse(facilitator.perform(get(first.getRedirectedUrl())).getContentAsString());
		assertThat(next.select("input#samePhoto").hasAttr("checked")).isTrue();
		assertThat(next.select("input[name=photoFrom]").val()).isEqualTo(Long.toString(record));
		facilitator.upload(multipart(this.meeting + "/contributions").param("type", "CHALLENGE")
			.param("stakeholderGroup", "COMMUNITY")
			.param("peopleCount", "6")
			.param("channel", "FLIP_CHART")
			.param("title", "Water is dirty")
			.param("body", "The river below the washing pits is brown.")
			.param("photoFrom", Long.toString(record))
			.param("samePhoto", "true")
			.param("formToken", "photo2"));
		List<Long> photos = this.jdbc.queryForList(
				"select photo_file_id from recorded_contribution where meeting_id = ? order by id", Long.class,
				meetingId());
		assertThat(photos).hasSize(2).doesNotContainNull();
		assertThat(photos.get(0)).as("one photo for both cards").isEqualTo(photos.get(1));

		Document page = Jsoup.parse(facilitator.perform(get(this.meeting + "/contributions")).getContentAsString());
		assertThat(page.select(".recorded-item a:contains(Photo of the card or flip chart)")).hasSize(2);
		String photoPath = this.meeting + "/contributions/" + record + "/photo";
		MockHttpServletResponse photo = facilitator.perform(get(photoPath));
		assertThat(photo.getStatus()).isEqualTo(200);
		assertThat(photo.getContentType()).isEqualTo("image/jpeg");
		byte[] served = photo.getContentAsByteArray();
		assertThat(served).hasSizeGreaterThan(100);
		assertThat(new String(served, StandardCharsets.ISO_8859_1)).as("no EXIF, no GPS")
			.doesNotContain(TestJpegs.SECRET);
		assertThat(client(this.second).perform(get(photoPath)).getStatus()).isEqualTo(200);

		// Readers never see it: not on the meeting's page, not by its address, not
		// through the library's download address.
		assertThat(client(this.member).perform(get(photoPath)).getStatus()).isEqualTo(404);
		assertThat(new WebClient(this.mvc).perform(get(photoPath)).getStatus()).isEqualTo(404);
		Document meetingPage = Jsoup.parse(client(this.member).perform(get(this.meeting)).getContentAsString());
		assertThat(meetingPage.select("#recorded .recorded-item")).hasSize(2);
		assertThat(meetingPage.select("a[href$=/photo]")).isEmpty();
		String library = "/dialogues/" + this.slug + "/files/" + photos.get(0);
		assertThat(client(this.member).perform(get(library)).getStatus()).isEqualTo(404);
		assertThat(facilitator.perform(get(library)).getStatus()).isEqualTo(404);

		// Not a picture: the error is beside the photo field, what was typed is kept and
		// nothing is stored.
		MockHttpServletResponse refused = facilitator.upload(multipart(this.meeting + "/contributions")
			.file(new MockMultipartFile("photo", "notes.jpg", "image/jpeg",
					"just some text".getBytes(StandardCharsets.UTF_8)))
			.param("type", "CHALLENGE")
			.param("stakeholderGroup", "COMMUNITY")
			.param("peopleCount", "2")
			.param("channel", "FLIP_CHART")
			.param("title", "School fees")
			.param("body", "Children leave school for the pits.")
			.param("formToken", "photo3"));
		Document again = Jsoup.parse(refused.getContentAsString());
		assertThat(again.getElementById("photo-error").text())
			.contains("This is not a picture that can be read: use a JPEG or PNG photo.");
		assertThat(again.getElementById("title").val()).isEqualTo("School fees");
		assertThat(this.jdbc.queryForObject("select count(*) from recorded_contribution where meeting_id = ?",
				Integer.class, meetingId()))
			.isEqualTo(2);
	}

	@Test
	void aCommentOnAParagraphOfTheVisionIsRecordedOnThatParagraph() throws Exception {
		WebClient facilitator = client(this.facilitator);
		String key = publishVision(facilitator);
		Document missing = Jsoup.parse(facilitator
			.perform(card("VISION", "ARTISANAL_MINER", "9").param("body", "Three months is too long for us."))
			.getContentAsString());
		assertThat(missing.getElementById("paragraphKey-error").text())
			.contains("Choose a paragraph of the newest version of the vision.");
		assertThat(missing.getElementById("body").text()).isEqualTo("Three months is too long for us.");

		assertThat(facilitator
			.perform(card("VISION", "ARTISANAL_MINER", "9").param("paragraphKey", key)
				.param("body", "Three months is too long for us.")
				.param("formToken", "vision1"))
			.getStatus()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from recorded_contribution r join comment c on c.id = r.comment_id
				where r.meeting_id = ? and r.kind = 'VISION' and r.version_number = 1 and r.paragraph_key = ?
				  and c.target_type = 'VISION' and c.target_anchor = ? and c.recorded_for = 9""", Integer.class,
				meetingId(), key, key))
			.isEqualTo(1);
		Document vision = Jsoup
			.parse(new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/vision")).getContentAsString());
		assertThat(vision.select(".comment:contains(Three months is too long for us.) .recorded-note").text())
			.isEqualTo(
					"Recorded on behalf of 9 people on 12 March 2026 · Geita visioning workshop · Card Recorded, awaiting check");
		// Wherever the comment appears, it says whom it speaks for.
		Document saidDid = Jsoup
			.parse(new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/vision/you-said-we-did"))
				.getContentAsString());
		assertThat(saidDid.select(".said:contains(Three months is too long for us.) .recorded-note").text()).isEqualTo(
				"Recorded on behalf of 9 people on 12 March 2026 · Geita visioning workshop · Card Recorded, awaiting check");
		assertThat(Jsoup.parse(facilitator.perform(get("/dialogues/" + this.slug + "/summary")).getContentAsString())
			.select("ul.said li:contains(Three months is too long for us.) .recorded-note")
			.text()).isEqualTo(
					"Recorded on behalf of 9 people on 12 March 2026 · Geita visioning workshop · Card Recorded, awaiting check");
		Document meetingPage = Jsoup.parse(new WebClient(this.mvc).perform(get(this.meeting)).getContentAsString());
		assertThat(meetingPage.select("#recorded .recorded-item a").text())
			.contains("Comment on a paragraph of the vision");
		MockHttpServletResponse csv = facilitator.perform(get("/dialogues/" + this.slug + "/export.csv"));
		assertThat(csv.getContentAsString(StandardCharsets.UTF_8)).contains("DRAFT_COMMENT",
				"Three months is too long for us.", "Geita visioning workshop,CARD,9,false,2026-03-12,false");

		// A second facilitator's check reaches the comment on the vision, as it does a
		// comment on a challenge.
		long record = this.jdbc.queryForObject(
				"select id from recorded_contribution where meeting_id = ? and kind = 'VISION'", Long.class,
				meetingId());
		assertThat(client(this.second).perform(post(this.meeting + "/contributions/" + record + "/check")).getStatus())
			.isEqualTo(302);
		Document checked = Jsoup
			.parse(new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/vision")).getContentAsString());
		assertThat(checked.select(".comment:contains(Three months is too long for us.) .recorded-note").text())
			.doesNotContain("awaiting check");
		assertThat(facilitator.perform(get("/dialogues/" + this.slug + "/export.csv"))
			.getContentAsString(StandardCharsets.UTF_8))
			.contains("Geita visioning workshop,CARD,9,false,2026-03-12,true");
		// A French-speaking facilitator's paragraph choices say they are in English.
		facilitator.perform(post("/language").param("lang", "fr").param("return", "/"));
		Document french = Jsoup.parse(facilitator.perform(get(this.meeting + "/contributions")).getContentAsString());
		assertThat(french.select("select#paragraphKey option[value=" + key + "]").attr("lang")).isEqualTo("en");
		assertThat(french.select("select#paragraphKey option[value=]").attr("lang")).isEmpty();
	}

	private MockHttpServletRequestBuilder hands(String group, String key, String agree, String live, String disagree) {
		return post(this.meeting + "/contributions").param("type", "STANCES")
			.param("stakeholderGroup", group)
			.param("channel", "ORAL")
			.param("paragraphKey", key)
			.param("agreeCount", agree)
			.param("canLiveCount", live)
			.param("disagreeCount", disagree);
	}

	@Test
	void badInputComesBackBesideItsFieldsWithWhatWasTyped() throws Exception {
		MockHttpServletResponse refused = client(this.facilitator)
			.perform(post(this.meeting + "/contributions").param("type", "CHALLENGE")
				.param("stakeholderGroup", "")
				.param("peopleCount", "0")
				.param("channel", "FLIP_CHART")
				.param("title", "")
				.param("body", "Roads to the pits close in the rains."));
		assertThat(refused.getStatus()).isEqualTo(200);
		Document form = Jsoup.parse(refused.getContentAsString());
		assertThat(form.select(".error-summary a").eachAttr("href")).containsExactly("#stakeholderGroup",
				"#peopleCount", "#title");
		assertThat(form.getElementById("peopleCount-error").text()).contains("from 1 to 10,000");
		assertThat(form.getElementById("body").text()).isEqualTo("Roads to the pits close in the rains.");
		assertThat(form.select("#channel option[selected]").val()).isEqualTo("FLIP_CHART");

		Document shortTitle = Jsoup.parse(
				client(this.facilitator)
					.perform(post(this.meeting + "/contributions").param("type", "CHALLENGE")
						.param("stakeholderGroup", "")
						.param("peopleCount", "3")
						.param("channel", "CARD")
						.param("title", "Aid")
						.param("body", "Roads to the pits close in the rains."))
					.getContentAsString());
		assertThat(shortTitle.select(".error-summary a").eachAttr("href"))
			.as("the title's length is reported with the other problems at once")
			.containsExactly("#stakeholderGroup", "#title");
		assertThat(shortTitle.getElementById("title-error").text())
			.contains("The title must have 5 to 150 characters.");

		MockHttpServletResponse noChallenge = client(this.facilitator)
			.perform(card("COMMENT", "BUYER", "2").param("body", "We would pay more for traceable gold."));
		assertThat(Jsoup.parse(noChallenge.getContentAsString()).getElementById("challengeId-error").text())
			.contains("Choose the challenge it comments on.");
		assertThat(this.jdbc.queryForObject("select count(*) from recorded_contribution where meeting_id = ?",
				Integer.class, meetingId()))
			.isZero();
	}

	@Test
	void nothingIsRecordedAtACancelledMeeting() throws Exception {
		WebClient facilitating = client(this.facilitator);
		assertThat(facilitating.perform(post(this.meeting + "/cancel").param("reason", "Roads flooded"))
			.getRedirectedUrl()).isEqualTo(this.meeting);
		String back = facilitating
			.perform(card("CHALLENGE", "ARTISANAL_MINER", "3").param("title", "Said at no meeting")
				.param("body", "This meeting never took place."))
			.getRedirectedUrl();
		assertThat(back).isEqualTo(this.meeting + "/contributions");
		Document page = Jsoup.parse(facilitating.perform(get(back)).getContentAsString());
		assertThat(page.select(".alert").text())
			.contains("This meeting was cancelled: no contributions can be recorded at it.");
		assertThat(page.select("form#record")).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from recorded_contribution where meeting_id = ?",
				Integer.class, meetingId()))
			.isZero();
	}

	@Test
	void onlyTheDialoguesFacilitatorsRecordAndCheck() throws Exception {
		WebClient member = client(this.member);
		assertThat(member.perform(get(this.meeting + "/contributions")).getStatus()).isEqualTo(404);
		assertThat(member
			.perform(card("CHALLENGE", "ARTISANAL_MINER", "1").param("title", "Not mine to record")
				.param("body", "A member may not speak for the room."))
			.getStatus()).isEqualTo(404);
		assertThat(new WebClient(this.mvc).performAsIs(post(this.meeting + "/contributions")).getStatus())
			.as("without a CSRF token")
			.isEqualTo(403);
		String other = this.accounts.create("Other Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		assertThat(client(other).perform(get(this.meeting + "/contributions")).getStatus())
			.as("a facilitator of another dialogue")
			.isEqualTo(404);
	}

	private MockHttpServletRequestBuilder card(String type, String group, String people) {
		return post(this.meeting + "/contributions").param("type", type)
			.param("stakeholderGroup", group)
			.param("peopleCount", people)
			.param("channel", "CARD");
	}

	private long meetingId() {
		return idIn(this.meeting);
	}

}
