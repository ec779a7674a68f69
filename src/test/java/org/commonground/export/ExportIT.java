package org.commonground.export;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.commonground.shared.web.TimeZones;
import org.commonground.account.AccountRole;
import org.commonground.comment.NewComment;
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
import org.commonground.vision.Disposition;
import org.commonground.vision.Stance;
import org.commonground.vision.VisionService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
 * The CSV summary export through the real filter chain: its columns and rows, the reply
 * tree, neutralised formulas, anonymity by default, hidden content, identities for admins
 * (audited), date filters, access, and 100,000 comments.
 */
class ExportIT extends IntegrationTest {

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
	VisionService visions;

	@Autowired
	org.commonground.comment.CommentPosting comments;

	@Autowired
	JdbcTemplate jdbc;

	String facilitator;

	String miner;

	String official;

	String slug;

	long challenge;

	long comment;

	long reply;

	@BeforeEach
	void dialogueWithContributions() {
		this.facilitator = this.accounts.create("Fiona Exporter", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		this.miner = this.accounts.create("Musa Exported", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		this.official = this.accounts.create("Omari Exported", AccountRole.PARTICIPANT, "GOVERNMENT");
		this.slug = this.dialogues.create(this.facilitator, "Exported", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		this.dialogues.addMember(this.slug, this.facilitator, this.miner, DisplayMode.PSEUDONYMOUS);
		this.dialogues.addMember(this.slug, this.facilitator, this.official, DisplayMode.NAMED);
		this.challenge = this.challenges.raise(this.slug, this.miner, "=Licences take two years");
		this.challenges.endorse(this.slug, this.official, this.challenge);
		this.comment = this.challenges.comment(this.slug, this.official, this.challenge, null,
				"+255 is our office line; @everyone welcome");
		this.reply = this.challenges.comment(this.slug, this.miner, this.challenge, this.comment,
				"-2 weeks is what we were promised");
	}

	@Test
	void theCsvHasOneRowPerContributionWithTheTreeAndNoIdentities() throws Exception {
		this.dialogues.as(this.facilitator,
				(me) -> this.visions.publish(this.slug, me, "# Vision\n\nMercury-free by 2030.", "First", null));
		long draftComment = this.dialogues.as(this.official,
				(me) -> this.comments
					.post(this.slug, me, this.visions.commentTarget(this.slug, me, 1, "p2"),
							new NewComment("@SUM(1+1) is what we ask", null, null))
					.id());
		this.dialogues.as(this.facilitator, (me) -> {
			this.visions.publish(this.slug, me, "# Vision\n\nMercury-free by 2030, as we ask.", "Second", null);
			this.visions.answer(this.slug, me, draftComment, Disposition.INCORPORATED, "Kept in version 2", 2);
			return null;
		});

		MockHttpServletResponse response = client(this.facilitator).perform(get(base() + "/export.csv"));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("text/csv");
		assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"" + this.slug + "-"
				+ LocalDate.now(java.time.ZoneId.of(this.jdbc
					.queryForObject("select time_zone from dialogue where slug = ?", String.class, this.slug)))
				+ "-en.csv\"");
		List<CSVRecord> rows = parse(response);
		assertThat(rows).hasSize(4);
		CSVRecord challengeRow = rows.get(0);
		assertThat(challengeRow.get("type")).isEqualTo("CHALLENGE");
		assertThat(challengeRow.get("title")).as("formula neutralised").isEqualTo("'=Licences take two years");
		assertThat(challengeRow.get("author_group_code")).isEqualTo("ARTISANAL_MINER");
		assertThat(challengeRow.get("author")).isEqualTo("Participant 1");
		assertThat(challengeRow.get("endorsements")).isEqualTo("1");
		assertThat(challengeRow.get("status")).isEqualTo("OPEN");
		CSVRecord commentRow = rows.get(1);
		assertThat(commentRow.get("type")).isEqualTo("CHALLENGE_COMMENT");
		assertThat(commentRow.get("challenge_id")).isEqualTo(Long.toString(this.challenge));
		assertThat(commentRow.get("parent_id")).isEmpty();
		assertThat(commentRow.get("text")).isEqualTo("'+255 is our office line; @everyone welcome");
		assertThat(commentRow.get("author")).isEqualTo("Participant 2");
		CSVRecord replyRow = rows.get(2);
		assertThat(replyRow.get("parent_id")).isEqualTo(Long.toString(this.comment));
		assertThat(replyRow.get("text")).isEqualTo("'-2 weeks is what we were promised");
		assertThat(replyRow.get("author")).as("the same person, the same number").isEqualTo("Participant 1");
		CSVRecord draftRow = rows.get(3);
		assertThat(draftRow.get("type")).isEqualTo("DRAFT_COMMENT");
		assertThat(draftRow.get("version")).isEqualTo("1");
		assertThat(draftRow.get("paragraph_key")).isEqualTo("p2");
		assertThat(draftRow.get("text")).isEqualTo("'@SUM(1+1) is what we ask");
		assertThat(draftRow.get("disposition")).isEqualTo("INCORPORATED");
		assertThat(draftRow.get("disposition_reason")).isEqualTo("Kept in version 2");
		assertThat(draftRow.get("landed_version")).as("the version it landed in, as the API says").isEqualTo("2");
		assertThat(rows.get(0).get("landed_version")).isEmpty();
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).doesNotContain("Musa", "Omari", "@test.example");
		assertTree(rows);
		assertThat(auditCount("EXPORT_DOWNLOADED")).isEqualTo(1);
		// The summary says in which version, as the site does.
		assertThat(Jsoup.parse(client(this.facilitator).perform(get(base() + "/summary")).getContentAsString())
			.select("ul.said li .answer")
			.text()).startsWith("Incorporated in version 2");
	}

	@Test
	void aMergedChallengeSaysWhichChallengeItWentInto() throws Exception {
		long duplicate = this.challenges.raise(this.slug, this.official, "Licences take forever");
		WebClient facilitator = client(this.facilitator);
		facilitator.perform(post(base() + "/challenges/" + duplicate + "/merge").param("targetId", "" + this.challenge)
			.param("confirmed", "true"));
		List<CSVRecord> rows = parse(facilitator.perform(get(base() + "/export.csv")));
		CSVRecord merged = rows.stream()
			.filter((r) -> r.get("id").equals(Long.toString(duplicate)))
			.findFirst()
			.orElseThrow();
		assertThat(merged.get("status")).isEqualTo("MERGED");
		assertThat(merged.get("merged_into")).isEqualTo(Long.toString(this.challenge));
		assertThat(rows.get(0).get("merged_into")).isEmpty();
		JsonNode root = new ObjectMapper()
			.readTree(facilitator.perform(get(base() + "/export.json")).getContentAsString(StandardCharsets.UTF_8));
		for (JsonNode node : root.path("challenges")) {
			if (node.path("id").asLong() == duplicate) {
				assertThat(node.path("mergedInto").asLong()).isEqualTo(this.challenge);
			}
			else {
				assertThat(node.path("mergedInto").isNull()).isTrue();
			}
		}
	}

	@Test
	void theJsonHoldsTheWholeDialogueWithCommentTreesVersionsStancesAndTheModerationLog() throws Exception {
		this.dialogues.as(this.facilitator,
				(me) -> this.visions.publish(this.slug, me, "# Vision\n\nMercury-free by 2030.", "First", null));
		this.dialogues.as(this.official, (me) -> {
			this.visions.setStance(this.slug, me, 1, "p2", Stance.AGREE);
			return null;
		});
		long draftComment = this.dialogues.as(this.official,
				(me) -> this.comments
					.post(this.slug, me, this.visions.commentTarget(this.slug, me, 1, "p2"),
							new NewComment("By 2030 is late", null, null))
					.id());
		long draftReply = this.dialogues.as(this.miner,
				(me) -> this.comments
					.post(this.slug, me, this.visions.commentTarget(this.slug, me, 1, "p2"),
							new NewComment("Agreed", draftComment, null))
					.id());
		this.dialogues.as(this.facilitator, (me) -> {
			this.visions.answer(this.slug, me, draftComment, Disposition.NOTED, "Discussed in session 3", null);
			this.moderation.hide(this.slug, me, "comments", this.reply, ModerationReason.OFF_TOPIC, null);
			return null;
		});

		MockHttpServletResponse response = client(this.facilitator).perform(get(base() + "/export.json"));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/json");
		assertThat(response.getHeader("Content-Disposition")).endsWith(".json\"");
		JsonNode root = new ObjectMapper().readTree(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(root.path("format").asString()).isEqualTo("common-ground/dialogue-summary");
		assertThat(root.path("dialogue").path("slug").asString()).isEqualTo(this.slug);
		assertThat(root.path("representation").findValuesAsString("group")).contains("ARTISANAL_MINER", "GOVERNMENT");
		JsonNode challengeNode = root.path("challenges").get(0);
		assertThat(challengeNode.path("id").asLong()).isEqualTo(this.challenge);
		assertThat(challengeNode.path("endorsements").asInt()).isEqualTo(1);
		JsonNode commentNode = challengeNode.path("comments").get(0);
		assertThat(commentNode.path("id").asLong()).isEqualTo(this.comment);
		assertThat(commentNode.path("author").asString()).isEqualTo("Participant 2");
		JsonNode replyNode = commentNode.path("replies").get(0);
		assertThat(replyNode.path("id").asLong()).isEqualTo(this.reply);
		assertThat(replyNode.path("status").asString()).isEqualTo("HIDDEN");
		assertThat(replyNode.path("text").isNull()).as("hidden text left out").isTrue();
		JsonNode version = root.path("vision").path("versions").get(0);
		assertThat(version.path("number").asInt()).isEqualTo(1);
		JsonNode paragraph = version.path("paragraphs").get(1);
		assertThat(paragraph.path("key").asString()).isEqualTo("p2");
		assertThat(paragraph.path("stancesByGroup").path("GOVERNMENT").path("agree").asInt()).isEqualTo(1);
		JsonNode draftNode = root.path("vision").path("comments").get(0);
		assertThat(draftNode.path("id").asLong()).isEqualTo(draftComment);
		assertThat(draftNode.path("paragraphKey").asString()).isEqualTo("p2");
		assertThat(draftNode.path("disposition").asString()).isEqualTo("NOTED");
		assertThat(draftNode.has("landedVersion")).isTrue();
		assertThat(draftNode.path("landedVersion").isNull()).as("noted: in no version").isTrue();
		assertThat(draftNode.path("replies").get(0).path("id").asLong()).isEqualTo(draftReply);
		assertThat(root.path("moderationLog").get(0).path("action").asString()).isEqualTo("CONTENT_HIDDEN");
		assertThat(root.path("moderationLog").get(0).path("reason").asString()).isEqualTo("OFF_TOPIC");
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Musa", "Omari",
				"@test.example");
	}

	@Test
	void thePdfAndThePrintablePageShowTheSummaryInEveryLanguagesLetters() throws Exception {
		this.challenges.raise(this.slug, this.official, "Wachimbaji wanaomba leseni · orpailleurs à Nyarugusu");
		this.dialogues.as(this.facilitator,
				(me) -> this.visions.publish(this.slug, me, "# Dira\n\nHakuna zebaki ifikapo 2030.", "Kwanza", null));
		WebClient facilitator = client(this.facilitator);
		MockHttpServletResponse pdf = facilitator.perform(get(base() + "/export.pdf"));
		assertThat(pdf.getStatus()).isEqualTo(200);
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		assertThat(pdf.getHeader("Content-Disposition")).endsWith(".pdf\"");
		try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("=Licences take two years",
					"Wachimbaji wanaomba leseni · orpailleurs à Nyarugusu", "Hakuna zebaki ifikapo 2030.",
					"Challenges by endorsements", "Who is taking part");
			assertThat(text).doesNotContain("Musa Exported", "Omari Exported");
			assertThat(text).as("paragraphs are numbered from 1 as on the web, the heading not counted")
				.containsSubsequence("Dira", "Paragraph 1", "Hakuna zebaki ifikapo 2030.")
				.doesNotContain("Paragraph 2", "2. Hakuna");
			assertThat(new PDFRenderer(document).renderImageWithDPI(0, 30).getWidth()).isPositive();
		}
		Document page = Jsoup.parse(facilitator.perform(get(base() + "/summary")).getContentAsString());
		assertThat(page.select("h1").text()).startsWith("Exported");
		assertThat(page.select(".cover .meta").last().text()).as("the time names its zone once")
			.matches("Exported on \\d{1,2} \\w{3} \\d{4} \\d{2}:\\d{2} [A-Za-z ]+")
			.doesNotEndWith(" UTC");
		assertThat(page.select("#challenges-heading").text()).isEqualTo("Challenges by endorsements");
		assertThat(page.select("a[href$=/export.pdf]")).hasSize(1);
		assertThat(page.select("style")).as("no inline style under the CSP").isEmpty();
		assertThat(client(this.miner).perform(get(base() + "/summary")).getStatus()).isEqualTo(404);
		assertThat(client(this.miner).perform(get(base() + "/export.pdf")).getStatus()).isEqualTo(404);
		// The PDF is an export; reading the page is not (W4 #2).
		assertThat(auditCount("EXPORT_DOWNLOADED")).isEqualTo(1);
	}

	@Test
	void thePrintableYouSaidWeDidHasAHeadingPerSectionAndNoNullSpeakingAs() throws Exception {
		this.dialogues.as(this.facilitator,
				(me) -> this.visions.publish(this.slug, me, "# Vision\n\nFirst aim.\n\nSecond aim.", "First", null));
		String second = this.dialogues.paragraphKey(this.slug, 2);
		// The pseudonymous miner speaks for no group: no "speaking as" line at all.
		this.dialogues.as(this.miner, (me) -> {
			this.comments.post(this.slug, me, this.visions.commentTarget(this.slug, me, 1, second),
					new NewComment("On the second aim", null, null));
			this.comments.post(this.slug, me, this.visions.commentTarget(this.slug, me, 1, null),
					new NewComment("On the whole draft", null, null));
			return null;
		});
		WebClient facilitator = client(this.facilitator);
		Document page = Jsoup.parse(facilitator.perform(get(base() + "/summary")).getContentAsString());
		assertThat(page.select("#said-heading").text()).isEqualTo("You said, we did");
		var said = page.select("#said-heading").first().parent();
		assertThat(said.select("h3").eachText()).containsExactlyInAnyOrder("Paragraph 2", "On a version as a whole");
		assertThat(said.text()).containsSubsequence("Paragraph 2", "On the second aim")
			.containsSubsequence("On a version as a whole", "On the whole draft")
			.doesNotContain("null");
		facilitator.perform(post("/language").param("lang", "fr"));
		String french = Jsoup.parse(facilitator.perform(get(base() + "/summary")).getContentAsString()).text();
		assertThat(french).contains("Paragraphe 2").doesNotContain("au nom de\u00a0: null", "au nom de : null");
		// The middle stance is named as on the vision's pages.
		assertThat(french).contains("D’accord 0 · peuvent l’accepter 0 · pas d’accord 0").doesNotContain("acceptable");
	}

	@Test
	void theSummaryPageHasTheExportOptionsAsAFormWithErrorsBesideTheFields() throws Exception {
		WebClient facilitator = client(this.facilitator);
		Document page = Jsoup.parse(facilitator.perform(get(base() + "/summary")).getContentAsString());
		Element form = page.selectFirst("form.export-form");
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.attr("action")).isEqualTo(base() + "/export");
		assertThat(form.select("input[name=from], input[name=to], select[name=format]")).hasSize(3);
		assertThat(form.select("input[name=identities], input[name=hidden]")).as("admins only").isEmpty();
		Document adminPage = Jsoup
			.parse(client(this.accounts.admin("Form Admin")).perform(get(base() + "/summary")).getContentAsString());
		assertThat(adminPage.select("form.export-form input[type=checkbox]").eachAttr("name"))
			.containsExactly("identities", "hidden");

		// A date that does not exist: the page again, the error beside the field, the
		// values as typed; not a bare 400 page.
		MockHttpServletResponse bad = facilitator
			.perform(get(base() + "/export").param("from", "2026-02-30").param("to", "2026-03-31"));
		assertThat(bad.getStatus()).isEqualTo(400);
		Document again = Jsoup.parse(bad.getContentAsString());
		assertThat(again.select("#from-error").text()).contains("YYYY-MM-DD");
		assertThat(again.select("input#from").attr("value")).isEqualTo("2026-02-30");
		assertThat(again.select("input#from").attr("aria-describedby")).contains("from-error");
		assertThat(again.select("input#to").attr("value")).isEqualTo("2026-03-31");
		assertThat(again.select("#to-error")).isEmpty();
		MockHttpServletResponse backwards = facilitator
			.perform(get(base() + "/export").param("from", "2026-03-31").param("to", "2026-03-01"));
		assertThat(backwards.getStatus()).isEqualTo(400);
		assertThat(Jsoup.parse(backwards.getContentAsString()).select("#to-error").text())
			.contains("The last day comes before the first day.");
		// Understood: on to the download with the same options.
		MockHttpServletResponse chosen = facilitator
			.perform(get(base() + "/export").param("from", "2026-01-01").param("format", "json").param("lang", "fr"));
		assertThat(chosen.getStatus()).isEqualTo(302);
		assertThat(chosen.getRedirectedUrl()).isEqualTo(base() + "/export.json?from=2026-01-01&lang=fr");
		assertThat(client(this.miner).perform(get(base() + "/export").param("from", "x")).getStatus()).isEqualTo(404);
	}

	@Test
	void theFileIsNamedByTheDayInTheDialoguesTimeZone() throws Exception {
		// A zone whose day differs from UTC's now, whatever the hour of the run.
		java.time.ZoneId zone = java.time.ZoneId
			.of((java.time.ZonedDateTime.now(ZoneOffset.UTC).getHour() < 12) ? "Etc/GMT+12" : "Pacific/Kiritimati");
		this.jdbc.update("update dialogue set time_zone = ? where slug = ?", zone.getId(), this.slug);
		MockHttpServletResponse response = client(this.facilitator).perform(get(base() + "/export.csv"));
		assertThat(response.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"" + this.slug + "-" + LocalDate.now(zone) + "-en.csv\"");
		// Another language or period, another name: one download does not overwrite the
		// other.
		assertThat(client(this.facilitator).perform(
				get(base() + "/export.csv").param("lang", "sw").param("from", "2026-01-01").param("to", "2026-01-31"))
			.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"" + this.slug + "-" + LocalDate.now(zone)
					+ "-sw-from-2026-01-01-to-2026-01-31.csv\"");
	}

	@Test
	void hiddenContentIsLeftOutUnlessAnAdminIncludesItAndIdentitiesAreForAdminsOnlyAndAudited() throws Exception {
		this.dialogues.as(this.facilitator, (me) -> {
			this.moderation.hide(this.slug, me, "comments", this.comment, ModerationReason.PERSONAL_INFORMATION, null);
			return null;
		});
		long hiddenChallenge = this.challenges.raise(this.slug, this.official, "Hidden challenge");
		this.challenges.comment(this.slug, this.miner, hiddenChallenge, null, "On the hidden challenge");
		this.dialogues.as(this.facilitator, (me) -> {
			this.moderation.hide(this.slug, me, "challenges", hiddenChallenge, ModerationReason.SPAM, null);
			return null;
		});

		List<CSVRecord> rows = parse(client(this.facilitator).perform(get(base() + "/export.csv")));
		assertThat(rows).extracting((r) -> r.get("title")).doesNotContain("Hidden challenge");
		assertThat(rows).extracting((r) -> r.get("text")).doesNotContain("On the hidden challenge");
		CSVRecord hidden = rows.stream()
			.filter((r) -> r.get("id").equals(Long.toString(this.comment)))
			.findFirst()
			.orElseThrow();
		assertThat(hidden.get("status")).isEqualTo("HIDDEN");
		assertThat(hidden.get("text")).as("a placeholder keeps the tree, not the text").isEmpty();
		assertTree(rows);

		WebClient facilitator = client(this.facilitator);
		// The printable summary counts what people see: the reply, not the hidden comment
		// (its placeholder), as the list, the API and the open data do.
		Document summary = Jsoup.parse(facilitator.perform(get(base() + "/summary")).getContentAsString());
		assertThat(summary.select("ol.challenges .meta").text()).contains("1 comment").doesNotContain("2 comments");
		assertThat(Jsoup.parse(facilitator.perform(get(base() + "/challenges")).getContentAsString()).text())
			.contains("1 comment")
			.doesNotContain("2 comments");
		assertThat(facilitator.perform(get(base() + "/export.csv").param("identities", "true")).getStatus())
			.isEqualTo(404);
		assertThat(facilitator.perform(get(base() + "/export.csv").param("hidden", "true")).getStatus()).isEqualTo(404);

		WebClient admin = client(this.accounts.admin("Export Admin"));
		List<CSVRecord> all = parse(
				admin.perform(get(base() + "/export.csv").param("identities", "true").param("hidden", "true")));
		assertThat(all).extracting((r) -> r.get("title")).contains("Hidden challenge");
		assertThat(all).extracting((r) -> r.get("author")).contains("Musa Exported", "Omari Exported");
		CSVRecord shown = all.stream()
			.filter((r) -> r.get("id").equals(Long.toString(this.comment)))
			.findFirst()
			.orElseThrow();
		assertThat(shown.get("text")).startsWith("'+255");
		assertThat(shown.get("status")).isEqualTo("HIDDEN");
		assertThat(all.stream().map((r) -> r.get("author")).toList()).noneMatch((a) -> a.contains("@"));
		assertThat(auditCount("EXPORT_WITH_IDENTITIES")).isEqualTo(1);
		assertTree(all);
	}

	@Test
	void theAuditLogDescribesAnExportInItsReadersLanguageAndOlderEntriesAsWritten() throws Exception {
		WebClient admin = client(this.accounts.admin("Audit Reader"));
		assertThat(admin
			.perform(get(base() + "/export.csv").param("identities", "true")
				.param("hidden", "true")
				.param("from", "2026-01-01"))
			.getStatus()).isEqualTo(200);
		// An export audited before the descriptions were kept in codes: English text.
		this.jdbc.update(
				"""
						insert into audit_entry (occurred_at, actor_id, action, dialogue_id, subject_type, subject_id, reason, note)
						select now(), null, 'EXPORT_DOWNLOADED', d.id, 'DIALOGUE', d.id, 'CSV', 'anonymised, 2026-01-01 to …'
						from dialogue d where d.slug = ?""",
				this.slug);

		admin.perform(post("/language").param("lang", "fr"));
		for (String path : List.of("/admin/audit?dialogue=" + this.slug, base() + "/moderation/audit")) {
			Document page = Jsoup.parse(admin.perform(get(path)).getContentAsString());
			assertThat(page.select("html").attr("lang")).isEqualTo("fr");
			assertThat(page.select("td .export-options").eachText()).as(path)
				.containsExactly("avec les noms, contenu masqué inclus, du 1 janvier 2026 au …");
			assertThat(page.select("td q").eachText()).as(path).containsExactly("anonymised, 2026-01-01 to …");
			assertThat(page.select("main").text()).as(path)
				.doesNotContain("hidden content included", "identities", "??");
		}
		admin.perform(post("/language").param("lang", "en"));
		Document english = Jsoup.parse(admin.perform(get(base() + "/moderation/audit")).getContentAsString());
		assertThat(english.select("td .export-options").eachText())
			.containsExactly("with names, hidden content included, from 1 January 2026 to …");
	}

	@Test
	void theDaysOfThePeriodAreTheDialoguesDays() throws Exception {
		// 22:30 UTC on 11 March is 01:30 on 12 March in Geita (UTC+3), where the
		// facilitator who asks for "12 March" lives.
		this.jdbc.update("update challenge set created_at = '2026-03-11T22:30:00Z' where id = ?", this.challenge);
		this.jdbc.update("update comment set created_at = '2026-03-12T21:30:00Z' where id = ?", this.comment);
		this.jdbc.update("update comment set created_at = '2026-03-13T08:00:00Z' where id = ?", this.reply);
		List<CSVRecord> day = parse(client(this.facilitator)
			.perform(get(base() + "/export.csv").param("from", "2026-03-12").param("to", "2026-03-12")));
		assertThat(day).extracting((r) -> r.get("type")).containsExactly("CHALLENGE");
		// Its row gives the time in the same zone as the day it was counted in, beside
		// UTC (W4 #6).
		assertThat(day.get(0).get("created_at")).isEqualTo("2026-03-11T22:30:00Z");
		assertThat(day.get(0).get("created_at_local")).isEqualTo("2026-03-12 01:30:00");
		assertThat(day.get(0).get("time_zone")).isEqualTo("Africa/Dar_es_Salaam");
	}

	@Test
	void dateFiltersAccessAndTheRateLimit() throws Exception {
		String tomorrow = LocalDate.now(TimeZones.forCountry("TZ")).plusDays(1).toString();
		WebClient facilitator = client(this.facilitator);
		assertThat(parse(facilitator.perform(get(base() + "/export.csv").param("from", tomorrow)))).isEmpty();
		assertThat(parse(facilitator.perform(get(base() + "/export.csv").param("to", tomorrow)))).hasSize(3);

		assertThat(new WebClient(this.mvc).perform(get(base() + "/export.csv")).getStatus()).isEqualTo(404);
		assertThat(client(this.miner).perform(get(base() + "/export.csv")).getStatus()).isEqualTo(404);
		String other = this.accounts.create("Other Exporter", AccountRole.FACILITATOR);
		assertThat(client(other).perform(get(base() + "/export.csv")).getStatus()).isEqualTo(404);
		// A refused JSON export answers in JSON, as the API does, not with an HTML page.
		for (WebClient refused : List.of(new WebClient(this.mvc), client(this.miner))) {
			MockHttpServletResponse json = refused.perform(get(base() + "/export.json"));
			assertThat(json.getStatus()).isEqualTo(404);
			assertThat(json.getContentType()).startsWith("application/json");
			assertThat(json.getContentAsString()).isEqualTo("{\"status\":404,\"error\":\"not_found\"}");
		}

		String busy = this.accounts.admin("Busy Exporter");
		WebClient admin = client(busy);
		// Reading the summary page, in its languages, is not an export: no allowance
		// used, nothing in the audit log (W4 #2).
		int audited = auditCount("EXPORT_DOWNLOADED");
		for (int i = 0; i < 35; i++) {
			assertThat(admin.perform(get(base() + "/summary").param("lang", (i % 2 == 0) ? "en" : "sw")).getStatus())
				.as("summary view %d", i)
				.isEqualTo(200);
		}
		assertThat(auditCount("EXPORT_DOWNLOADED")).isEqualTo(audited);
		int last = 0;
		for (int i = 0; i < 31; i++) {
			last = admin.perform(get(base() + "/export.csv")).getStatus();
		}
		assertThat(last).as("the 31st export within the hour").isEqualTo(429);
		assertThat(auditCount("EXPORT_DOWNLOADED")).isEqualTo(audited + 30);
		// The page says it is the exports that are limited, not "for your security".
		Document refused = Jsoup.parse(admin.perform(get(base() + "/export.pdf")).getContentAsString());
		assertThat(refused.select("h1").text()).isEqualTo("Too many exports for now");
		assertThat(refused.select("main").text()).contains("exports an account may download in an hour")
			.doesNotContain("security");
		// The page can still be read.
		assertThat(admin.perform(get(base() + "/summary")).getStatus()).isEqualTo(200);
		// The JSON export refuses in JSON too, with the wait.
		MockHttpServletResponse json = admin.perform(get(base() + "/export.json"));
		assertThat(json.getStatus()).isEqualTo(429);
		assertThat(json.getContentType()).startsWith("application/json");
		assertThat(json.getContentAsString()).isEqualTo("{\"status\":429,\"error\":\"too_many_requests\"}");
		assertThat(Long.parseLong(json.getHeader("Retry-After"))).isPositive();
	}

	@Test
	void oneHundredThousandCommentsExportWithTheirTree() throws Exception {
		this.challenges.bulkComments(this.slug, this.official, this.challenge, 100_000, 2_000);
		MockHttpServletResponse response = client(this.facilitator).perform(get(base() + "/export.csv"));
		List<CSVRecord> rows = parse(response);
		int expected = 1 + 2 + 100_000 + 2_000 * 5;
		assertThat(rows).hasSize(expected);
		assertTree(rows);
	}

	/**
	 * Every parent is in the export before its replies, and every comment names its
	 * challenge.
	 */
	private static void assertTree(List<CSVRecord> rows) {
		Set<String> seen = new HashSet<>();
		for (CSVRecord row : rows) {
			String parent = row.get("parent_id");
			if (!parent.isEmpty()) {
				// Set.contains, not AssertJ's contains: that one walks the set (minutes
				// at this size).
				assertThat(seen.contains("comment " + parent)).as("parent of %s written before it", row.get("id"))
					.isTrue();
			}
			if (row.get("type").equals("CHALLENGE_COMMENT")) {
				assertThat(seen.contains("challenge " + row.get("challenge_id"))).as("challenge of %s", row.get("id"))
					.isTrue();
			}
			seen.add((row.get("type").equals("CHALLENGE") ? "challenge " : "comment ") + row.get("id"));
		}
	}

	static List<CSVRecord> parse(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).isEqualTo(200);
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).startsWith("\uFEFFtype,id,parent_id,challenge_id");
		return CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(body.substring(1)))
			.getRecords();
	}

	private int auditCount(String action) {
		return this.jdbc.queryForObject("""
				select count(*) from audit_entry a join dialogue d on d.id = a.dialogue_id
				where d.slug = ? and a.action = ?""", Integer.class, this.slug, action);
	}

	private String base() {
		return "/dialogues/" + this.slug;
	}

	private WebClient client(String email) throws Exception {
		WebClient client = new WebClient(this.mvc, TestAccounts.newAddress());
		client.logIn(email, TestAccounts.PASSWORD);
		return client;
	}

}
