package org.commonground.moderation;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.commonground.account.AccountRole;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.DisplayMode;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.shared.audit.AuditAction;
import org.commonground.shared.audit.AuditEvent;
import org.commonground.shared.web.TimeZones;
import org.commonground.support.IntegrationTest;
import org.commonground.support.Mailbox;
import org.commonground.support.Parallel;
import org.commonground.support.TestAccounts;
import org.commonground.support.TestChallenges;
import org.commonground.support.TestDialogues;
import org.commonground.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Moderation end to end through the real filter chain: reports, the queue, hiding with a
 * placeholder, reviews decided by someone else, automatic hiding, pre-moderation, locked
 * discussions, and the audit and public logs.
 */
class ModerationIT extends IntegrationTest {

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
	AuditLog auditLog;

	@Autowired
	Mailbox mailbox;

	@Autowired
	JdbcTemplate jdbc;

	String facilitator;

	String miner;

	String ngo;

	String official;

	String slug;

	@BeforeEach
	void dialogueWithMembers() {
		this.facilitator = this.accounts.create("Fiona Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		this.miner = this.accounts.create("Musa Miner", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		this.ngo = this.accounts.create("Neema Ngo", AccountRole.PARTICIPANT, "CIVIL_SOCIETY");
		this.official = this.accounts.create("Omari Official", AccountRole.PARTICIPANT, "GOVERNMENT");
		this.slug = this.dialogues.create(this.facilitator, "Moderated", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		this.dialogues.addMember(this.slug, this.facilitator, this.miner, DisplayMode.PSEUDONYMOUS);
		this.dialogues.addMember(this.slug, this.facilitator, this.ngo, DisplayMode.NAMED);
		this.dialogues.addMember(this.slug, this.facilitator, this.official, DisplayMode.NAMED);
	}

	@Test
	void aMemberReportsOnceEvenWithTenParallelReportsAndTheQueueShowsIt() throws Exception {
		long challenge = this.challenges.raise(this.slug, this.miner, "Buyers cheat on the scales");
		long comment = this.challenges.comment(this.slug, this.official, challenge, null, "Miners always lie.");
		String report = "/dialogues/" + this.slug + "/comments/" + comment + "/report";

		WebClient ngo = client(this.ngo);
		Document form = Jsoup.parse(ngo.perform(get(report)).getContentAsString());
		assertThat(form.select("a[href=/guidelines]")).isNotEmpty();
		assertThat(form.select("input[name=reason]")).hasSize(5);
		// The author as the comment names them, not as a former participant.
		assertThat(form.select(".moderated-item .meta").text()).contains("Omari Official")
			.doesNotContain("Former participant");
		// A pseudonym stays one on the report form.
		String pseudonymous = Jsoup
			.parse(ngo.perform(get("/dialogues/" + this.slug + "/challenges/" + challenge + "/report"))
				.getContentAsString())
			.select(".moderated-item .meta")
			.text();
		assertThat(pseudonymous).doesNotContain("Musa Miner").doesNotContain("Former participant");
		Document missing = Jsoup.parse(ngo.perform(post(report).param("note", "My careful note")).getContentAsString());
		assertThat(missing.select("#reason-error").text()).contains("Choose a reason.");
		assertThat(missing.select("textarea#note").text()).isEqualTo("My careful note");
		// "Other" needs the note that explains it: the error beside the note, the choice
		// kept, nothing reported.
		Document unexplained = Jsoup
			.parse(ngo.perform(post(report).param("reason", "OTHER").param("note", "  ")).getContentAsString());
		assertThat(unexplained.select("#note-error").text()).contains("explain in the note");
		assertThat(unexplained.select("input[name=reason][value=OTHER]").hasAttr("checked")).isTrue();
		assertThat(reports(comment)).isZero();

		List<Integer> statuses = Parallel.run(10,
				() -> ngo.perform(post(report).param("reason", "ABUSE").param("note", "Insults miners")).getStatus());
		assertThat(statuses).containsOnly(302);
		assertThat(reports(comment)).isEqualTo(1);
		assertThat(openReports("COMMENT", comment)).isEqualTo(1);
		ngo.perform(post(report).param("reason", "SPAM"));
		// Nothing new happened: said as information, not as a success.
		assertThat(ngo.lastFlash()).containsEntry("flashInfo", "report.already").doesNotContainKey("flashSuccess");
		assertThat(Jsoup.parse(ngo.perform(get(report)).getContentAsString()).select("form[action$=/report]"))
			.isEmpty();

		// One more member, then the facilitator sees two open reports first in the queue.
		client(this.miner).perform(post(report).param("reason", "ABUSE"));
		long other = this.challenges.comment(this.slug, this.ngo, challenge, null, "Off-topic chatter");
		client(this.miner)
			.perform(post("/dialogues/" + this.slug + "/comments/" + other + "/report").param("reason", "OFF_TOPIC"));
		Document queue = Jsoup.parse(
				client(this.facilitator).perform(get("/dialogues/" + this.slug + "/moderation")).getContentAsString());
		assertThat(queue.select(".queue-item .badge.reports").eachText()).containsExactly("2 open reports",
				"1 open report");
		assertThat(queue.select(".queue-item").first().text()).contains("Miners always lie.", "Insults miners",
				"reported by Neema Ngo");
		assertThat(queue.select(".queue-item").first().select("a[href$=/comments/" + comment + "]")).isNotEmpty();
		// The facilitator's home page counts the three open reports and leads to the
		// queue.
		Document home = Jsoup.parse(client(this.facilitator).perform(get("/")).getContentAsString());
		assertThat(home.select(".waiting a[href='/dialogues/" + this.slug + "/moderation']").text())
			.isEqualTo("3 open reports");
		assertThat(Jsoup.parse(client(this.ngo).perform(get("/")).getContentAsString()).select(".waiting"))
			.as("only for its facilitators")
			.isEmpty();

		// Members do not see the queue, nor may they report their own comment.
		assertThat(client(this.ngo).perform(get("/dialogues/" + this.slug + "/moderation")).getStatus()).isEqualTo(404);
		assertThat(client(this.official).perform(get(report)).getStatus()).isEqualTo(404);
	}

	@Test
	void theQueuesNameTheirTimeZoneOnceAsTheRestOfTheSiteDoes() throws Exception {
		this.jdbc.update("update dialogue set time_zone = 'Africa/Dar_es_Salaam' where slug = ?", this.slug);
		long challenge = this.challenges.raise(this.slug, this.miner, "Buyers cheat on the scales");
		long comment = this.challenges.comment(this.slug, this.official, challenge, null, "Miners always lie.");
		client(this.ngo)
			.perform(post("/dialogues/" + this.slug + "/comments/" + comment + "/report").param("reason", "ABUSE"));

		Document queue = Jsoup.parse(
				client(this.facilitator).perform(get("/dialogues/" + this.slug + "/moderation")).getContentAsString());
		assertThat(queue.select(".queue-item .badges .meta").text())
			.matches("waiting since \\d{1,2} \\S+ \\d{4} \\d{2}:\\d{2} East Africa Time");
		assertThat(queue.select(".moderation-queue").text()).doesNotContain("UTC");
		WebClient inSwahili = client(this.facilitator);
		inSwahili.perform(post("/language").param("lang", "sw"));
		Document swahili = Jsoup
			.parse(inSwahili.perform(get("/dialogues/" + this.slug + "/moderation")).getContentAsString());
		assertThat(swahili.select(".queue-item .badges .meta").text()).endsWith("Saa za Afrika Mashariki")
			.doesNotContain("UTC");

		String admin = this.accounts.create("Ada Admin", AccountRole.ADMIN, "CIVIL_SOCIETY");
		// The admins' queue and log, over every dialogue, show an entry of a dialogue in
		// that dialogue's zone, as its own pages do.
		WebClient adminClient = client(admin);
		Document global = Jsoup
			.parse(adminClient.perform(get("/admin/moderation").param("dialogue", this.slug)).getContentAsString());
		assertThat(global.select(".queue-item .badges .meta").eachText()).isNotEmpty()
			.allMatch((t) -> t.matches("waiting since \\d{1,2} \\S+ \\d{4} \\d{2}:\\d{2} East Africa Time"));
		assertThat(global.select(".queue-item .moderated-item time").eachText()).isNotEmpty()
			.allMatch((t) -> t.matches("\\d{1,2} \\S+ \\d{4} \\d{2}:\\d{2} East Africa Time"));
		assertThat(global.select(".queue-item .moderated-item time").attr("datetime")).endsWith("+03:00");
		adminClient.perform(post("/admin/accounts/" + accountId(this.miner) + "/suspend").param("confirmed", "true"));
		this.jdbc.update("""
				insert into audit_entry (occurred_at, actor_id, action, dialogue_id, subject_type, subject_id)
				select now(), ?, 'DIALOGUE_EDITED', d.id, 'DIALOGUE', d.id from dialogue d where d.slug = ?""",
				accountId(admin), this.slug);
		Document audit = Jsoup
			.parse(adminClient.perform(get("/admin/audit").param("actor", "Ada Admin")).getContentAsString());
		// The admins' log, over every dialogue, is one chronological list in one zone,
		// named once.
		assertThat(audit.select("#audit-zone").text()).isEqualTo("Times are in Coordinated Universal Time.");
		assertThat(audit.select("#filter-from-hint").text()).isEqualTo("Days in Coordinated Universal Time.");
		assertThat(audit.select("tbody tr time").eachAttr("datetime")).isNotEmpty().allMatch((t) -> t.endsWith("Z"));
		assertThat(audit.select("tbody tr time").eachText())
			.allMatch((t) -> t.matches("\\d{1,2} \\S+ \\d{4} \\d{2}:\\d{2}"));
	}

	@Test
	void aRowDatedOnADayIsFoundByFilteringOnThatDayOnTheAdminsLogAndOnTheDialoguesLog() throws Exception {
		String admin = this.accounts.admin("Zone Admin");
		// 22:30 UTC on 6 December is 01:30 on 7 December in the dialogue's East Africa
		// Time.
		this.jdbc.update("""
				insert into audit_entry (occurred_at, actor_id, action, dialogue_id, subject_type, subject_id, note)
				select timestamptz '2026-12-06 22:30:00+00', ?, 'DIALOGUE_EDITED', d.id, 'DIALOGUE', d.id, 'late edit'
				from dialogue d where d.slug = ?""", accountId(admin), this.slug);
		WebClient adminClient = client(admin);
		String row = "tbody tr:contains(late edit)";
		Document all = Jsoup
			.parse(adminClient.perform(get("/admin/audit").param("dialogue", this.slug)).getContentAsString());
		assertThat(all.select(row + " time").text()).isEqualTo("6 Dec 2026 22:30");
		Document onTheDay = Jsoup.parse(adminClient.perform(
				get("/admin/audit").param("dialogue", this.slug).param("from", "2026-12-06").param("to", "2026-12-06"))
			.getContentAsString());
		assertThat(onTheDay.select(row)).hasSize(1);

		WebClient facilitator = client(this.facilitator);
		String audit = "/dialogues/" + this.slug + "/moderation/audit";
		Document own = Jsoup.parse(facilitator.perform(get(audit)).getContentAsString());
		assertThat(own.select(row + " time").text()).isEqualTo("7 Dec 2026 01:30");
		assertThat(own.select("#audit-zone").text()).isEqualTo("Times are in East Africa Time.");
		assertThat(own.select("#filter-to-hint").text()).isEqualTo("Days in East Africa Time.");
		assertThat(Jsoup
			.parse(facilitator.perform(get(audit).param("from", "2026-12-07").param("to", "2026-12-07"))
				.getContentAsString())
			.select(row)).hasSize(1);
		assertThat(Jsoup
			.parse(facilitator.perform(get(audit).param("from", "2026-12-06").param("to", "2026-12-06"))
				.getContentAsString())
			.select(row)).isEmpty();

		// A day that is no date is said beside its field, with the text kept, not a 400
		// page.
		Document bad = Jsoup.parse(adminClient.perform(get("/admin/audit").param("from", "abc")).getContentAsString());
		assertThat(bad.select("#filter-from-invalid").text()).contains("Enter a date such as 2026-12-07");
		assertThat(bad.select("#filter-from").val()).isEqualTo("abc");
		assertThat(bad.select("#filter-from").attr("aria-invalid")).isEqualTo("true");
	}

	@Test
	void aHiddenCommentLeavesADatedPlaceholderWithItsRepliesAndTheAuthorIsToldWhy() throws Exception {
		long challenge = this.challenges.raise(this.slug, this.miner, "Licences take two years");
		long comment = this.challenges.comment(this.slug, this.official, challenge, null,
				"Call Musa on +255 700 000 000.");
		long reply = this.challenges.comment(this.slug, this.ngo, challenge, comment, "Please do not share numbers.");
		String moderate = "/dialogues/" + this.slug + "/moderation/comments/" + comment;

		WebClient facilitator = client(this.facilitator);
		MockHttpServletResponse noReason = facilitator.perform(
				post(moderate + "/hide").param("note", "Kept note").header("Referer", "http://localhost" + moderate));
		Document again = Jsoup.parse(noReason.getContentAsString());
		assertThat(again.select("form.lang-switch input[name=return]").val())
			.as("switching language goes back to the case page, not to the post-only address")
			.isEqualTo(moderate);
		assertThat(again.select("#reason-error").text()).contains("Choose a reason.");
		assertThat(again.select("form[action$=/hide] textarea#note").text()).isEqualTo("Kept note");

		facilitator.perform(post(moderate + "/hide").param("reason", "PERSONAL_INFORMATION")
			.param("note", "A phone number can put him at risk."));
		assertThat(facilitator.lastFlash()).containsEntry("flashSuccess", "moderation.hidden.done");

		String page = "/dialogues/" + this.slug + "/challenges/" + challenge;
		// the page dates in the dialogue's time zone (test dialogues are in Tanzania,
		// UTC+3)
		String today = LocalDate.now(TimeZones.forCountry("TZ"))
			.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
		for (WebClient reader : List.of(new WebClient(this.mvc), client(this.ngo))) {
			Document seen = Jsoup.parse(reader.perform(get(page)).getContentAsString());
			assertThat(seen.select("#comment-" + comment + " > .comment-body .placeholder").text())
				.isEqualTo("Hidden by a moderator on " + today + ": personal information. The replies stay.");
			assertThat(seen.text()).doesNotContain("+255 700");
			assertThat(seen.select("#comment-" + comment + " > .comment-body .byline").text())
				.as("who wrote hidden content is hidden too")
				.doesNotContain("Omari");
			assertThat(seen.select("#comment-" + reply + " .prose").text()).isEqualTo("Please do not share numbers.");
		}
		Document byModerator = Jsoup.parse(facilitator.perform(get(page)).getContentAsString());
		assertThat(byModerator.select("#comment-" + comment + " > .comment-body .prose.moderated").text())
			.contains("+255 700");
		Document byAuthor = Jsoup.parse(client(this.official).perform(get(page)).getContentAsString());
		assertThat(byAuthor.select("#comment-" + comment + " > .comment-body .moderation-note").text())
			.contains("Only you and the moderators can see the text.");
		assertThat(byAuthor.select("#comment-" + comment + " a[href$=/comments/" + comment + "/review]")).hasSize(1);

		String mail = this.mailbox.latestBody(this.official);
		assertThat(mail)
			.contains("Reason: personal information.", "A phone number can put him at risk.",
					"/dialogues/" + this.slug + "/comments/" + comment + "/review")
			.doesNotContain("Fiona");

		assertThat(audit("COMMENT", AuditAction.CONTENT_HIDDEN, comment)).containsExactly("PERSONAL_INFORMATION");
		Document log = Jsoup.parse(new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/moderation-log"))
			.getContentAsString());
		assertThat(log.select("tbody tr").first().select("td").eachText()).containsExactly(today, "hidden", "Comment",
				"personal information");
		assertThat(log.text()).doesNotContain("Fiona", "Omari", "phone number");
	}

	@Test
	void theAuthorAsksOnceForAReviewThatSomeoneElseDecides() throws Exception {
		String second = this.accounts.create("Second Facilitator", AccountRole.FACILITATOR);
		this.dialogues.addMember(this.slug, this.facilitator, second, DisplayMode.NAMED);
		long facilitatorsMembership = this.dialogues.membershipId(this.slug, second);
		client(this.facilitator)
			.perform(post("/dialogues/" + this.slug + "/members/" + facilitatorsMembership + "/facilitator")
				.param("confirmed", "true"));
		long challenge = this.challenges.raise(this.slug, this.miner, "Mercury at the river");
		long comment = this.challenges.comment(this.slug, this.miner, challenge, null,
				"The buyer at Nyarugusu cheats.");
		hide(this.facilitator, "comments", comment, ModerationReason.ABUSE, "Names a person.");

		String review = "/dialogues/" + this.slug + "/comments/" + comment + "/review";
		WebClient author = client(this.miner);
		Document blank = Jsoup.parse(author.perform(post(review).param("note", "  ")).getContentAsString());
		assertThat(blank.select("#note-error").text()).contains("Say why it should be shown again.");
		author.perform(post(review).param("note", "It names a business, not a person; it is my complaint."));
		assertThat(author.lastFlash()).containsEntry("flashSuccess", "review.sent");
		Document twice = Jsoup.parse(author.perform(post(review).param("note", "Again")).getContentAsString());
		assertThat(twice.select("form[action$=/review]")).isEmpty();
		assertThat(twice.select(".alert.info").text()).contains("You asked for a review.");
		assertThat(audit("COMMENT", AuditAction.REVIEW_REQUESTED, comment)).hasSize(1);
		// The facilitators' home page counts the request and leads to the queue, until it
		// is decided.
		assertThat(waiting(this.facilitator)).containsExactly("1 review requested by an author");

		String moderate = "/dialogues/" + this.slug + "/moderation/comments/" + comment;
		WebClient hider = client(this.facilitator);
		Document hiderPage = Jsoup.parse(hider.perform(get(moderate)).getContentAsString());
		assertThat(hiderPage.select("button[value=restore]")).isEmpty();
		assertThat(hiderPage.text()).contains("another facilitator or an admin decides");
		Document refused = Jsoup
			.parse(hider.perform(post(moderate + "/review").param("decision", "restore")).getContentAsString());
		assertThat(refused.select(".alert.error").text()).contains("You hid it, so someone else decides");
		assertThat(status(comment)).isEqualTo("HIDDEN");

		WebClient other = client(second);
		// Restoring through the review shows it to everyone as a plain restore does: the
		// box must be ticked; else the error beside it, the note kept, still hidden.
		MockHttpServletResponse unconfirmed = other
			.perform(post(moderate + "/review").param("decision", "restore").param("note", "Criticism is allowed."));
		assertThat(unconfirmed.getStatus()).isEqualTo(200);
		Document notTicked = Jsoup.parse(unconfirmed.getContentAsString());
		assertThat(notTicked.select(".error-summary a[href=#review-confirmed]").text())
			.startsWith("Tick the box to confirm");
		assertThat(notTicked.select("form[action$=/review] #review-confirmed").attr("aria-invalid")).isEqualTo("true");
		assertThat(notTicked.select("#review-confirmed").attr("aria-describedby")).isEqualTo("review-confirmed-error");
		assertThat(notTicked.select("#review-confirmed-error").text()).contains("Tick the box to confirm");
		assertThat(notTicked.select("form[action$=/review] textarea#review-note").text())
			.isEqualTo("Criticism is allowed.");
		assertThat(status(comment)).isEqualTo("HIDDEN");
		other.perform(post(moderate + "/review").param("decision", "restore")
			.param("confirmed", "true")
			.param("note", "Criticism is allowed."));
		assertThat(other.lastFlash()).containsEntry("flashSuccess", "moderation.restored.done");
		assertThat(status(comment)).isEqualTo("VISIBLE");
		assertThat(waiting(this.facilitator)).as("decided").isEmpty();
		assertThat(this.mailbox.latestBody(this.miner)).contains("was accepted", "Criticism is allowed.");
		Document page = Jsoup
			.parse(new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/challenges/" + challenge))
				.getContentAsString());
		assertThat(page.select("#comment-" + comment + " .prose").text()).isEqualTo("The buyer at Nyarugusu cheats.");
		Document log = Jsoup.parse(new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/moderation-log"))
			.getContentAsString());
		assertThat(log.select("tbody tr td:eq(1)").eachText()).containsExactly("restored after review",
				"review requested by the author", "hidden");
	}

	@Test
	void threeOpenReportsHideAContributionPendingReviewOnceEvenInParallel() throws Exception {
		long challenge = this.challenges.raise(this.slug, this.official, "Nothing to see here, all is fine");
		List<String> reporters = List.of(this.miner, this.ngo, this.accounts.participant("Third Reporter"),
				this.accounts.participant("Fourth Reporter"), this.accounts.participant("Fifth Reporter"));
		for (String reporter : reporters.subList(2, 5)) {
			this.dialogues.addMember(this.slug, this.facilitator, reporter, DisplayMode.NAMED);
		}
		List<WebClient> clients = new java.util.ArrayList<>();
		for (String reporter : reporters) {
			clients.add(client(reporter));
		}
		String report = "/dialogues/" + this.slug + "/challenges/" + challenge + "/report";
		List<Integer> statuses = Parallel.run(5, (Parallel.IndexedTask<Integer>) (
				i) -> clients.get(i).perform(post(report).param("reason", "SPAM")).getStatus());
		assertThat(statuses).containsOnly(302);
		assertThat(moderation("CHALLENGE", challenge)).isEqualTo("HIDDEN");
		assertThat(this.jdbc.queryForObject(
				"select state from moderation_case where content_type = 'CHALLENGE' and content_id = ?", String.class,
				challenge))
			.isEqualTo("AUTO_HIDDEN");
		assertThat(audit("CHALLENGE", AuditAction.CONTENT_AUTO_HIDDEN, challenge)).containsExactly("REPORTED");
		assertThat(this.jdbc.queryForObject(
				"select actor_id from audit_entry where action = 'CONTENT_AUTO_HIDDEN' and subject_type = 'CHALLENGE' and subject_id = ?",
				Long.class, challenge))
			.isNull();

		String list = "/dialogues/" + this.slug + "/challenges";
		String page = list + "/" + challenge;
		assertThat(titles(client(this.ngo), list)).doesNotContain("Nothing to see here, all is fine");
		assertThat(client(this.ngo).perform(get(page)).getStatus()).isEqualTo(404);
		assertThat(new WebClient(this.mvc).perform(get(page)).getStatus()).isEqualTo(404);
		assertThat(titles(client(this.official), list)).contains("Nothing to see here, all is fine");
		Document byAuthor = Jsoup.parse(client(this.official).perform(get(page)).getContentAsString());
		assertThat(byAuthor.select(".alert.warning").text())
			.contains("Hidden automatically on", "after it was reported, until a moderator looks at it")
			.doesNotContain("by a moderator", "several");
		assertThat(this.mailbox.subjects(this.official)).contains("Your contribution was hidden");

		// A moderator dismisses the reports: it is shown again.
		WebClient facilitator = client(this.facilitator);
		Document queue = Jsoup
			.parse(facilitator.perform(get("/dialogues/" + this.slug + "/moderation")).getContentAsString());
		assertThat(queue.select(".queue-item").first().text()).contains("Hidden after reports", "5 open reports");
		facilitator.perform(post("/dialogues/" + this.slug + "/moderation/challenges/" + challenge + "/dismiss"));
		assertThat(facilitator.lastFlash()).containsEntry("flashSuccess", "moderation.dismissed.done");
		assertThat(moderation("CHALLENGE", challenge)).isEqualTo("VISIBLE");
		assertThat(openReports("CHALLENGE", challenge)).isZero();
		assertThat(
				this.jdbc.queryForList("select distinct status from report r join moderation_case c on c.id = r.case_id"
						+ " where c.content_id = ? and c.content_type = 'CHALLENGE'", String.class, challenge))
			.containsExactly("DISMISSED");
		assertThat(titles(client(this.ngo), list)).contains("Nothing to see here, all is fine");
		assertThat(Jsoup.parse(facilitator.perform(get("/dialogues/" + this.slug + "/moderation")).getContentAsString())
			.select(".queue-item")).isEmpty();
	}

	@Test
	void preModerationHoldsANewMembersFirstContributionsUntilApproved() throws Exception {
		WebClient facilitator = client(this.facilitator);
		String settings = "/dialogues/" + this.slug + "/moderation/settings";
		Document invalid = Jsoup
			.parse(facilitator.perform(post(settings).param("premoderateFirst", "99").param("autoHideReports", "3"))
				.getContentAsString());
		assertThat(invalid.select("#premoderateFirst-error").text()).contains("from 0 to 20");
		assertThat(invalid.select("input#premoderateFirst").val()).isEqualTo("99");
		facilitator.perform(
				post(settings).param("premoderateFirst", "1").param("autoHideReports", "3").param("publicLog", "true"));
		assertThat(facilitator.lastFlash()).containsEntry("flashSuccess", "moderation.settings.saved");
		// The audit log tells the change in words, not as the note's codes.
		Document audit = Jsoup
			.parse(facilitator.perform(get("/dialogues/" + this.slug + "/moderation/audit")).getContentAsString());
		assertThat(audit.select(".settings-note").eachText()).contains(
				"a new member’s first contribution held for approval; hidden after 3 open reports; public log on");
		assertThat(audit.text()).doesNotContain("premoderate=");

		String newcomer = this.accounts.create("Nuru Newcomer", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		this.dialogues.addMember(this.slug, this.facilitator, newcomer, DisplayMode.NAMED);
		long first = this.challenges.raise(this.slug, newcomer, "Our pit has no ventilation");
		assertThat(moderation("CHALLENGE", first)).isEqualTo("PENDING");
		String list = "/dialogues/" + this.slug + "/challenges";
		assertThat(titles(client(this.ngo), list)).doesNotContain("Our pit has no ventilation");
		assertThat(client(this.ngo).perform(get(list + "/" + first)).getStatus()).isEqualTo(404);
		Document own = Jsoup.parse(client(newcomer).perform(get(list + "/" + first)).getContentAsString());
		assertThat(own.select(".alert.warning").text()).contains("Awaiting review",
				"A moderator will look at it before others can see it.");
		assertThat(own.select(".badges .badge").eachText()).as("not yet open").doesNotContain("Open");
		assertThat(Jsoup.parse(client(newcomer).perform(get(list)).getContentAsString())
			.select(".challenge-card:has(a:contains(Our pit has no ventilation)) .badge")
			.eachText()).containsExactly("Awaiting review");
		// No form and no invitation to be the first: replies wait for publication.
		assertThat(own.select(".comments .hint").text()).contains("Replies open once it is published.")
			.doesNotContain("Be the first");
		// Facilitators are never held.
		long byFacilitator = this.challenges.raise(this.slug, this.facilitator, "Facilitator's question");
		assertThat(moderation("CHALLENGE", byFacilitator)).isEqualTo("VISIBLE");

		// A comment by the newcomer waits too: others see a placeholder.
		long open = this.challenges.raise(this.slug, this.facilitator, "Water for processing");
		long held = this.challenges.comment(this.slug, newcomer, open, null, "We share one well.");
		assertThat(status(held)).isEqualTo("PENDING");
		assertThat(commentCount(open)).as("a held comment is not counted until approved").isZero();
		Document seen = Jsoup.parse(client(this.ngo).perform(get(list + "/" + open)).getContentAsString());
		assertThat(seen.select("#comment-" + held + " .placeholder").text())
			.isEqualTo("A comment here is awaiting review by a moderator.");
		assertThat(seen.text()).doesNotContain("We share one well.");

		Document queue = Jsoup
			.parse(facilitator.perform(get("/dialogues/" + this.slug + "/moderation")).getContentAsString());
		assertThat(queue.select(".queue-item").eachText())
			.anySatisfy((t) -> assertThat(t).contains("Awaiting approval", "Our pit has no ventilation"));
		// The facilitators' home page counts both held contributions (the challenge and
		// the comment) and leads to the queue.
		assertThat(waiting(this.facilitator)).containsExactly("2 contributions awaiting approval");
		facilitator.perform(post("/dialogues/" + this.slug + "/moderation/challenges/" + first + "/approve"));
		assertThat(facilitator.lastFlash()).containsEntry("flashSuccess", "moderation.approved.done");
		assertThat(titles(client(this.ngo), list)).contains("Our pit has no ventilation");
		assertThat(audit("CHALLENGE", AuditAction.CONTENT_APPROVED, first)).hasSize(1);
		assertThat(waiting(this.facilitator)).containsExactly("1 contribution awaiting approval");

		// One approved contribution was the threshold: the next one is shown at once.
		long later = this.challenges.comment(this.slug, newcomer, open, null, "And the well is dry in July.");
		assertThat(status(later)).isEqualTo("VISIBLE");
		assertThat(commentCount(open)).isEqualTo(1);
		// The held comment is still held until someone decides; rejecting it hides it.
		hide(this.facilitator, "comments", held, ModerationReason.OFF_TOPIC, null);
		assertThat(status(held)).isEqualTo("HIDDEN");
		assertThat(commentCount(open)).isEqualTo(1);
	}

	@Test
	void aLockedDiscussionTakesNoNewCommentsAndSaysSo() throws Exception {
		long challenge = this.challenges.raise(this.slug, this.miner, "Heated topic");
		String page = "/dialogues/" + this.slug + "/challenges/" + challenge;
		WebClient facilitator = client(this.facilitator);
		facilitator.perform(post(page + "/lock"));
		assertThat(facilitator.lastFlash()).containsEntry("flashSuccess", "challenge.locked.done");
		WebClient ngo = client(this.ngo);
		Document locked = Jsoup.parse(ngo.perform(get(page)).getContentAsString());
		assertThat(locked.select("p.alert.info").text()).startsWith("Discussion locked by a moderator on");
		assertThat(locked.select("form#comment-form")).isEmpty();
		MockHttpServletResponse refused = ngo.perform(post(page + "/comments").param("body", "One more word"));
		assertThat(Jsoup.parse(refused.getContentAsString()).select(".field-error").text())
			.contains("closed to new comments");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from comment where target_id = ? and target_type = 'CHALLENGE'", Integer.class,
				challenge))
			.isZero();
		assertThat(audit("CHALLENGE", AuditAction.THREAD_LOCKED, challenge)).hasSize(1);
		assertThat(client(this.ngo).perform(post(page + "/lock")).getStatus()).isEqualTo(404);

		facilitator.perform(post(page + "/unlock"));
		assertThat(Jsoup.parse(ngo.perform(get(page)).getContentAsString()).select("form#comment-form")).hasSize(1);
		assertThat(audit("CHALLENGE", AuditAction.THREAD_UNLOCKED, challenge)).hasSize(1);
	}

	@Test
	void removalAndSuspensionAreAuditedAndSuspensionEndsSessions() throws Exception {
		String admin = this.accounts.admin("Audit Admin");
		WebClient miner = client(this.miner);
		long membership = this.dialogues.membershipId(this.slug, this.ngo);
		client(this.facilitator).perform(post("/dialogues/" + this.slug + "/members/" + membership + "/remove")
			.param("reason", "Repeated insults after warnings"));
		long minerId = accountId(this.miner);
		WebClient adminClient = client(admin);
		adminClient.perform(post("/admin/accounts/" + minerId + "/suspend").param("confirmed", "true"));
		assertThat(miner.perform(get("/account/profile")).getStatus()).as("the suspended account's session ended")
			.isEqualTo(302);

		Document all = Jsoup.parse(adminClient.perform(get("/admin/audit")).getContentAsString());
		assertThat(all.select("tbody tr td:eq(2)").eachText()).contains("account suspended", "member removed");
		Document suspended = Jsoup.parse(adminClient
			.perform(get("/admin/audit").param("action", "ACCOUNT_SUSPENDED").param("actor", "Audit Admin"))
			.getContentAsString());
		assertThat(suspended.select("tbody tr td:eq(2)").eachText()).containsOnly("account suspended");
		assertThat(suspended.select("tbody tr").first().text()).contains("Audit Admin", "Musa Miner");
		Document unknown = Jsoup
			.parse(adminClient.perform(get("/admin/audit").param("dialogue", "no-such-dialogue")).getContentAsString());
		assertThat(unknown.select("#filter-dialogue-error").text()).contains("No dialogue has this address name");
		assertThat(unknown.select("#filter-dialogue").val()).isEqualTo("no-such-dialogue");
		assertThat(unknown.select("tbody tr")).isEmpty();
		String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
		assertThat(Jsoup.parse(adminClient.perform(get("/admin/audit").param("from", tomorrow)).getContentAsString())
			.select("tbody tr")).isEmpty();

		Document dialogueAudit = Jsoup
			.parse(client(this.facilitator).perform(get("/dialogues/" + this.slug + "/moderation/audit"))
				.getContentAsString());
		assertThat(dialogueAudit.select("tbody tr td:eq(2)").eachText()).contains("member removed")
			.doesNotContain("account suspended");
		assertThat(dialogueAudit.text()).contains("Repeated insults after warnings");
		Document log = Jsoup.parse(new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/moderation-log"))
			.getContentAsString());
		assertThat(log.select("tbody tr td:eq(1)").eachText()).contains("member removed");
		assertThat(log.text()).doesNotContain("Neema", "Repeated insults");
	}

	@Test
	void auditEntriesAreWrittenOnlyInsideATransactionAndNeverChange() {
		AuditEvent event = AuditEvent.onDialogue(1L, AuditAction.DIALOGUE_EDITED, 1L, null);
		assertThatThrownBy(() -> this.auditLog.on(event)).isInstanceOf(IllegalTransactionStateException.class);
		long challenge = this.challenges.raise(this.slug, this.miner, "Audited");
		hide(this.facilitator, "challenges", challenge, ModerationReason.SPAM, "Advert");
		assertThatThrownBy(() -> this.jdbc.update(
				"update audit_entry set note = 'changed' where subject_type = 'CHALLENGE' and subject_id = ?",
				challenge))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("never changed or removed");
		assertThatThrownBy(() -> this.jdbc
			.update("delete from audit_entry where subject_type = 'CHALLENGE' and subject_id = ?", challenge))
			.isInstanceOf(DataAccessException.class);
		assertThat(this.jdbc.queryForObject(
				"select note from audit_entry where subject_type = 'CHALLENGE' and subject_id = ? and action = ?",
				String.class, challenge, "CONTENT_HIDDEN"))
			.isEqualTo("Advert");
	}

	@Test
	void restoringAHiddenCommentAsksForConfirmationFirst() throws Exception {
		long challenge = this.challenges.raise(this.slug, this.miner, "Nobody answers the phone");
		long comment = this.challenges.comment(this.slug, this.official, challenge, null,
				"Call Neema on +255 711 111 111.");
		assertThat(commentCount(challenge)).isEqualTo(1);
		hide(this.facilitator, "comments", comment, ModerationReason.PERSONAL_INFORMATION, null);
		assertThat(commentCount(challenge)).as("\"most discussed\" counts what everyone sees, as the list does")
			.isZero();
		String moderate = "/dialogues/" + this.slug + "/moderation/comments/" + comment;
		WebClient facilitator = client(this.facilitator);
		assertThat(Jsoup.parse(facilitator.perform(get(moderate)).getContentAsString())
			.select("form[action$=/restore] input[type=checkbox][name=confirmed]")).hasSize(1);

		// One click is not enough: the case page again, the error beside the box, the
		// note kept, the comment still hidden.
		MockHttpServletResponse unconfirmed = facilitator
			.perform(post(moderate + "/restore").param("note", "Looked again"));
		assertThat(unconfirmed.getStatus()).isEqualTo(200);
		Document again = Jsoup.parse(unconfirmed.getContentAsString());
		assertThat(again.select(".error-summary a[href=#confirmed]").text()).startsWith("Tick the box to confirm");
		assertThat(again.select("#confirmed").attr("aria-invalid")).isEqualTo("true");
		assertThat(again.select("#confirmed").attr("aria-describedby")).isEqualTo("confirmed-error");
		assertThat(again.select("form[action$=/restore] textarea#restore-note").text()).isEqualTo("Looked again");
		assertThat(status(comment)).isNotEqualTo("VISIBLE");
		String hiddenState = this.jdbc.queryForObject(
				"select state from moderation_case where content_type = 'COMMENT' and content_id = ?", String.class,
				comment);

		facilitator.perform(post(moderate + "/restore").param("confirmed", "true"));
		assertThat(facilitator.lastFlash()).containsEntry("flashSuccess", "moderation.restored.done");
		assertThat(this.jdbc.queryForObject(
				"select state from moderation_case where content_type = 'COMMENT' and content_id = ?", String.class,
				comment))
			.isNotEqualTo(hiddenState);
		assertThat(commentCount(challenge)).isEqualTo(1);
		hide(this.facilitator, "comments", comment, ModerationReason.PERSONAL_INFORMATION, null);
		assertThat(commentCount(challenge)).isZero();
	}

	@Test
	void theAuthorOfAContributionNeverDecidesOnItEvenAsAFacilitatorOrAnAdmin() throws Exception {
		String colleague = secondFacilitator("Emmanuel Colleague");
		long challenge = this.challenges.raise(this.slug, this.miner, "Water for the pits");
		long own = this.challenges.comment(this.slug, this.facilitator, challenge, null, "My own words on water.");
		hide(colleague, "comments", own, ModerationReason.ABUSE, "Too sharp.");
		String moderate = "/dialogues/" + this.slug + "/moderation/comments/" + own;
		WebClient author = client(this.facilitator);

		// A plain restore: not offered, and refused.
		Document page = Jsoup.parse(author.perform(get(moderate)).getContentAsString());
		assertThat(page.select("form[action$=/restore]")).isEmpty();
		assertThat(page.select(".facilitator-tools .alert.info").text())
			.contains("You wrote it, so another facilitator or an admin decides on it.");
		Document refused = Jsoup
			.parse(author.perform(post(moderate + "/restore").param("confirmed", "true")).getContentAsString());
		assertThat(refused.select(".alert.error").text()).contains("You wrote it");
		assertThat(status(own)).isEqualTo("HIDDEN");

		// The author may ask for a review, never decide it.
		author.perform(post("/dialogues/" + this.slug + "/comments/" + own + "/review").param("note", "Look again."));
		assertThat(author.lastFlash()).containsEntry("flashSuccess", "review.sent");
		Document review = Jsoup.parse(author.perform(get(moderate)).getContentAsString());
		assertThat(review.select("button[value=restore]")).isEmpty();
		assertThat(review.select("form[action$=/review]")).isEmpty();
		assertThat(review.text()).contains("You wrote it, so another facilitator or an admin decides on it.")
			.doesNotContain("You hid this contribution");
		Document notDecided = Jsoup
			.parse(author.perform(post(moderate + "/review").param("decision", "restore").param("confirmed", "true"))
				.getContentAsString());
		assertThat(notDecided.select(".alert.error").text()).contains("You wrote it");
		assertThat(status(own)).isEqualTo("HIDDEN");
		assertThat(audit("COMMENT", AuditAction.REVIEW_RESTORED, own)).isEmpty();

		// Nor does the author dismiss the reports on it; someone else does.
		long reported = this.challenges.comment(this.slug, this.facilitator, challenge, null, "Another of mine.");
		client(this.ngo)
			.perform(post("/dialogues/" + this.slug + "/comments/" + reported + "/report").param("reason", "SPAM"));
		String moderateReported = "/dialogues/" + this.slug + "/moderation/comments/" + reported;
		assertThat(Jsoup.parse(author.perform(get(moderateReported)).getContentAsString())
			.select("form[action$=/dismiss]")).isEmpty();
		author.perform(post(moderateReported + "/dismiss"));
		assertThat(openReports("COMMENT", reported)).isEqualTo(1);
		client(colleague).perform(post(moderateReported + "/dismiss"));
		assertThat(openReports("COMMENT", reported)).isZero();

		// An admin who wrote it: the same rule.
		String admin = this.accounts.admin("Author Admin");
		this.dialogues.addMember(this.slug, this.facilitator, admin, DisplayMode.NAMED);
		long byAdmin = this.challenges.comment(this.slug, admin, challenge, null, "An admin's own comment.");
		hide(this.facilitator, "comments", byAdmin, ModerationReason.OFF_TOPIC, null);
		String moderateAdmins = "/dialogues/" + this.slug + "/moderation/comments/" + byAdmin;
		client(admin).perform(post(moderateAdmins + "/restore").param("confirmed", "true"));
		assertThat(status(byAdmin)).isEqualTo("HIDDEN");
		WebClient other = client(colleague);
		other.perform(post(moderateAdmins + "/restore").param("confirmed", "true"));
		assertThat(other.lastFlash()).containsEntry("flashSuccess", "moderation.restored.done");
		assertThat(status(byAdmin)).isEqualTo("VISIBLE");
	}

	@Test
	void theModeratorWhoHidItDoesNotUndoAReviewThatKeptItHidden() throws Exception {
		String reviewer = secondFacilitator("Emmanuel Reviewer");
		long challenge = this.challenges.raise(this.slug, this.miner, "Gold buyers at the market");
		long comment = this.challenges.comment(this.slug, this.miner, challenge, null, "That buyer cheats all of us.");
		hide(this.facilitator, "comments", comment, ModerationReason.ABUSE, "Names a person.");
		client(this.miner)
			.perform(post("/dialogues/" + this.slug + "/comments/" + comment + "/review").param("note", "It is true."));
		String moderate = "/dialogues/" + this.slug + "/moderation/comments/" + comment;
		WebClient second = client(reviewer);
		second.perform(post(moderate + "/review").param("decision", "keep").param("note", "It names a person."));
		assertThat(second.lastFlash()).containsEntry("flashSuccess", "moderation.kept.done");

		WebClient hider = client(this.facilitator);
		Document page = Jsoup.parse(hider.perform(get(moderate)).getContentAsString());
		assertThat(page.select("form[action$=/restore]")).isEmpty();
		assertThat(page.select(".facilitator-tools .alert.info").text())
			.contains("A review kept it hidden and you hid it, so another facilitator or an admin may restore it.");
		Document refused = Jsoup
			.parse(hider.perform(post(moderate + "/restore").param("confirmed", "true")).getContentAsString());
		assertThat(refused.select(".alert.error").text()).contains("A review kept it hidden");
		assertThat(status(comment)).isEqualTo("HIDDEN");
		assertThat(audit("COMMENT", AuditAction.CONTENT_RESTORED, comment)).isEmpty();

		// Another moderator may.
		assertThat(Jsoup.parse(second.perform(get(moderate)).getContentAsString()).select("form[action$=/restore]"))
			.hasSize(1);
		second.perform(post(moderate + "/restore").param("confirmed", "true"));
		assertThat(second.lastFlash()).containsEntry("flashSuccess", "moderation.restored.done");
		assertThat(status(comment)).isEqualTo("VISIBLE");
	}

	@Test
	void oneReportHidesItAutomaticallySaidSoAndTheAuthorIsToldInTheAppToo() throws Exception {
		WebClient facilitator = client(this.facilitator);
		facilitator.perform(post("/dialogues/" + this.slug + "/moderation/settings").param("premoderateFirst", "0")
			.param("autoHideReports", "1")
			.param("publicLog", "true"));
		assertThat(facilitator.lastFlash()).containsEntry("flashSuccess", "moderation.settings.saved");
		long challenge = this.challenges.raise(this.slug, this.miner, "Scales at the market");
		long comment = this.challenges.comment(this.slug, this.official, challenge, null, "Everyone here is a thief.");
		client(this.ngo)
			.perform(post("/dialogues/" + this.slug + "/comments/" + comment + "/report").param("reason", "ABUSE"));
		assertThat(status(comment)).isEqualTo("HIDDEN");

		String today = LocalDate.now(TimeZones.forCountry("TZ"))
			.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
		Document seen = Jsoup
			.parse(new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/challenges/" + challenge))
				.getContentAsString());
		assertThat(seen.select("#comment-" + comment + " > .comment-body .placeholder").text())
			.isEqualTo("Hidden automatically on " + today + " after it was reported, until a moderator looks at it."
					+ " The replies stay.");

		// The case page says so too, and each of its forms' fields has an id of its own
		// that its label and hint point at.
		String moderate = "/dialogues/" + this.slug + "/moderation/comments/" + comment;
		Document casePage = Jsoup.parse(facilitator.perform(get(moderate)).getContentAsString());
		assertThat(casePage.text()).contains("Hidden automatically on " + today)
			.doesNotContain("Hidden by a moderator");
		assertThat(casePage.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
		assertThat(casePage.select("textarea")).hasSize(2);
		assertThat(casePage.select("form[action$=/restore] label[for=restore-note]").text())
			.isEqualTo("Note (optional)");
		assertThat(casePage.select("form[action$=/restore] textarea#restore-note").attr("aria-describedby"))
			.isEqualTo("restore-note-hint");
		assertThat(casePage.select("form[action$=/restore] #restore-note-hint")).hasSize(1);
		assertThat(casePage.select("form[action$=/hide] label[for=note]").text()).isEqualTo("Note to the author");
		assertThat(casePage.select("form[action$=/hide] textarea#note").attr("aria-describedby").strip())
			.isEqualTo("note-hint");
		assertThat(casePage.select("form[action$=/hide] #note-hint")).hasSize(1);

		// The author: an email and, as when a moderator hides, a notification in the app.
		assertThat(this.mailbox.latestBody(this.official))
			.contains("Reason: reported, hidden until a moderator looks at it.", "Others now see a placeholder")
			.doesNotContain("several");
		await().atMost(Duration.ofSeconds(30)).until(() -> notifications(this.official, "HIDDEN") == 1);
		Document inbox = Jsoup.parse(client(this.official).perform(get("/notifications")).getContentAsString());
		assertThat(inbox.text()).contains("was hidden: automatically after it was reported");
	}

	@Test
	void hidingForAnotherReasonNeedsANoteThatExplainsIt() throws Exception {
		long challenge = this.challenges.raise(this.slug, this.miner, "The same question twice over");
		String moderate = "/dialogues/" + this.slug + "/moderation/challenges/" + challenge;
		WebClient facilitator = client(this.facilitator);
		Document again = Jsoup
			.parse(facilitator.perform(post(moderate + "/hide").param("reason", "OTHER").param("note", "  "))
				.getContentAsString());
		assertThat(again.select("form[action$=/hide] #note-error").text()).contains("explain in the note");
		assertThat(again.select("form[action$=/hide] textarea#note").attr("aria-describedby")).contains("note-error");
		assertThat(again.select("form[action$=/hide] input[name=reason][value=OTHER]").hasAttr("checked")).isTrue();
		assertThat(moderation("CHALLENGE", challenge)).isEqualTo("VISIBLE");

		facilitator.perform(
				post(moderate + "/hide").param("reason", "OTHER").param("note", "It repeats an earlier challenge."));
		assertThat(facilitator.lastFlash()).containsEntry("flashSuccess", "moderation.hidden.done");
		// A hidden challenge is gone for others (no placeholder): the email says so, and
		// "other" is "other" in the app too.
		assertThat(this.mailbox.latestBody(this.miner))
			.contains("Reason: other.", "It repeats an earlier challenge.", "Others can no longer open it")
			.doesNotContain("placeholder");
		await().atMost(Duration.ofSeconds(30)).until(() -> notifications(this.miner, "HIDDEN") == 1);
		Document inbox = Jsoup.parse(client(this.miner).perform(get("/notifications")).getContentAsString());
		assertThat(inbox.text()).contains("was hidden: other").doesNotContain("another reason");
	}

	@Test
	void aHeldChallengeIsNotCalledPostedAndItsAuthorIsToldWhenItIsPublished() throws Exception {
		WebClient facilitator = client(this.facilitator);
		facilitator.perform(post("/dialogues/" + this.slug + "/moderation/settings").param("premoderateFirst", "1")
			.param("autoHideReports", "3")
			.param("publicLog", "true"));
		String newcomer = this.accounts.create("Nuru Newcomer", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		this.dialogues.addMember(this.slug, this.facilitator, newcomer, DisplayMode.NAMED);
		WebClient author = client(newcomer);
		author.perform(post("/dialogues/" + this.slug + "/challenges").param("title", "Our pit has no ventilation")
			.param("body", "The air is bad below ten metres and nobody checks it.")
			.param("language", "en")
			.param("formToken", java.util.UUID.randomUUID().toString().replace("-", "")));
		assertThat(author.lastFlash()).containsEntry("flashInfo", "challenge.created.held")
			.doesNotContainKey("flashSuccess");
		long held = this.jdbc.queryForObject("select id from challenge where title = ?", Long.class,
				"Our pit has no ventilation");
		assertThat(moderation("CHALLENGE", held)).isEqualTo("PENDING");

		long open = this.challenges.raise(this.slug, this.facilitator, "Air in the pits");
		long heldComment = this.challenges.comment(this.slug, newcomer, open, null, "We need a fan below.");
		assertThat(status(heldComment)).isEqualTo("PENDING");

		// The other facilitators hear of a held challenge once it is published, not the
		// one who approved it.
		String co = this.accounts.create("Cora Cofacilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		this.dialogues.addMember(this.slug, this.facilitator, co, DisplayMode.NAMED);
		facilitator.perform(post(
				"/dialogues/" + this.slug + "/members/" + this.dialogues.membershipId(this.slug, co) + "/facilitator")
			.param("confirmed", "true"));
		facilitator.perform(post("/dialogues/" + this.slug + "/moderation/challenges/" + held + "/approve"));
		assertThat(facilitator.lastFlash()).containsEntry("flashSuccess", "moderation.approved.done");
		await().atMost(Duration.ofSeconds(30)).until(() -> newChallenge(co, held) == 1);
		assertThat(newChallenge(this.facilitator, held)).isZero();
		assertThat(this.mailbox.subjects(newcomer)).contains("Your challenge is now published");
		assertThat(this.mailbox.latestBody(newcomer)).contains("Our pit has no ventilation",
				"/dialogues/" + this.slug + "/challenges/" + held);
		await().atMost(Duration.ofSeconds(30)).until(() -> notifications(newcomer, "APPROVED_CHALLENGE") == 1);
		Document inbox = Jsoup.parse(author.perform(get("/notifications")).getContentAsString());
		assertThat(inbox.text()).contains("Your challenge “Our pit has no ventilation” is now published");

		// Made a facilitator, the author still does not approve their own held comment.
		facilitator.perform(post("/dialogues/" + this.slug + "/members/"
				+ this.dialogues.membershipId(this.slug, newcomer) + "/facilitator")
			.param("confirmed", "true"));
		String moderateComment = "/dialogues/" + this.slug + "/moderation/comments/" + heldComment;
		Document ownCase = Jsoup.parse(author.perform(get(moderateComment)).getContentAsString());
		assertThat(ownCase.select("form[action$=/approve]")).isEmpty();
		assertThat(ownCase.text()).contains("You wrote it, so another facilitator or an admin decides on it.");
		author.perform(post(moderateComment + "/approve"));
		assertThat(author.lastFlash()).containsEntry("flashError", "moderation.error.own-contribution");
		assertThat(status(heldComment)).isEqualTo("PENDING");

		// A facilitator posts at once: "posted".
		WebClient poster = client(this.facilitator);
		poster.perform(post("/dialogues/" + this.slug + "/challenges").param("title", "A facilitator's own question")
			.param("body", "Who checks the air in the pits?")
			.param("language", "en")
			.param("formToken", java.util.UUID.randomUUID().toString().replace("-", "")));
		assertThat(poster.lastFlash()).containsEntry("flashSuccess", "challenge.created");
	}

	@Test
	void theQueueMarksTheLanguageOfAnExcerptInAnotherLanguage() throws Exception {
		long challenge = this.challenges.raise(this.slug, this.miner, "Les acheteurs trichent sur les balances");
		this.jdbc.update("update challenge set language = 'fr' where id = ?", challenge);
		client(this.ngo)
			.perform(post("/dialogues/" + this.slug + "/challenges/" + challenge + "/report").param("reason", "SPAM"));
		Document queue = Jsoup.parse(
				client(this.facilitator).perform(get("/dialogues/" + this.slug + "/moderation")).getContentAsString());
		assertThat(queue.select(".queue-item .moderated-item strong[lang=fr]").text())
			.isEqualTo("Les acheteurs trichent sur les balances");
		assertThat(queue.select(".queue-item .excerpt").attr("lang")).isEqualTo("fr");

		// The admins' queue over every dialogue tags each with its title, marked with
		// its language when the page is in another.
		WebClient admin = client(this.accounts.admin("Queue Admin"));
		admin.perform(post("/language").param("lang", "sw"));
		Document global = Jsoup
			.parse(admin.perform(get("/admin/moderation").param("dialogue", this.slug)).getContentAsString());
		assertThat(global.select(".queue-item .tag [lang=en]").eachText()).hasSize(1)
			.allMatch((t) -> t.startsWith("Moderated"));
	}

	@Test
	void aDialoguesAuditLogOffersItsOwnActionsAndSaysWhenThePeriodIsReversed() throws Exception {
		WebClient facilitator = client(this.facilitator);
		String audit = "/dialogues/" + this.slug + "/moderation/audit";
		Document page = Jsoup.parse(facilitator.perform(get(audit)).getContentAsString());
		assertThat(page.select("#filter-action option").eachAttr("value")).contains("CONTENT_HIDDEN", "MEMBER_REMOVED")
			.doesNotContain("ACCOUNT_SUSPENDED", "API_TOKEN_ISSUED", "STAKEHOLDER_GROUPS_CHANGED");

		Document reversed = Jsoup
			.parse(facilitator.perform(get(audit).param("from", "2026-03-10").param("to", "2026-03-01"))
				.getContentAsString());
		assertThat(reversed.select("#filter-from-error").text()).contains("The From date is after the To date");
		assertThat(reversed.select("#filter-from").attr("aria-describedby"))
			.isEqualTo("filter-from-hint filter-from-error");
		assertThat(reversed.select("#filter-from").val()).isEqualTo("2026-03-10");
		assertThat(reversed.select("#filter-to").val()).isEqualTo("2026-03-01");
		assertThat(reversed.text()).doesNotContain("No entries match");
	}

	private String secondFacilitator(String name) throws Exception {
		String second = this.accounts.create(name, AccountRole.FACILITATOR);
		this.dialogues.addMember(this.slug, this.facilitator, second, DisplayMode.NAMED);
		long membership = this.dialogues.membershipId(this.slug, second);
		client(this.facilitator).perform(
				post("/dialogues/" + this.slug + "/members/" + membership + "/facilitator").param("confirmed", "true"));
		return second;
	}

	private int newChallenge(String email, long challengeId) {
		return this.jdbc.queryForObject(
				"select count(*) from notification n join account a on a.id = n.recipient_id"
						+ " where a.email = ? and n.kind = 'NEW_CHALLENGE' and n.path like ?",
				Integer.class, email, "%/challenges/" + challengeId);
	}

	private int notifications(String email, String kind) {
		return this.jdbc.queryForObject("select count(*) from notification where recipient_id = ? and kind = ?",
				Integer.class, accountId(email), kind);
	}

	private void hide(String email, String kind, long id, ModerationReason reason, String note) {
		this.dialogues.as(email, (me) -> {
			this.moderation.hide(this.slug, me, kind, id, reason, note);
			return null;
		});
	}

	private WebClient client(String email) throws Exception {
		WebClient client = new WebClient(this.mvc, TestAccounts.newAddress());
		client.logIn(email, TestAccounts.PASSWORD);
		return client;
	}

	/**
	 * What the account's home page says waits in the moderation queue of the dialogue.
	 */
	private List<String> waiting(String account) throws Exception {
		return Jsoup.parse(client(account).perform(get("/")).getContentAsString())
			.select(".waiting a[href='/dialogues/" + this.slug + "/moderation']")
			.eachText();
	}

	private List<String> titles(WebClient client, String path) throws Exception {
		return Jsoup.parse(client.perform(get(path)).getContentAsString())
			.select(".challenge-card .card-title")
			.eachText();
	}

	private int reports(long commentId) {
		return this.jdbc.queryForObject("""
				select count(*) from report r join moderation_case c on c.id = r.case_id
				where c.content_type = 'COMMENT' and c.content_id = ?""", Integer.class, commentId);
	}

	private int openReports(String type, long id) {
		return this.jdbc.queryForObject(
				"select open_reports from moderation_case where content_type = ? and content_id = ?", Integer.class,
				type, id);
	}

	private int commentCount(long challengeId) {
		return this.jdbc.queryForObject("select comment_count from challenge where id = ?", Integer.class, challengeId);
	}

	private String status(long commentId) {
		return this.jdbc.queryForObject("select status from comment where id = ?", String.class, commentId);
	}

	private String moderation(String type, long challengeId) {
		return this.jdbc.queryForObject("select moderation from challenge where id = ?", String.class, challengeId);
	}

	private List<String> audit(String type, AuditAction action, long subjectId) {
		return this.jdbc.queryForList("""
				select coalesce(reason, '') from audit_entry
				where subject_type = ? and action = ? and subject_id = ? order by id""", String.class, type,
				action.name(), subjectId);
	}

	private long accountId(String email) {
		return this.jdbc.queryForObject("select id from account where email = ?", Long.class, email);
	}

}
