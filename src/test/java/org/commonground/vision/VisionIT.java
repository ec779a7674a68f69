package org.commonground.vision;

import java.util.List;

import org.commonground.account.AccountRole;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.DisplayMode;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.support.IntegrationTest;
import org.commonground.support.Parallel;
import org.commonground.support.TestAccounts;
import org.commonground.support.TestDialogues;
import org.commonground.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The shared vision end to end: working text and conflicts, publishing with stable keys,
 * stances, paragraph comments across versions, diff, common ground and dispositions.
 */
class VisionIT extends IntegrationTest {

	static final String V1 = """
			# Geita 2030

			By 2030 artisanal gold mining in Geita is formal, mercury-free, safe and fairly paid.

			Every miner who asks gets a primary mining licence within three months.

			Buyers pay the world price minus a published fee.""";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Autowired
	JdbcTemplate jdbc;

	String facilitator;

	String coFacilitator;

	String miner;

	String buyer;

	String slug;

	String base;

	@BeforeEach
	void dialogue() {
		this.facilitator = this.accounts.create("Vera Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		this.coFacilitator = this.accounts.create("Victor Cofacilitator", AccountRole.FACILITATOR, "RESEARCH");
		this.miner = this.accounts.create("Mwajuma Miner", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		this.buyer = this.accounts.create("Bruno Buyer", AccountRole.PARTICIPANT, "BUYER");
		this.slug = this.dialogues.create(this.facilitator, "Vision", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		this.dialogues.addMember(this.slug, this.facilitator, this.coFacilitator, DisplayMode.NAMED);
		this.dialogues.as(this.facilitator, (me) -> {
			this.memberships.makeFacilitator(this.slug, this.dialogues.membershipId(this.slug, this.coFacilitator), me);
			return null;
		});
		this.dialogues.addMember(this.slug, this.facilitator, this.miner, DisplayMode.PSEUDONYMOUS);
		this.dialogues.addMember(this.slug, this.facilitator, this.buyer, DisplayMode.NAMED);
		this.base = "/dialogues/" + this.slug + "/vision";
	}

	@Autowired
	org.commonground.dialogue.MembershipService memberships;

	@Test
	void facilitatorsPublishVersionsWhoseParagraphsKeepTheirKeys() throws Exception {
		WebClient facilitator = client(this.facilitator);
		assertThat(client(this.miner).perform(get(this.base + "/edit")).getStatus()).isEqualTo(404);
		assertThat(
				client(this.miner).perform(post(this.base + "/versions").param("text", "x").param("changeSummary", "y"))
					.getStatus())
			.isEqualTo(404);
		MockHttpServletResponse noSummary = facilitator
			.perform(post(this.base + "/versions").param("text", V1).param("changeSummary", " "));
		assertThat(Jsoup.parse(noSummary.getContentAsString()).select("#changeSummary-error").text())
			.contains("what changed");
		assertThat(Jsoup.parse(noSummary.getContentAsString()).select("textarea#text").text()).contains("Geita 2030");

		assertThat(facilitator
			.perform(post(this.base + "/versions").param("text", V1).param("changeSummary", "First draft"))
			.getRedirectedUrl()).isEqualTo(this.base + "/versions/1");
		List<String> keys1 = keys(1);
		assertThat(keys1).hasSize(4);

		String v2 = V1.replace("three months", "ninety days")
			.replace("Buyers pay the world price minus a published fee.",
					"Every pit is timbered and inspected each season.\n\nBuyers pay the world price minus a published fee.");
		facilitator
			.perform(post(this.base + "/versions").param("text", v2).param("changeSummary", "Licences faster; safety"));
		assertThat(keys(2)).hasSize(5)
			.containsSubsequence(keys1.get(0), keys1.get(1), keys1.get(2))
			.endsWith(keys1.get(3));
		assertThat(this.jdbc.queryForList("""
				select p.change from vision_paragraph p join vision_version v on v.id = p.version_id
				join dialogue d on d.id = v.dialogue_id where d.slug = ? and v.number = 2 order by p.position""",
				String.class, this.slug))
			.containsExactly("UNCHANGED", "UNCHANGED", "MODIFIED", "NEW", "UNCHANGED");

		Document page = Jsoup.parse(new WebClient(this.mvc).perform(get(this.base)).getContentAsString());
		assertThat(page.select("#version-heading").text()).isEqualTo("Version 2 of 2");
		assertThat(page.select(".vision-paragraph h3").text()).as("a Markdown # under the page’s h1 and h2")
			.isEqualTo("Geita 2030");
		assertThat(page.select("#paragraph-" + keys1.get(2) + " .badge").text()).isEqualTo("Changed in this version");

		Document diff = Jsoup
			.parse(new WebClient(this.mvc).perform(get(this.base + "/diff?from=1&to=2")).getContentAsString());
		assertThat(diff.select(".diff-modified del").text()).isEqualTo("removed: three months.");
		assertThat(diff.select(".diff-modified ins").text()).isEqualTo("added: ninety days.");
		assertThat(diff.select(".diff-added").text()).contains("timbered");
		assertThat(diff.text()).contains("Paragraphs added: 1, removed: 0, changed: 1, moved: 0.");
	}

	@Test
	void publishingTwiceByADoubleTapMakesOneVersion() throws Exception {
		WebClient facilitator = client(this.facilitator);
		String version = Jsoup.parse(facilitator.perform(get(this.base + "/edit")).getContentAsString())
			.select("input[name=version]")
			.val();
		for (int tap = 0; tap < 2; tap++) {
			assertThat(facilitator
				.perform(post(this.base + "/versions").param("text", V1)
					.param("changeSummary", "First draft")
					.param("version", version))
				.getRedirectedUrl()).as("tap " + tap).isEqualTo(this.base + "/versions/1");
		}
		assertThat(keys(2)).isEmpty();
		// A different text on the same old form is still a conflict, keeping what was
		// typed.
		MockHttpServletResponse stale = facilitator
			.perform(post(this.base + "/versions").param("text", V1 + "\n\nOne more paragraph.")
				.param("changeSummary", "First draft")
				.param("version", version));
		assertThat(stale.getStatus()).isEqualTo(409);
		assertThat(Jsoup.parse(stale.getContentAsString()).select("textarea#text").text())
			.contains("One more paragraph.");
	}

	@Test
	void enterInTheChangeSummarySavesTheWorkingTextAndKeepsTheSummary() throws Exception {
		publish(V1, "First");
		WebClient facilitator = client(this.facilitator);
		Document edit = Jsoup.parse(facilitator.perform(get(this.base + "/edit")).getContentAsString());
		org.jsoup.nodes.Element form = edit.select("form:has(input[name=changeSummary])").first();
		// Enter in a text field sends the form with its first submit button: the save.
		org.jsoup.nodes.Element first = form.select("button[type=submit]").first();
		assertThat(first.hasAttr("formaction")).isFalse();
		assertThat(first.attr("name")).isEmpty();
		MockHttpServletResponse saved = facilitator
			.perform(post(form.attr("action")).param("version", form.select("input[name=version]").val())
				.param("text", V1 + "\n\nWater is tested every month.")
				.param("changeSummary", "Added monthly water tests"));
		assertThat(saved.getRedirectedUrl()).isEqualTo(this.base + "/edit");
		Document again = Jsoup.parse(facilitator.perform(get(this.base + "/edit")).getContentAsString());
		assertThat(again.select("input[name=changeSummary]").val()).as("the summary typed is kept")
			.isEqualTo("Added monthly water tests");
		assertThat(again.select(".alert").text()).contains("nothing was published", "is kept below");
		assertThat(again.select("textarea#text").text()).contains("Water is tested every month.");
		assertThat(keys(2)).as("nothing published").isEmpty();
		// Once shown, it is not kept forever.
		assertThat(Jsoup.parse(facilitator.perform(get(this.base + "/edit")).getContentAsString())
			.select("input[name=changeSummary]")
			.val()).isEmpty();
	}

	@Test
	void theSecondFacilitatorSavingGetsAConflictThatKeepsTheirText() throws Exception {
		WebClient first = client(this.facilitator);
		WebClient second = client(this.coFacilitator);
		String version = Jsoup.parse(first.perform(get(this.base + "/edit")).getContentAsString())
			.select("input[name=version]")
			.val();
		assertThat(first
			.perform(post(this.base + "/edit").param("text", "Mercury-free by 2030.").param("version", version))
			.getRedirectedUrl()).isEqualTo(this.base + "/edit");
		// Both started before anything was saved: the second is a conflict too.
		MockHttpServletResponse conflict = second
			.perform(post(this.base + "/edit").param("text", "Mercury-free by 2028.").param("version", version));
		assertThat(conflict.getStatus()).isEqualTo(409);
		Document page = Jsoup.parse(conflict.getContentAsString());
		assertThat(page.select("textarea#text").text()).isEqualTo("Mercury-free by 2028.");
		assertThat(page.select(".alert.error ins").text()).contains("2028.");
		assertThat(page.select(".alert.error del").text()).contains("2030.");
		assertThat(this.jdbc.queryForObject("""
				select working_text from vision_draft v join dialogue d on d.id = v.dialogue_id where d.slug = ?""",
				String.class, this.slug))
			.isEqualTo("Mercury-free by 2030.");
	}

	@Test
	void membersSetOneStancePerParagraphEvenInParallelAndOnlyOnTheNewestVersion() throws Exception {
		publish(V1, "First");
		String key = keys(1).get(1);
		String stance = this.base + "/versions/1/paragraphs/" + key + "/stance";
		WebClient miner = client(this.miner);
		List<Integer> statuses = Parallel.run(20,
				(Parallel.IndexedTask<Integer>) (i) -> miner
					.perform(post(stance).param("stance", (i % 2 == 0) ? "AGREE" : "DISAGREE"))
					.getStatus());
		assertThat(statuses).containsOnly(302);
		assertThat(stances(key)).isEqualTo(1);
		miner.perform(post(stance).param("stance", "CAN_LIVE_WITH"));
		assertThat(miner.lastFlash()).containsEntry("flashSuccess", "vision.stance.saved")
			.containsEntry("flashParagraph", key);
		assertThat(this.jdbc.queryForObject("select stance from vision_stance where paragraph_key = ? and version_id = "
				+ "(select v.id from vision_version v join dialogue d on d.id = v.dialogue_id where d.slug = ? and v.number = 1)",
				String.class, key, this.slug))
			.isEqualTo("CAN_LIVE_WITH");
		client(this.buyer).perform(post(stance).param("stance", "DISAGREE"));
		Document page = Jsoup.parse(miner.perform(get(this.base)).getContentAsString());
		assertThat(page.select("#paragraph-" + key + " .stance-numbers").text())
			.isEqualTo("Agree: 0 · Can live with it: 1 · Disagree: 1");
		assertThat(page.select("#paragraph-" + key + " input[value=CAN_LIVE_WITH]").attr("checked")).isNotNull();

		Document ground = Jsoup
			.parse(new WebClient(this.mvc).perform(get(this.base + "/versions/1/common-ground")).getContentAsString());
		assertThat(ground.select("table.heat thead th").eachText()).as("the dissenting group's column comes first")
			.containsSubsequence("Buyer, trader or refiner", "Artisanal miner");
		assertThat(ground.select("table.heat tbody tr").first().select("td.heat-cell .visually-hidden").eachText())
			.as("each cell says in words what its colour shows")
			.contains("Accepts: Agree: 0 · Can live with it: 1 · Disagree: 0",
					"Rejects: Agree: 0 · Can live with it: 0 · Disagree: 1");
		assertThat(ground.select("table.heat tbody tr").first().select("td.leaning-REJECTS")).hasSize(1);
		assertThat(ground.select(".callouts .callout.contested").first().text()).startsWith("Paragraph 1")
			.contains("Contested", "Rejected by: Buyer, trader or refiner");
		assertThat(ground.select(".callouts .dissent").text()).contains("Buyer, trader or refiner (1 paragraph)");

		publish(V1 + "\n\nA new last paragraph.", "Second");
		WebClient again = client(this.miner);
		again.perform(post(stance).param("stance", "AGREE"));
		assertThat(again.lastFlash()).containsEntry("flashError", "vision.error.old-version");
		assertThat(client(this.accounts.participant("Not A Member"))
			.perform(post(this.base + "/versions/2/paragraphs/" + key + "/stance").param("stance", "AGREE"))
			.getStatus()).isEqualTo(302);
		assertThat(stances(key)).isEqualTo(2);
	}

	@Test
	void commentsOnAParagraphFollowItAcrossVersionsAndFacilitatorsAnswerThem() throws Exception {
		publish(V1, "First");
		String key = keys(1).get(2);
		WebClient miner = client(this.miner);
		String posted = miner
			.perform(post(this.base + "/versions/1/comments").param("paragraphKey", key)
				.param("body", "Three months is too slow for us."))
			.getRedirectedUrl();
		long commentId = Long.parseLong(posted.substring(posted.indexOf("#comment-") + 9));
		client(this.buyer).perform(post(this.base + "/versions/1/comments").param("body", "On the whole: good start."));
		publish(V1.replace("three months", "ninety days"), "Faster licences");

		MockHttpServletResponse late = miner.perform(post(this.base + "/versions/1/comments").param("paragraphKey", key)
			.param("body", "Written while version 2 was published."));
		assertThat(late.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(late.getContentAsString()).select(".field-error").text())
			.contains("Stances and new comments go on the newest version.");
		assertThat(Jsoup.parse(late.getContentAsString()).select("textarea[name=body]").text())
			.isEqualTo("Written while version 2 was published.");
		assertThat(miner
			.perform(post(this.base + "/versions/2/paragraphs/" + keys(2).get(0) + "/stance").param("stance", "AGREE"))
			.getStatus()).as("no stance on a heading").isEqualTo(404);
		Document v2 = Jsoup.parse(new WebClient(this.mvc).perform(get(this.base)).getContentAsString());
		assertThat(v2.select("#comments-" + key + " #comment-" + commentId + " .badge").text())
			.isEqualTo("on version 1");
		assertThat(v2.select("#paragraph-" + key + " details.paragraph-comments summary").text())
			.isEqualTo("1 comment");
		assertThat(v2.select("#comments li.comment")).as("whole-version comments are per version").isEmpty();
		Document v1 = Jsoup.parse(new WebClient(this.mvc).perform(get(this.base + "/versions/1")).getContentAsString());
		assertThat(v1.select("#comments li.comment .prose").text()).isEqualTo("On the whole: good start.");

		String answer = "/dialogues/" + this.slug + "/vision/comments/" + commentId + "/answer";
		assertThat(client(this.buyer).perform(post(answer).param("disposition", "INCORPORATED").param("reason", "x"))
			.getStatus()).isEqualTo(404);
		client(this.facilitator).perform(post(answer).param("disposition", "INCORPORATED")
			.param("reason", "Shortened to ninety days.")
			.param("landedVersion", "2"));
		Document answered = Jsoup.parse(new WebClient(this.mvc).perform(get(this.base)).getContentAsString());
		assertThat(answered.select("#comment-" + commentId + " .answer").text()).contains("Incorporated",
				"in version 2", "Shortened to ninety days.");

		Document report = Jsoup
			.parse(new WebClient(this.mvc).perform(get(this.base + "/you-said-we-did")).getContentAsString());
		assertThat(report.select("table.tally tbody tr:contains(Artisanal miner) td").eachText()).startsWith("1", "1");
		assertThat(report.select(".said:contains(Three months is too slow) .answer").text()).contains("Incorporated");
		assertThat(report.select(".said:contains(good start) .hint").text()).contains("not answered");
		Document minersOnly = Jsoup
			.parse(new WebClient(this.mvc).perform(get(this.base + "/you-said-we-did?group=BUYER&disposition=NONE"))
				.getContentAsString());
		assertThat(minersOnly.select(".said")).hasSize(1);
		assertThat(minersOnly.select(".said").text()).contains("good start");
		Document paragraphPage = Jsoup.parse(
				new WebClient(this.mvc).perform(get(this.base + "/versions/2/paragraphs/" + key)).getContentAsString());
		assertThat(paragraphPage.select("#comments-" + key + " #comment-" + commentId)).hasSize(1);
	}

	@Test
	void aPseudonymWithoutARegionIsCountedAndFilteredUnderItsGroup() throws Exception {
		this.jdbc.update("update account set region = null where email = ?", this.miner);
		publish(V1, "First");
		client(this.miner).perform(post(this.base + "/versions/1/comments").param("body", "Scales for every pit."));

		Document report = Jsoup
			.parse(new WebClient(this.mvc).perform(get(this.base + "/you-said-we-did")).getContentAsString());
		assertThat(report.select("table.tally tbody th").eachText()).containsExactly("Artisanal miner");
		assertThat(report.select("table.tally tbody tr:contains(Artisanal miner) td").eachText()).startsWith("1", "0");
		assertThat(report.select(".table-scroll[role=region]").attr("aria-label"))
			.as("the region is not named like the section around it")
			.isNotEqualTo(report.select("#tally-heading").text());
		Document miners = Jsoup
			.parse(new WebClient(this.mvc).perform(get(this.base + "/you-said-we-did?group=ARTISANAL_MINER"))
				.getContentAsString());
		assertThat(miners.select(".said").text()).contains("Scales for every pit.");
	}

	@Test
	void facilitatorsAnswerFromTheirQueueReachedFromHomeAndFromAComment() throws Exception {
		publish(V1, "First");
		String posted = client(this.miner)
			.perform(post(this.base + "/versions/1/comments").param("body", "Who pays for the new scales?"))
			.getRedirectedUrl();
		long commentId = Long.parseLong(posted.substring(posted.indexOf("#comment-") + 9));
		String queue = this.base + "/you-said-we-did?disposition=NONE";
		WebClient facilitator = client(this.facilitator);

		Document home = Jsoup.parse(facilitator.perform(get("/")).getContentAsString());
		assertThat(home.select(".waiting a[href='" + queue + "']").text())
			.isEqualTo("1 vision comment not answered yet");
		Document comment = Jsoup
			.parse(facilitator.perform(get("/dialogues/" + this.slug + "/comments/" + commentId)).getContentAsString());
		assertThat(comment.select("a[href='" + this.base + "/you-said-we-did#comment-" + commentId + "']").text())
			.isEqualTo("Answer this comment");
		assertThat(Jsoup
			.parse(client(this.buyer).perform(get("/dialogues/" + this.slug + "/comments/" + commentId))
				.getContentAsString())
			.select("a:contains(Answer this comment)")).as("only for facilitators").isEmpty();

		this.jdbc.update("update comment set language = 'sw' where id = ?", commentId);
		Document page = Jsoup.parse(facilitator.perform(get(queue)).getContentAsString());
		assertThat(page.select("h1").text()).isEqualTo("Answer queue");
		assertThat(page.select("#comment-" + commentId + " > .prose").attr("lang"))
			.as("a comment in another language than the page's says so")
			.isEqualTo("sw");
		org.jsoup.nodes.Element form = page.select("#comment-" + commentId + " details.answer-box[open] form").first();
		assertThat(form).as("the answer form is open under the comment").isNotNull();
		assertThat(form.select("input[name=back]").val()).isEqualTo(queue);
		assertThat(
				Jsoup.parse(client(this.buyer).perform(get(queue)).getContentAsString()).select("details.answer-box"))
			.isEmpty();

		// Errors come back in the reader's language beside the field, with what was
		// chosen
		// and typed kept and the form open.
		String tooLong = "Because ".repeat(130);
		for (String[] attempt : new String[][] { { "NOT_INCORPORATED", "", "Give a reason." },
				{ "NOTED", tooLong, "Give a reason of at most 1,000 characters." } }) {
			MockHttpServletResponse refused = facilitator.perform(post(form.attr("action")).param("back", queue)
				.param("disposition", attempt[0])
				.param("reason", attempt[1]));
			assertThat(refused.getRedirectedUrl()).isEqualTo(queue + "#comment-" + commentId);
			Document again = Jsoup.parse(facilitator.perform(get(queue)).getContentAsString());
			org.jsoup.nodes.Element box = again.select("#comment-" + commentId + " details.answer-box[open]").first();
			assertThat(box).as(attempt[0]).isNotNull();
			assertThat(again.select(".alert").text()).as(attempt[0]).contains(attempt[2]).doesNotContain("??");
			assertThat(box.select(".field-error").text()).as(attempt[0]).endsWith(attempt[2]);
			assertThat(box.select("select[name=disposition] option[selected]").val()).isEqualTo(attempt[0]);
			assertThat(box.select("textarea[name=reason]").text()).isEqualTo(attempt[1].strip());
		}

		// With no disposition, no reason and a version that does not exist, each error
		// shows beside its field in the first round.
		MockHttpServletResponse allWrong = facilitator.perform(post(form.attr("action")).param("back", queue)
			.param("disposition", "")
			.param("reason", "")
			.param("landedVersion", "99"));
		assertThat(allWrong.getRedirectedUrl()).isEqualTo(queue + "#comment-" + commentId);
		org.jsoup.nodes.Element box = Jsoup.parse(facilitator.perform(get(queue)).getContentAsString())
			.select("#comment-" + commentId + " details.answer-box[open]")
			.first();
		for (String[] field : new String[][] { { "disposition", "Choose what became of the comment." },
				{ "reason", "Give a reason." }, { "landed", "Choose a version that exists." } }) {
			org.jsoup.nodes.Element control = box.selectFirst("#" + field[0] + "-" + commentId);
			assertThat(control.attr("aria-invalid")).as(field[0]).isEqualTo("true");
			assertThat(control.attr("aria-describedby")).as(field[0]).isEqualTo(field[0] + "-error-" + commentId);
			assertThat(box.select("#" + field[0] + "-error-" + commentId).text()).as(field[0]).endsWith(field[1]);
		}
		// A disposition chosen with a version that does not exist: the error is beside
		// the
		// version, the disposition kept.
		facilitator.perform(post(form.attr("action")).param("back", queue)
			.param("disposition", "NOTED")
			.param("reason", "Noted for version 2.")
			.param("landedVersion", "99"));
		box = Jsoup.parse(facilitator.perform(get(queue)).getContentAsString())
			.select("#comment-" + commentId + " details.answer-box[open]")
			.first();
		assertThat(box.select(".field-error").eachAttr("id")).containsExactly("landed-error-" + commentId);
		assertThat(box.select("#landed-error-" + commentId).text()).endsWith("Choose a version that exists.");
		assertThat(box.select("select[name=disposition] option[selected]").val()).isEqualTo("NOTED");
		assertThat(box.select("textarea[name=reason]").text()).isEqualTo("Noted for version 2.");

		// The version chosen comes back with the form when another field is wrong.
		publish(V1.replace("three months", "ninety days"), "Faster licences");
		publish(V1.replace("three months", "sixty days"), "Even faster licences");
		facilitator.perform(post(form.attr("action")).param("back", queue)
			.param("disposition", "INCORPORATED")
			.param("reason", "")
			.param("landedVersion", "2"));
		box = Jsoup.parse(facilitator.perform(get(queue)).getContentAsString())
			.select("#comment-" + commentId + " details.answer-box[open]")
			.first();
		assertThat(box.select(".field-error").eachAttr("id")).containsExactly("reason-error-" + commentId);
		assertThat(box.select("select[name=disposition] option[selected]").val()).isEqualTo("INCORPORATED");
		assertThat(box.select("select[name=landedVersion] option").eachAttr("value"))
			.as("only the versions published after the one commented on (1)")
			.containsExactly("", "3", "2");
		assertThat(box.select("select[name=landedVersion] option[selected]").val()).isEqualTo("2");

		// A comment on version 1 cannot have landed in version 1, published before it:
		// refused beside the version, whatever the list offered.
		facilitator.perform(post(form.attr("action")).param("back", queue)
			.param("disposition", "INCORPORATED")
			.param("reason", "Taken in.")
			.param("landedVersion", "1"));
		box = Jsoup.parse(facilitator.perform(get(queue)).getContentAsString())
			.select("#comment-" + commentId + " details.answer-box[open]")
			.first();
		assertThat(box.select(".field-error").eachAttr("id")).containsExactly("landed-error-" + commentId);
		assertThat(box.select("#landed-error-" + commentId).text())
			.endsWith("Choose a version published after the one the comment is on: "
					+ "that version had already been published.");
		assertThat(this.jdbc.queryForObject("select count(*) from vision_disposition where comment_id = ?",
				Integer.class, commentId))
			.isZero();

		// Only an incorporated comment went into a version: "Not incorporated · in
		// version 2" is refused beside the version, in the reader's language.
		for (String disposition : new String[] { "NOT_INCORPORATED", "NOTED" }) {
			facilitator.perform(post(form.attr("action")).param("back", queue)
				.param("disposition", disposition)
				.param("reason", "Not for the vision.")
				.param("landedVersion", "2"));
			box = Jsoup.parse(facilitator.perform(get(queue)).getContentAsString())
				.select("#comment-" + commentId + " details.answer-box[open]")
				.first();
			assertThat(box).as(disposition).isNotNull();
			assertThat(box.select(".field-error").eachAttr("id")).as(disposition)
				.containsExactly("landed-error-" + commentId);
			assertThat(box.select("#landed-error-" + commentId).text())
				.endsWith("Only an incorporated or partly incorporated comment went into a version: "
						+ "choose \"Not in a version\".");
			assertThat(box.select("select[name=disposition] option[selected]").val()).isEqualTo(disposition);
		}
		assertThat(this.jdbc.queryForObject("select count(*) from vision_disposition where comment_id = ?",
				Integer.class, commentId))
			.isZero();
		facilitator.perform(post("/language").param("lang", "sw"));
		facilitator.perform(post(form.attr("action")).param("back", queue)
			.param("disposition", "NOTED")
			.param("reason", "Imezingatiwa.")
			.param("landedVersion", "2"));
		assertThat(Jsoup.parse(facilitator.perform(get(queue)).getContentAsString())
			.select("#landed-error-" + commentId)
			.text()).contains("Haimo kwenye toleo lolote").doesNotContain("??");
		facilitator.perform(post("/language").param("lang", "en"));

		MockHttpServletResponse saved = facilitator.perform(post(form.attr("action")).param("back", queue)
			.param("disposition", "NOTED")
			.param("reason", "The buyers will discuss it."));
		assertThat(saved.getRedirectedUrl()).isEqualTo(queue + "#comment-" + commentId);
		assertThat(Jsoup.parse(facilitator.perform(get(queue)).getContentAsString()).select("#comment-" + commentId))
			.as("answered, it leaves the queue")
			.isEmpty();
		assertThat(Jsoup.parse(facilitator.perform(get("/")).getContentAsString()).select(".waiting")).isEmpty();
	}

	private void publish(String text, String summary) throws Exception {
		client(this.facilitator)
			.perform(post(this.base + "/versions").param("text", text).param("changeSummary", summary));
	}

	private List<String> keys(int number) {
		return this.jdbc.queryForList("""
				select p.paragraph_key from vision_paragraph p join vision_version v on v.id = p.version_id
				join dialogue d on d.id = v.dialogue_id where d.slug = ? and v.number = ? order by p.position""",
				String.class, this.slug, number);
	}

	private int stances(String key) {
		return this.jdbc.queryForObject("""
				select count(*) from vision_stance s join vision_version v on v.id = s.version_id
				join dialogue d on d.id = v.dialogue_id where d.slug = ? and s.paragraph_key = ?""", Integer.class,
				this.slug, key);
	}

	private WebClient client(String email) throws Exception {
		WebClient client = new WebClient(this.mvc, TestAccounts.newAddress());
		client.logIn(email, TestAccounts.PASSWORD);
		return client;
	}

}
