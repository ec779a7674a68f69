package org.commonground.account;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.DisplayMode;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.support.IntegrationTest;
import org.commonground.support.TestAccounts;
import org.commonground.support.TestChallenges;
import org.commonground.support.TestDialogues;
import org.commonground.support.WebClient;
import org.commonground.support.Zips;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A person's own data, through the real filter chain: the archive streams at once with
 * what they wrote and nothing of anyone else; deleting the account waits for its grace
 * period (logging in undoes it), then no table and no export keeps the person's name,
 * email, organisation or region, and their contributions read "Former participant".
 */
class MyDataIT extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Autowired
	TestChallenges challenges;

	@Autowired
	AccountDeletion deletion;

	@Autowired
	AccountService accountService;

	@Autowired
	DeletionProperties properties;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.commonground.support.Mailbox mailbox;

	@Test
	void theArchiveHoldsWhatThePersonWroteAndNothingOfOthers() throws Exception {
		String facilitator = this.accounts.create("Archive Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String miner = this.accounts.create("Archive Miner", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		String other = this.accounts.create("Archive Other", AccountRole.PARTICIPANT, "BUYER");
		String slug = this.dialogues.create(facilitator, "Archive dialogue", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, miner, DisplayMode.NAMED);
		this.dialogues.addMember(slug, facilitator, other, DisplayMode.NAMED);
		long challenge = this.challenges.raise(slug, miner, "=Scales cheat us at Nyarugusu");
		long mine = this.challenges.comment(slug, miner, challenge, null, "My own words about the scales");
		this.challenges.comment(slug, other, challenge, mine, "Somebody else's words");
		this.challenges.endorse(slug, other, challenge);

		WebClient client = client(miner);
		// The notification module's part: the miner follows the challenge they raised, is
		// notified of the other's reply, has chosen weekly emails and signed up for the
		// newsletter (its consent record says what they were shown).
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from notification n join account a on a.id = n.recipient_id where a.email = ?",
					Integer.class, miner) > 0);
		client.perform(
				post("/account/notifications").param("weeklyDay", "WEDNESDAY").param("frequencies[VISION]", "WEEKLY"));
		client.perform(post("/newsletter/subscribe").param("email", miner).param("language", "en"));
		MockHttpServletResponse response = client.perform(get("/account/data"));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/zip");
		assertThat(response.getHeader("Content-Disposition"))
			.startsWith("attachment; filename=\"common-ground-my-data-");
		Map<String, String> files = Zips.unzip(response.getContentAsByteArray());
		assertThat(files).containsKeys("README.txt", "account.csv", "account.json", "memberships.csv", "challenges.csv",
				"challenges.json", "endorsements.csv", "comments.csv", "comments.json", "stances.csv", "reports.csv");
		assertThat(files.get("account.csv")).contains(miner).contains("Archive Miner").contains("ARTISANAL_MINER");
		assertThat(files.get("challenges.json")).contains("\"title\":\"=Scales cheat us at Nyarugusu\"");
		// A cell that a spreadsheet would run as a formula is shown as text.
		assertThat(files.get("challenges.csv")).contains("'=Scales cheat us at Nyarugusu");
		assertThat(files.get("comments.csv")).contains("My own words about the scales")
			.doesNotContain("Somebody else's words");
		assertThat(files.get("memberships.csv")).contains(slug);
		assertThat(files.get("follows.csv")).contains("CHALLENGE," + challenge + ",");
		assertThat(files.get("notifications.json")).contains("/dialogues/" + slug + "/comments/");
		assertThat(files.get("email_settings.csv")).contains("VISION,WEEKLY");
		assertThat(files.get("digest_schedule.csv")).startsWith("\uFEFFweekly_day,").contains("\n3,");
		assertThat(files.get("newsletter_subscriptions.csv")).contains("PENDING");
		assertThat(files.get("newsletter_consents.csv")).contains("SIGNED_UP");
		assertThat(files.get("emails.csv").lines().count()).as("a header and the newsletter's confirmation at least")
			.isGreaterThan(1);
		assertThat(files.get("README.txt")).contains("comments.csv / comments.json: your comments and replies (1 row)");
		// The export's date as a person reads it, not an ISO instant; the codes of the
		// files explained; former participants named as the deletion page names them.
		assertThat(files.get("README.txt")).containsPattern("exported \\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2} ")
			.doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:")
			.contains("ARTISANAL_MINER: Artisanal miner", "COMMUNITY: Mining community", "DISAGREE: Disagree",
					"VISIBLE: Visible", "OTHER: other", "WEEKLY: Weekly summary", "PSEUDONYMOUS: ")
			.contains("\"Former participant · your stakeholder group\"");
		// Every table is described in the README (not named twice, as when its message
		// is missing).
		for (String name : files.keySet()) {
			if (name.endsWith(".csv")) {
				String table = name.substring(0, name.length() - 4);
				assertThat(files.get("README.txt")).as(table)
					.contains(table + ".csv / " + table + ".json: ")
					.doesNotContain(table + ".json: " + table + " (");
			}
		}
		// Every code in the columns that hold codes is explained, in the person's
		// language; and how to open the CSV files.
		String readme = files.get("README.txt");
		Map<String, List<String>> coded = Map.of("memberships", List.of("role", "status", "display_mode"), "challenges",
				List.of("status", "visibility"), "comments", List.of("target_type", "status"), "notifications",
				List.of("category", "kind"), "follows", List.of("target_type"), "email_settings",
				List.of("category", "frequency"), "emails", List.of("status"), "newsletter_subscriptions",
				List.of("status"), "newsletter_consents", List.of("step"));
		coded.forEach((table, columns) -> {
			for (String column : columns) {
				assertThat(values(files.get(table + ".csv"), column)).as(table + "." + column)
					.isNotEmpty()
					.allSatisfy((code) -> assertThat(readme).contains("\n" + code + ": "));
			}
		});
		assertThat(readme).as("the facilitators' news of a new challenge")
			.contains("NEW_CHALLENGE: a new challenge was raised in a dialogue you facilitate\n",
					"FACILITATION: Join requests, reports, new challenges, map proposals and suggested resources (facilitators)\n",
					"MAP_PROPOSAL_WAITING: a member proposed a relation for the stakeholder map of a dialogue you facilitate\n",
					"MAP_DISPUTE_ACCEPTED: a facilitator accepted your dispute of a relation on a stakeholder map\n",
					"SUGGESTION_DECLINED: a facilitator declined a link you suggested for a library\n");
		assertThat(readme)
			.contains("Kinds of news (notifications.csv and email_settings.csv, column category)\n",
					"REPLIES: Replies to my comments\n", "REPLY: someone replied to your comment\n",
					"UNDER_DISCUSSION: Under discussion\n", "ACTIONED: acted on\n", "COMMENT: Comment\n",
					"VISION: a shared vision", "SIGNED_UP: you signed up\n",
					"PENDING: signed up, not yet confirmed from the email\n", "QUEUED: Waiting to be sent\n",
					"REMOVED: no longer a member (left or removed)\n", "MINUTES: the minutes of a meeting\n",
					"APPROVED_COMMENT: a comment of yours that waited for a facilitator is now published\n",
					"STATUS_ADDRESSED: Addressed\n", "DISPOSITION_NOTED: Noted\n", "REASON_SPAM: spam\n",
					"AT:start|end|zone: the meeting's start, end and time zone\n",
					"The day of your weekly summary (digest_schedule.csv, column weekly_day)\n1: Monday\n",
					"\n3: Wednesday\n", "\n7: Sunday\n")
			.contains("The CSV files are comma-separated and in UTF-8.",
					"import the file instead of opening it, and choose the comma as the separator",
					"A value that starts with ' (an apostrophe) had it added, so that a spreadsheet does not read it "
							+ "as a formula.");
		assertThat(String.join("\n", files.values())).doesNotContain(other);

		// In Swahili, with the words of the Swahili pages.
		client.perform(post("/language").param("lang", "sw").param("return", "/"));
		String swahili = Zips.unzip(client.perform(get("/account/data")).getContentAsByteArray()).get("README.txt");
		assertThat(swahili)
			.contains("REPLIES: ", "kwa wadhibiti", "dira ya pamoja", "mihtasari ya mwisho ilitumwa lini",
					"Jinsi unavyoonyeshwa kwenye mazungumzo", "Mafaili ya CSV yametenganishwa kwa koma",
					"\n3: Jumatano\n", "arifa zako (kisanduku chako cha arifa)")
			.doesNotContain("majadiliano", "maono", "wasimamizi", "taarifa zako");

		assertThat(new WebClient(this.mvc).perform(get("/account/data")).getStatus()).isEqualTo(302);
	}

	@Test
	void theArchiveHoldsTheTranslationsThePersonMade() throws Exception {
		String facilitator = this.accounts.create("Archive Translator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String miner = this.accounts.create("Archive Writer", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		String slug = this.dialogues.create(facilitator, "Translated archive dialogue", Visibility.PUBLIC,
				JoinPolicy.OPEN, true, DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, miner, DisplayMode.NAMED);
		long challenge = this.challenges.raise(slug, miner, "Scales are not checked");
		long comment = this.challenges.comment(slug, miner, challenge, null, "Nobody checks the scales");
		WebClient translating = client(facilitator);
		String base = "/dialogues/" + slug;
		translating.perform(post(base + "/languages").param("original", "en").param("languages", "sw"));
		assertThat(translating
			.perform(post(base + "/translations/sw").param("title", "Majadiliano yaliyotafsiriwa")
				.param("summary", "Muhtasari wa tafsiri")
				.param("description", ""))
			.getRedirectedUrl()).isEqualTo(base + "/translations");
		assertThat(translating
			.perform(post(base + "/challenges/" + challenge + "/translation").param("language", "sw")
				.param("title", "Mizani haikaguliwi")
				.param("body", "Hakuna anayekagua mizani.")
				.param("response", ""))
			.getRedirectedUrl()).isEqualTo(base + "/challenges/" + challenge);
		assertThat(translating
			.perform(post(base + "/comments/" + comment + "/translation").param("language", "sw")
				.param("text", "Hakuna anayekagua mizani hata kidogo"))
			.getRedirectedUrl()).endsWith("#comment-" + comment);

		Map<String, String> made = Zips.unzip(translating.perform(get("/account/data")).getContentAsByteArray());
		assertThat(made.get("dialogue_translations.csv"))
			.contains("sw,Majadiliano yaliyotafsiriwa,Muhtasari wa tafsiri");
		assertThat(made.get("challenge_translations.json")).contains("\"title\":\"Mizani haikaguliwi\"");
		assertThat(made.get("comment_translations.csv")).contains(comment + ",sw,Hakuna anayekagua mizani hata kidogo");
		assertThat(made.get("README.txt")).contains("comment_translations.csv / comment_translations.json: ")
			.contains("vision_translations.csv / vision_translations.json: ")
			.contains("resource_translations.csv / resource_translations.json: ");
		// The writer's archive holds their own words, not the translations others made.
		WebClient writing = client(miner);
		Map<String, String> written = Zips.unzip(writing.perform(get("/account/data")).getContentAsByteArray());
		assertThat(written.get("comments.csv")).contains("Nobody checks the scales");
		assertThat(String.join("\n", written.values())).doesNotContain("Hakuna anayekagua");
		// The dialogue's title as written and in the archive's language; times in UTC to
		// the second, as the README says.
		assertThat(values(written.get("memberships.csv"), "dialogue_title_in_your_language")).singleElement()
			.asString()
			.startsWith("Translated archive dialogue");
		assertThat(values(written.get("memberships.csv"), "joined_at"))
			.allMatch((time) -> time.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"));
		assertThat(written.get("README.txt"))
			.contains("The time above is in your time zone; the times in the files are in UTC, to the second, written "
					+ "year-month-dayThour:minute:secondZ (ISO 8601, Z for UTC).");
		writing.perform(post("/language").param("lang", "sw").param("return", "/"));
		String swahili = Zips.unzip(writing.perform(get("/account/data")).getContentAsByteArray())
			.get("memberships.csv");
		assertThat(values(swahili, "dialogue_title")).singleElement()
			.asString()
			.startsWith("Translated archive dialogue");
		assertThat(values(swahili, "dialogue_title_in_your_language")).containsExactly("Majadiliano yaliyotafsiriwa");
		// Words the writer withdraws leave with their translations, not kept for the
		// translator.
		writing.perform(post(base + "/comments/" + comment + "/delete"));
		assertThat(this.jdbc.queryForObject("select count(*) from comment_translation where comment_id = ?",
				Integer.class, comment))
			.isZero();
		assertThat(Zips.unzip(translating.perform(get("/account/data")).getContentAsByteArray())
			.get("comment_translations.csv")).doesNotContain("Hakuna anayekagua mizani hata kidogo");
	}

	@Test
	void deletionWaitsForItsGracePeriodThenNothingPersonalRemains() throws Exception {
		String facilitator = this.accounts.create("Erase Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String leaving = this.accounts.create("Zawadi Kitwanga Leaving", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		String slug = this.dialogues.create(facilitator, "Erasure dialogue", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, leaving, DisplayMode.NAMED);
		WebClient client = client(leaving);
		String organisation = "Kitwanga Gold Cooperative Erasure";
		String region = "Nyakafuru Erasure";
		client.perform(post("/account/profile").param("displayName", "Zawadi Kitwanga Leaving")
			.param("stakeholderGroup", "ARTISANAL_MINER")
			.param("organisation", organisation)
			.param("country", "TZ")
			.param("region", region)
			.param("locale", "en"));
		long challenge = this.challenges.raise(slug, leaving, "Mercury is sold openly in the market");
		this.challenges.comment(slug, leaving, challenge, null, "We need retorts, not speeches");
		// A report the person made stays with the moderators.
		long reported = this.challenges.comment(slug, facilitator, challenge, null, "Buy our retorts today");
		client.perform(post("/dialogues/" + slug + "/comments/" + reported + "/report").param("reason", "SPAM")
			.param("note", "An advertisement"));
		// A newsletter subscription (kept by address) and the follows and settings of the
		// notification module go too.
		assertThat(client.perform(post("/newsletter/subscribe").param("email", leaving).param("language", "sw"))
			.getRedirectedUrl()).isEqualTo("/newsletter/check-email");
		client.perform(
				post("/account/notifications").param("weeklyDay", "WEDNESDAY").param("frequencies[VISION]", "WEEKLY"));
		long accountId = this.jdbc.queryForObject("select id from account where email = ?", Long.class, leaving);
		for (String table : List.of("notification_follow", "notification_preference", "notification_digest")) {
			assertThat(this.jdbc.queryForObject("select count(*) from " + table + " where account_id = ?",
					Integer.class, accountId))
				.as(table)
				.isPositive();
		}

		Document page = Jsoup.parse(client.perform(get("/account/delete")).getContentAsString());
		assertThat(page.select("h1").text()).isEqualTo("Delete your account");
		// What goes and what stays, as the purge does it: the checkbox named as the login
		// page names it, API tokens, and the reports the person made.
		assertThat(page.select("li").eachText()).contains(
				"Every session, those kept open with \"Keep me logged in on this device\" too, and every link we emailed you.",
				"Your API tokens, if you have any: they stop working as soon as you ask, and are deleted with your account.",
				"The reports you made stay with the moderators, with their reason and note, without your name: "
						+ "they are shown as from a former participant of your stakeholder group.",
				"What stays (your contributions, your reports and the moderators' log) is kept as long as the dialogue's "
						+ "record is kept: dialogues are never deleted, only archived, so it has no end date.");
		Document wrong = Jsoup
			.parse(client.perform(post("/account/delete").param("password", "not it")).getContentAsString());
		assertThat(wrong.select("#password-error").text()).contains("This is not your current password.");
		assertThat(status(leaving)).isNull();

		MockHttpServletResponse requested = client
			.perform(post("/account/delete").param("password", TestAccounts.PASSWORD));
		assertThat(requested.getRedirectedUrl()).isEqualTo("/");
		assertThat(status(leaving)).isNotNull();
		assertThat(Jsoup.parse(client.perform(get("/")).getContentAsString()).select(".alert.success").text())
			.matches("Your account will be deleted on \\d{1,2} .+ \\d{4}\\. You have been logged out; .*");
		// Logged out everywhere: the old session no longer opens the profile.
		assertThat(client.perform(get("/account/profile")).getStatus()).isEqualTo(302);

		// Logging in during the grace period undoes the request, and the next page says
		// so.
		WebClient back = new WebClient(this.mvc, TestAccounts.newAddress());
		MockHttpServletResponse login = back.logIn(leaving, TestAccounts.PASSWORD);
		assertThat(status(leaving)).isNull();
		Document welcome = Jsoup.parse(back.perform(get(login.getRedirectedUrl())).getContentAsString());
		assertThat(welcome.select(".alert.info").text()).isEqualTo("Welcome back. Your account will not be deleted.");
		Document after = Jsoup.parse(back.perform(get(login.getRedirectedUrl())).getContentAsString());
		assertThat(after.select(".alert.info")).as("shown once").isEmpty();
		Document ordinary = Jsoup.parse(client(leaving).perform(get("/")).getContentAsString());
		assertThat(ordinary.select(".alert.info").text()).as("not after an ordinary login")
			.doesNotContain("will not be deleted");
		client(leaving).perform(post("/account/delete").param("password", TestAccounts.PASSWORD));
		long id = this.jdbc.queryForObject("select id from account where email = ?", Long.class, leaving);

		// Not before the grace period is over; then once.
		Instant requestedAt = this.jdbc
			.queryForObject("select deletion_requested_at from account where id = ?", java.sql.Timestamp.class, id)
			.toInstant();
		this.deletion.purge(requestedAt.plus(this.properties.grace()).minusSeconds(60));
		assertThat(this.jdbc.queryForObject("select erased_at from account where id = ?", Object.class, id)).isNull();
		this.deletion.purge(requestedAt.plus(this.properties.grace()).plusSeconds(60));
		assertThat(this.jdbc.queryForObject("select status from account where id = ?", String.class, id))
			.isEqualTo("DELETED");
		assertThat(this.deletion.purge(requestedAt.plus(this.properties.grace()).plusSeconds(120))).isZero();

		for (String table : List.of("notification_follow", "notification_preference", "notification_digest")) {
			assertThat(this.jdbc.queryForObject("select count(*) from " + table + " where account_id = ?",
					Integer.class, id))
				.as(table)
				.isZero();
		}
		for (String personal : List.of(leaving, "Zawadi Kitwanga Leaving", organisation, region)) {
			assertThat(tablesContaining(personal)).as("tables still holding %s", personal).isEmpty();
		}
		assertThat(this.jdbc.queryForObject(
				"select count(*) from membership where account_id = ? and status = 'ACTIVE'", Integer.class, id))
			.isZero();
		assertThat(this.jdbc.queryForList("select reason, note from report where reporter_id = ?", id))
			.as("the report stays, with its reason and note")
			.containsExactly(Map.of("reason", "SPAM", "note", "An advertisement"));
		assertThat(
				this.jdbc.queryForObject("select display_name from account_directory where id = ?", String.class, id))
			.as("the reporter the moderators see: no name, which pages show as 'Former participant' in the reader's language")
			.isNull();

		// The contribution stays, shown without the person; the group is withheld (fewer
		// than five artisanal miners in this dialogue).
		Document challengePage = Jsoup
			.parse(new WebClient(this.mvc).perform(get("/dialogues/" + slug + "/challenges/" + challenge))
				.getContentAsString());
		assertThat(challengePage.select(".challenge .byline .author").text()).isEqualTo("Former participant");
		assertThat(challengePage.select(".challenge .byline .speaking-as")).isEmpty();
		assertThat(challengePage.text()).contains("Mercury is sold openly in the market")
			.doesNotContain("Zawadi Kitwanga Leaving");
		WebClient facilitating = client(facilitator);
		for (String format : List.of("csv", "json")) {
			String export = facilitating.perform(get("/dialogues/" + slug + "/export." + format)).getContentAsString();
			assertThat(export).contains("We need retorts, not speeches")
				.doesNotContain("Zawadi")
				.doesNotContain(leaving);
		}
		// The moderators see the report as from a former participant, in their language,
		// never "null" nor the stored English name.
		Document queue = Jsoup
			.parse(facilitating.perform(get("/dialogues/" + slug + "/moderation")).getContentAsString());
		assertThat(queue.text()).contains("reported by Former participant (Artisanal miner)").doesNotContain("null");
		String casePath = "/dialogues/" + slug + "/moderation/comments/" + reported;
		facilitating.perform(post("/language").param("lang", "sw").param("return", "/"));
		Document swahiliCase = Jsoup.parse(facilitating.perform(get(casePath)).getContentAsString());
		assertThat(swahiliCase.text()).contains("imeripotiwa na Mshiriki wa zamani (")
			.doesNotContain("Former participant");
		Document swahiliQueue = Jsoup
			.parse(facilitating.perform(get("/dialogues/" + slug + "/moderation")).getContentAsString());
		assertThat(swahiliQueue.text()).contains("imeripotiwa na Mshiriki wa zamani (")
			.doesNotContain("Former participant")
			.doesNotContain("null");

		// The admins: the deleted account in their language, with no role or status to
		// change; a change asked for anyway is refused.
		WebClient admin = client(this.accounts.admin("Erasure Admin"));
		Document deleted = Jsoup
			.parse(admin.perform(get("/admin/accounts").param("status", "DELETED")).getContentAsString());
		assertThat(deleted.select("#account-" + id + " h2").text()).isEqualTo("Former participant");
		assertThat(deleted.select("#account-" + id + " form")).as("no role or suspension form").isEmpty();
		admin.perform(post("/admin/accounts/" + id + "/role").param("role", "ADMIN").param("confirmed", "true"));
		assertThat(admin.lastFlash().get("flashError")).isEqualTo("admin.accounts.error.deleted");
		admin.perform(post("/admin/accounts/" + id + "/suspend").param("confirmed", "true"));
		admin.perform(post("/admin/accounts/" + id + "/reactivate"));
		assertThat(this.jdbc.queryForMap("select role, status from account where id = ?", id))
			.isEqualTo(Map.of("role", "PARTICIPANT", "status", "DELETED"));
		admin.perform(post("/language").param("lang", "sw").param("return", "/"));
		for (String path : List.of("/admin/accounts?status=DELETED", "/admin/audit", "/admin")) {
			String text = Jsoup.parse(admin.perform(get(path)).getContentAsString()).text();
			assertThat(text).as(path).doesNotContain("Former participant");
		}
		assertThat(Jsoup.parse(admin.perform(get("/admin/accounts?status=DELETED")).getContentAsString())
			.select("#account-" + id + " h2")
			.text()).isEqualTo("Mshiriki wa zamani");
		assertThat(Jsoup.parse(admin.perform(get("/admin/audit")).getContentAsString()).text())
			.contains("Mshiriki wa zamani");

		// Nobody logs in as the erased account.
		assertThat(new WebClient(this.mvc, TestAccounts.newAddress()).logIn(leaving, TestAccounts.PASSWORD)
			.getRedirectedUrl()).contains("error");
	}

	@Test
	void anErasedAccountsWithheldGroupIsNotFoundByTheSearchGroupFilter() throws Exception {
		String facilitator = this.accounts.create("Filter Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String leaving = this.accounts.create("Filter Leaving Miner", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		String few = this.dialogues.create(facilitator, "Few miners dialogue", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		String many = this.dialogues.create(facilitator, "Many miners dialogue", Visibility.PUBLIC, JoinPolicy.OPEN,
				true, DialogueStatus.OPEN);
		this.dialogues.addMember(few, facilitator, leaving, DisplayMode.NAMED);
		this.dialogues.addMember(many, facilitator, leaving, DisplayMode.NAMED);
		for (int i = 0; i < 5; i++) {
			this.dialogues.addMember(many, facilitator,
					this.accounts.create("Staying Miner " + i, AccountRole.PARTICIPANT, "ARTISANAL_MINER"),
					DisplayMode.NAMED);
		}
		String word = "zq"
				+ Long.toString(java.util.concurrent.ThreadLocalRandom.current().nextLong(1L << 40, 1L << 45), 26)
					.replaceAll("[0-9]", "x");
		long inFew = this.challenges.raise(few, leaving, "Scales " + word + " in the small dialogue");
		long inMany = this.challenges.raise(many, leaving, "Scales " + word + " in the large dialogue");
		long comment = this.challenges.comment(few, leaving, inFew, null, "Nobody weighs fairly " + word);
		assertThat(searchHits(word, "ARTISANAL_MINER")).as("before the erasure")
			.anyMatch((href) -> href.endsWith("/challenges/" + inFew))
			.anyMatch((href) -> href.endsWith("#comment-" + comment))
			.anyMatch((href) -> href.endsWith("/challenges/" + inMany));

		erase(leaving);

		// Fewer than five artisanal miners are left where the small dialogue's page
		// withholds the group: filtering by it finds nothing there; with five, as the
		// page names the group, the filter may find it.
		List<String> miners = searchHits(word, "ARTISANAL_MINER");
		assertThat(miners).noneMatch((href) -> href.contains("/dialogues/" + few + "/"))
			.anyMatch((href) -> href.endsWith("/challenges/" + inMany));
		assertThat(searchHits(word, "BUYER")).isEmpty();
		assertThat(searchHits(word, null)).as("the texts stay searchable without the filter")
			.anyMatch((href) -> href.endsWith("/challenges/" + inFew))
			.anyMatch((href) -> href.endsWith("#comment-" + comment));
		Document page = Jsoup.parse(new WebClient(this.mvc).perform(get("/dialogues/" + many + "/challenges/" + inMany))
			.getContentAsString());
		assertThat(page.select(".challenge .byline .author").text()).isEqualTo("Former participant · Artisanal miner");
	}

	/**
	 * The person asks for their deletion, and the purge carries it out once it is due.
	 */
	private void erase(String email) throws Exception {
		client(email).perform(post("/account/delete").param("password", TestAccounts.PASSWORD));
		Instant requestedAt = this.jdbc
			.queryForObject("select deletion_requested_at from account where email = ?", java.sql.Timestamp.class,
					email)
			.toInstant();
		this.deletion.purge(requestedAt.plus(this.properties.grace()).plusSeconds(60));
	}

	private List<String> searchHits(String q, String group) throws Exception {
		var request = get("/search").param("q", q);
		if (group != null) {
			request.param("group", group);
		}
		return Jsoup.parse(new WebClient(this.mvc).perform(request).getContentAsString())
			.select("li.search-hit a[href]")
			.eachAttr("href");
	}

	/**
	 * The values of a column of a CSV file from the archive (after its byte-order mark).
	 */
	private static List<String> values(String csv, String column) {
		try {
			return CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(new StringReader(csv.substring(1)))
				.stream()
				.map((record) -> record.get(column))
				.filter((value) -> !value.isEmpty())
				.distinct()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void theEmailsOfAnAccountAreItsOwnWhateverAddressTheyWentToAndErasureDeletesThemAll() throws Exception {
		String first = this.accounts.participant("Moving Archive Person");
		new WebClient(this.mvc).perform(post("/password/forgot").param("email", first));
		this.mailbox.awaitLink(first, "/password/reset");
		String moved = "moved" + System.nanoTime() + "@test.example";
		WebClient mover = client(first);
		mover.perform(post("/account/email").param("newEmail", moved).param("currentPassword", TestAccounts.PASSWORD));
		String link = this.mailbox.latestLink(moved, "/account/email/confirm");
		assertThat(
				mover.perform(post("/account/email/confirm").param("token", link.substring(link.indexOf("token=") + 6)))
					.getRedirectedUrl())
			.isEqualTo("/account/profile");
		long moverId = this.jdbc.queryForObject("select id from account where email = ?", Long.class, moved);

		// Another person's account takes the freed address and is sent a reset link
		// there.
		this.accountService.provision(new ProvisionedAccount(first, "Newcomer At Old Address", TestAccounts.PASSWORD,
				"BUYER", null, "TZ", null, "en", AccountRole.PARTICIPANT));
		new WebClient(this.mvc).perform(post("/password/forgot").param("email", first));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.queryForObject("select count(*) from outbound_email where recipient = ?",
					Integer.class, first) == 3);

		String reset = "Choose a new Common Ground password";
		List<String> moversEmails = values(emailsCsv(client(moved)), "subject");
		assertThat(moversEmails).as("sent to the earlier address too")
			.contains(reset, "Your Common Ground email address is being changed",
					"Confirm your new Common Ground email address");
		assertThat(emailsCsv(client(moved)).lines().filter((line) -> line.contains(reset)).count())
			.as("not the newcomer's")
			.isOne();
		String newcomers = emailsCsv(client(first));
		assertThat(newcomers.lines().filter((line) -> line.contains(reset)).count()).isOne();
		assertThat(newcomers).doesNotContain("Your Common Ground email address is being changed");

		erase(moved);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from outbound_email where account_id = ? or recipient in (?, ?) and subject <> ?",
				Integer.class, moverId, moved, first, reset))
			.as("every email of the erased account, whatever its address")
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from outbound_email where recipient = ?", Integer.class,
				first))
			.as("the newcomer's stays")
			.isOne();
	}

	private static String emailsCsv(WebClient client) throws Exception {
		return Zips.unzip(client.perform(get("/account/data")).getContentAsByteArray()).get("emails.csv");
	}

	@Test
	void askingForDeletionEndsTheResetLinksAskedForBefore() throws Exception {
		String leaving = this.accounts.participant("Reset Then Leave");
		new WebClient(this.mvc).perform(post("/password/forgot").param("email", leaving));
		String link = this.mailbox.awaitLink(leaving, "/password/reset");
		client(leaving).perform(post("/account/delete").param("password", TestAccounts.PASSWORD));
		assertThat(status(leaving)).isNotNull();
		assertThat(new WebClient(this.mvc).perform(get(link)).getContentAsString()).contains("does not work any more");
	}

	@Test
	void anErasedFacilitatorReadsAsFormerParticipantInTheReadersLanguage() throws Exception {
		String facilitator = this.accounts.create("Erased Responder Juma", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String raiser = this.accounts.participant("Responder Raiser");
		String slug = this.dialogues.create(facilitator, "Former responder dialogue", Visibility.PUBLIC,
				JoinPolicy.OPEN, true, DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, raiser, DisplayMode.NAMED);
		long challenge = this.challenges.raise(slug, raiser, "Water from the pit is unsafe");
		String path = "/dialogues/" + slug + "/challenges/" + challenge;
		WebClient facilitating = client(facilitator);
		long version = this.jdbc.queryForObject("select version from challenge where id = ?", Long.class, challenge);
		assertThat(facilitating
			.perform(post(path + "/response").param("status", "UNDER_DISCUSSION")
				.param("response", "We are asking the mine to fence it.")
				.param("language", "en")
				.param("version", String.valueOf(version)))
			.getStatus()).isEqualTo(302);
		facilitating.perform(post(path + "/translation").param("language", "sw")
			.param("response", "Tunauomba mgodi uuzungushie uzio.")
			.param("responseStillFits", "true"));
		facilitating.perform(post("/dialogues/" + slug + "/vision/versions")
			.param("text", "# Geita 2030\n\nSafe water for every village.")
			.param("changeSummary", "First"));
		erase(facilitator);

		WebClient swahili = new WebClient(this.mvc);
		swahili.perform(post("/language").param("lang", "sw"));
		Document page = Jsoup.parse(swahili.perform(get(path)).getContentAsString());
		assertThat(page.select(".response .byline .author").text()).isEqualTo("Mshiriki wa zamani");
		assertThat(page.select(".response .comment-translation .meta").text()).contains("Mshiriki wa zamani");
		assertThat(page.text()).doesNotContain("Former participant").doesNotContain("Erased Responder Juma");
		Document vision = Jsoup.parse(swahili.perform(get("/dialogues/" + slug + "/vision")).getContentAsString());
		assertThat(vision.select(".version-facts .meta").text()).contains("Mshiriki wa zamani");
		assertThat(vision.text()).doesNotContain("Former participant");
	}

	@Test
	void aDeletionRequestIsConfirmedByEmailWithItsDateInThePersonsLanguage() throws Exception {
		String leaving = this.accounts.participant("Confirmed Leaver");
		this.jdbc.update("update account set locale = 'sw' where email = ?", leaving);
		WebClient client = client(leaving);
		client.perform(post("/account/delete").param("password", TestAccounts.PASSWORD));
		assertThat(this.mailbox.subjects(leaving)).containsExactly("Akaunti yako ya Common Ground itafutwa");
		// The next page says so in the person's language, with the date: logged out
		// ("Umetoka"), not expelled.
		String said = Jsoup.parse(client.perform(get("/")).getContentAsString()).select(".alert.success").text();
		assertThat(said).matches("Akaunti yako itafutwa tarehe \\d{1,2} .+ \\d{4}\\. Umetoka kwenye akaunti yako; .*")
			.doesNotContain("Umetolewa");
		Instant due = this.jdbc
			.queryForObject("select deletion_requested_at from account where email = ?", java.sql.Timestamp.class,
					leaving)
			.toInstant()
			.plus(this.properties.grace());
		String date = new org.commonground.shared.web.Times(org.commonground.shared.web.TimeZones.forCountry("TZ"),
				java.util.Locale.forLanguageTag("sw"))
			.longDate(due);
		assertThat(this.mailbox.latestBody(leaving)).contains("Habari Confirmed Leaver")
			.contains("Itafutwa tarehe " + date)
			.contains("/login");
	}

	private Object status(String email) {
		return this.jdbc.queryForObject("select deletion_requested_at from account where email = ?", Object.class,
				email);
	}

	/** Every text column of every table, searched for a value. */
	private List<String> tablesContaining(String value) {
		List<String> found = new ArrayList<>();
		for (Map<String, Object> column : this.jdbc.queryForList("""
				select c.table_name, c.column_name from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
				  and c.data_type in ('text', 'character varying', 'jsonb', 'json')""")) {
			String table = (String) column.get("table_name");
			String name = (String) column.get("column_name");
			Integer hits = this.jdbc.queryForObject(
					"select count(*) from \"" + table + "\" where cast(\"" + name + "\" as text) ilike ?",
					Integer.class, "%" + value + "%");
			if (hits != null && hits > 0) {
				found.add(table + "." + name);
			}
		}
		return found;
	}

	private WebClient client(String email) throws Exception {
		WebClient client = new WebClient(this.mvc, TestAccounts.newAddress());
		client.logIn(email, TestAccounts.PASSWORD);
		return client;
	}

}
