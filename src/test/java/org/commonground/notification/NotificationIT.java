package org.commonground.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.commonground.account.AccountRole;
import org.commonground.challenge.ChallengeFacilitation;
import org.commonground.challenge.ChallengeResponded;
import org.commonground.challenge.ChallengeStatus;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.DisplayMode;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.meeting.MeetingScheduled;
import org.commonground.support.IntegrationTest;
import org.commonground.support.Mailbox;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Notifications end to end: events of the other modules become notifications of the right
 * people (never of the one who acted), the inbox groups them by dialogue, the header
 * counts the unread ones without JavaScript, following and unfollowing decide who hears
 * of a challenge, immediate email carries the settings link and a working one-click
 * unsubscribe (RFC 8058), and an event delivered twice notifies once.
 */
class NotificationIT extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Autowired
	TestChallenges challenges;

	@Autowired
	ChallengeFacilitation facilitation;

	@Autowired
	NotificationFeed feed;

	@Autowired
	Mailbox mailbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.commonground.account.AccountService accountService;

	String facilitator;

	String miner;

	String ngo;

	String slug;

	@BeforeEach
	void dialogueWithMembers() {
		this.facilitator = this.accounts.create("Fiona Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		this.miner = this.accounts.create("Musa Miner", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		this.ngo = this.accounts.create("Neema Ngo", AccountRole.PARTICIPANT, "CIVIL_SOCIETY");
		this.slug = this.dialogues.create(this.facilitator, "Notified", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		this.dialogues.addMember(this.slug, this.facilitator, this.miner, DisplayMode.NAMED);
		this.dialogues.addMember(this.slug, this.facilitator, this.ngo, DisplayMode.NAMED);
	}

	@Test
	void anAccountMadeForSomeoneWithoutTheWebIsNeverWrittenTo() {
		org.commonground.account.AccountPrincipal offline = this.accountService.createOffline("SMS · Nyarugusu",
				"ARTISANAL_MINER", null, "sw");
		assertThat(this.accountService.recipient(offline.getId())).as("no digest, no notice: nobody reads it")
			.isEmpty();
		long miner = this.jdbc.queryForObject("select id from account where email = ?", Long.class, this.miner);
		assertThat(this.accountService.recipient(miner)).isPresent();
	}

	@Test
	void aReplyReachesTheAuthorsInboxHeaderAndMailboxButNotTheReplier() throws Exception {
		long challenge = this.challenges.raise(this.slug, this.miner, "Mercury at the sites");
		long comment = this.challenges.comment(this.slug, this.miner, challenge, null, "Who sells the mercury?");
		this.challenges.comment(this.slug, this.ngo, challenge, comment, "Traders in town do.");

		awaitNotifications(this.miner, 1);
		assertThat(notifications(this.ngo)).as("nobody hears of their own reply").isZero();

		WebClient miner = client(this.miner);
		String home = miner.perform(get("/dialogues")).getContentAsString();
		assertThat(home).contains("Notifications (1 unread)");
		String inbox = miner.perform(get("/notifications")).getContentAsString();
		// Unread, it opens through a form that marks it read (see
		// openingAnUnreadNotificationMarksItReadAndLeadsToItsPage).
		assertThat(inbox).contains("Someone replied to your comment").contains("/open\"").contains("Notified");

		assertThat(this.mailbox.subjects(this.miner)).singleElement()
			.asString()
			.contains("Someone replied to your comment");
		String body = this.mailbox.latestBody(this.miner);
		assertThat(body).contains("Hello Musa Miner")
			.contains("/account/notifications")
			.contains("/unsubscribe?token=");
		String headers = this.jdbc.queryForObject(
				"select headers from outbound_email where recipient = ? order by id desc limit 1", String.class,
				this.miner);
		assertThat(headers).contains("List-Unsubscribe: <http://localhost/unsubscribe?token=")
			.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
		assertThat(this.jdbc.queryForObject(
				"select html_body from outbound_email where recipient = ? order by id desc limit 1", String.class,
				this.miner))
			.contains("<a href=\"http://localhost/unsubscribe?token=");

		long id = this.jdbc.queryForObject("select id from notification where recipient_id = ?", Long.class,
				accountId(this.miner));
		assertThat(client(this.ngo).perform(post("/notifications/" + id + "/read")).getStatus()).isEqualTo(302);
		assertThat(miner.perform(get("/dialogues")).getContentAsString())
			.as("someone else cannot mark my notification read")
			.contains("Notifications (1 unread)");
		miner.perform(post("/notifications/" + id + "/read"));
		assertThat(miner.perform(get("/dialogues")).getContentAsString()).doesNotContain("unread)");
	}

	@Test
	void theInboxShowsTimesInTheDialoguesZoneAsEveryOtherPageDoes() throws Exception {
		this.jdbc.update("update dialogue set time_zone = 'Africa/Dar_es_Salaam' where slug = ?", this.slug);
		long challenge = this.challenges.raise(this.slug, this.miner, "Mercury at the sites");
		long comment = this.challenges.comment(this.slug, this.miner, challenge, null, "Who sells the mercury?");
		this.challenges.comment(this.slug, this.ngo, challenge, comment, "Traders in town do.");
		awaitNotifications(this.miner, 1);
		java.time.Instant created = this.jdbc
			.queryForObject("select created_at from notification where recipient_id = ?", java.sql.Timestamp.class,
					accountId(this.miner))
			.toInstant();

		org.jsoup.nodes.Element time = Jsoup
			.parse(client(this.miner).perform(get("/notifications")).getContentAsString())
			.selectFirst("ul.notifications time");
		String local = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", java.util.Locale.ENGLISH)
			.format(created.atZone(java.time.ZoneId.of("Africa/Dar_es_Salaam")));
		assertThat(time.text()).isEqualTo(local + " East Africa Time").doesNotContain("UTC");
		assertThat(time.attr("datetime")).endsWith("+03:00");
	}

	@Test
	void aResponseReachesTheChallengesAuthorAndFollowersUntilTheyUnfollow() throws Exception {
		long challenge = this.challenges.raise(this.slug, this.miner, "Licences take years");
		this.challenges.comment(this.slug, this.ngo, challenge, null, "Same in our district.");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from notification_follow where account_id = ? and target_type = 'CHALLENGE'",
					Integer.class, accountId(this.ngo)) == 1);

		respond(challenge, ChallengeStatus.UNDER_DISCUSSION);
		// The author heard of the comment too.
		awaitNotifications(this.miner, 2);
		awaitNotifications(this.ngo, 1);
		assertThat(kinds(this.facilitator)).as("the responder hears nothing of their own response")
			.containsExactly("NEW_CHALLENGE");
		assertThat(Jsoup.parse(client(this.ngo).perform(get("/notifications")).getContentAsString()).text())
			.contains("The challenge “Licences take years” is now: under discussion");
		assertThat(this.mailbox.subjects(this.ngo)).as("challenge news go to the daily digest by default").isEmpty();

		WebClient ngo = client(this.ngo);
		String settings = ngo.perform(get("/account/notifications")).getContentAsString();
		assertThat(Jsoup.parse(settings).select("ul.follows li:has(a[href$=/challenges/" + challenge + "])").text())
			.startsWith("Licences take years, in ");
		// The facilitators' news is offered to those who facilitate only.
		assertThat(Jsoup.parse(settings).select("input[name='frequencies[FACILITATION]']")).isEmpty();
		assertThat(Jsoup.parse(settings).select("input[name='frequencies[REPLIES]']")).isNotEmpty();
		assertThat(Jsoup.parse(client(this.facilitator).perform(get("/account/notifications")).getContentAsString())
			.select("input[name='frequencies[FACILITATION]']")).isNotEmpty();
		ngo.perform(post("/account/notifications/unfollow").param("type", "CHALLENGE")
			.param("targetId", String.valueOf(challenge)));
		respond(challenge, ChallengeStatus.ADDRESSED);

		awaitNotifications(this.miner, 3);
		assertThat(notifications(this.ngo)).as("unfollowed").isEqualTo(1);
	}

	@Test
	void sayingAChallengeAffectsOneTooFollowsIt() throws Exception {
		long challenge = this.challenges.raise(this.slug, this.miner, "Roads to the pits wash away");
		String path = "/dialogues/" + this.slug + "/challenges/" + challenge;
		WebClient ngo = client(this.ngo);
		assertThat(ngo.perform(post(path + "/endorsement")).getStatus()).isEqualTo(302);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from notification_follow where account_id = ? and target_type = 'CHALLENGE' "
							+ "and target_id = ?",
					Integer.class, accountId(this.ngo), challenge) == 1);
		assertThat(Jsoup.parse(ngo.perform(get(path)).getContentAsString()).select(".follow-box").text())
			.contains("You follow this challenge");
		respond(challenge, ChallengeStatus.UNDER_DISCUSSION);
		awaitNotifications(this.ngo, 1);
	}

	@Test
	void aChallengeHeldForReviewIsListedByItsTitleToItsAuthorOnly() throws Exception {
		long challenge = this.challenges.raise(this.slug, this.miner, "Roads to the pits flood");
		String path = "/dialogues/" + this.slug + "/challenges/" + challenge;
		WebClient miner = client(this.miner);
		WebClient ngo = client(this.ngo);
		miner.perform(post(path + "/follow"));
		ngo.perform(post(path + "/follow"));
		this.jdbc.update("update challenge set moderation = 'PENDING' where id = ?", challenge);
		String follow = "ul.follows li:has(a[href$=/challenges/" + challenge + "])";
		assertThat(Jsoup.parse(miner.perform(get("/account/notifications")).getContentAsString()).select(follow).text())
			.as("its author may see it")
			.startsWith("Roads to the pits flood, in ");
		assertThat(Jsoup.parse(ngo.perform(get("/account/notifications")).getContentAsString()).select(follow).text())
			.as("others may not")
			.doesNotContain("Roads to the pits flood");
	}

	@Test
	void aMemberFollowsAChallengeFromItsPageAndHearsOfItsResponseUntilUnfollowing() throws Exception {
		long challenge = this.challenges.raise(this.slug, this.miner, "Scales are never checked");
		String path = "/dialogues/" + this.slug + "/challenges/" + challenge;
		assertThat(Jsoup.parse(new WebClient(this.mvc).perform(get(path)).getContentAsString()).select(".follow-box"))
			.as("nothing to follow for a visitor")
			.isEmpty();
		WebClient ngo = client(this.ngo);
		Document page = Jsoup.parse(ngo.perform(get(path)).getContentAsString());
		org.jsoup.nodes.Element follow = page.selectFirst(".follow-box form[method=post]");
		assertThat(follow.attr("action")).isEqualTo(path + "/follow");
		assertThat(follow.text()).isEqualTo("Follow");
		assertThat(ngo.perform(post(follow.attr("action"))).getRedirectedUrl()).isEqualTo(path);
		Document following = Jsoup.parse(ngo.perform(get(path)).getContentAsString());
		assertThat(following.select(".follow-box").text()).contains("You follow this challenge");
		assertThat(Jsoup.parse(ngo.perform(get("/account/notifications")).getContentAsString())
			.select("ul.follows li:has(a[href$=/challenges/" + challenge + "])")
			.text()).startsWith("Scales are never checked, in ");

		respond(challenge, ChallengeStatus.UNDER_DISCUSSION);
		awaitNotifications(this.ngo, 1);
		assertThat(ngo.perform(get(path)).getContentAsString())
			.as("the header's count, read with the follow box's question")
			.contains("Notifications (1 unread)");

		String unfollow = following.selectFirst(".follow-box form[method=post]").attr("action");
		assertThat(unfollow).isEqualTo(path + "/unfollow");
		ngo.perform(post(unfollow));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from notification_follow where account_id = ? and target_type = 'CHALLENGE'",
				Integer.class, accountId(this.ngo)))
			.isZero();
		assertThat(Jsoup.parse(ngo.perform(get(path)).getContentAsString()).select(".follow-box form").attr("action"))
			.isEqualTo(path + "/follow");
		assertThat(ngo.perform(post("/dialogues/" + this.slug + "/challenges/" + (challenge + 100000) + "/follow"))
			.getStatus()).as("no such challenge").isEqualTo(404);
	}

	@Test
	void someoneRemovedFromAMembersOnlyDialogueStopsFollowingItAndHearsNothingMoreOfIt() throws Exception {
		String closed = this.dialogues.create(this.facilitator, "Closed circle", Visibility.MEMBERS_ONLY,
				JoinPolicy.OPEN, true, DialogueStatus.OPEN);
		this.dialogues.addMember(closed, this.facilitator, this.miner, DisplayMode.NAMED);
		this.dialogues.addMember(closed, this.facilitator, this.ngo, DisplayMode.NAMED);
		long dialogueId = this.jdbc.queryForObject("select id from dialogue where slug = ?", Long.class, closed);
		long challenge = this.challenges.raise(closed, this.miner, "Who buys our gold");
		// The author follows the challenge and the dialogue.
		await().atMost(Duration.ofSeconds(30)).until(() -> follows(this.miner, dialogueId) == 2);
		WebClient ngo = client(this.ngo);
		ngo.perform(post("/dialogues/" + closed + "/follow"));
		this.jdbc.update("""
				insert into notification_follow (account_id, target_type, target_id, dialogue_id, created_at)
				values (?, 'CHALLENGE', ?, ?, now())""", accountId(this.ngo), challenge, dialogueId);
		assertThat(follows(this.ngo, dialogueId)).isEqualTo(2);

		long membershipId = this.dialogues.membershipId(closed, this.ngo);
		assertThat(client(this.facilitator)
			.perform(post("/dialogues/" + closed + "/members/" + membershipId + "/remove").param("reason",
					"Not part of the cooperative"))
			.getStatus()).isEqualTo(302);
		await().atMost(Duration.ofSeconds(30)).until(() -> follows(this.ngo, dialogueId) == 0);
		assertThat(follows(this.miner, dialogueId)).as("the others keep theirs").isEqualTo(2);

		// A follow left from before (or made another way) does not reach someone who may
		// no longer read the dialogue either: the listener checks at the time it runs.
		this.jdbc.update("""
				insert into notification_follow (account_id, target_type, target_id, dialogue_id, created_at)
				values (?, 'DIALOGUE', ?, ?, now()), (?, 'CHALLENGE', ?, ?, now())""", accountId(this.ngo), dialogueId,
				dialogueId, accountId(this.ngo), challenge, dialogueId);
		this.jdbc.update("insert into notification_preference (account_id, category, frequency) values (?, ?, ?)",
				accountId(this.ngo), "MEETINGS", "IMMEDIATE");
		NotificationFeed listener = AopTestUtils.getUltimateTargetObject(this.feed);
		listener.on(new MeetingScheduled(dialogueId, 999_999, "Secret buyers' meeting", Instant.now(),
				accountId(this.facilitator)));
		listener.on(new ChallengeResponded(dialogueId, challenge, accountId(this.miner), "Who buys our gold",
				ChallengeStatus.ADDRESSED, true, accountId(this.facilitator), 1));

		assertThat(notifications(this.miner)).as("a member hears of both").isEqualTo(2);
		assertThat(notifications(this.ngo)).as("the removed member of neither").isZero();
		assertThat(ngo.perform(get("/notifications")).getContentAsString()).doesNotContain("Secret buyers")
			.doesNotContain("Who buys our gold");
		assertThat(this.mailbox.subjects(this.ngo)).noneMatch((s) -> s.contains("Secret buyers"));
	}

	@Test
	void someoneWhoLeavesADialogueStopsFollowingIt() throws Exception {
		String open = this.dialogues.create(this.facilitator, "Open circle", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		this.dialogues.addMember(open, this.facilitator, this.ngo, DisplayMode.NAMED);
		long dialogueId = this.jdbc.queryForObject("select id from dialogue where slug = ?", Long.class, open);
		WebClient ngo = client(this.ngo);
		ngo.perform(get(ngo.perform(post("/dialogues/" + open + "/follow")).getRedirectedUrl()));
		assertThat(follows(this.ngo, dialogueId)).isEqualTo(1);

		String left = ngo.perform(post("/dialogues/" + open + "/leave")).getRedirectedUrl();
		await().atMost(Duration.ofSeconds(30)).until(() -> follows(this.ngo, dialogueId) == 0);
		assertThat(Jsoup.parse(ngo.perform(get(left)).getContentAsString()).text())
			.contains("You have left this dialogue and no longer follow it.");
	}

	private int follows(String email, long dialogueId) {
		return this.jdbc.queryForObject(
				"select count(*) from notification_follow where account_id = ? and dialogue_id = ?", Integer.class,
				accountId(email), dialogueId);
	}

	@Test
	void anEventDeliveredTwiceNotifiesAndEmailsOnce() throws Exception {
		long challenge = this.challenges.raise(this.slug, this.miner, "Twice told");
		this.jdbc.update("insert into notification_preference (account_id, category, frequency) values (?, ?, ?)",
				accountId(this.miner), "CHALLENGES", "IMMEDIATE");
		long dialogueId = this.jdbc.queryForObject("select id from dialogue where slug = ?", Long.class, this.slug);
		ChallengeResponded event = new ChallengeResponded(dialogueId, challenge, accountId(this.miner), "Twice told",
				ChallengeStatus.ADDRESSED, true, accountId(this.facilitator), 7);

		// the listener itself (as the registry calls it again after a crash), not its
		// asynchronous proxy
		NotificationFeed listener = AopTestUtils.getUltimateTargetObject(this.feed);
		listener.on(event);
		listener.on(event);

		assertThat(notifications(this.miner)).isEqualTo(1);
		assertThat(this.mailbox.subjects(this.miner)).hasSize(1);
	}

	@Test
	void oneClickUnsubscribeStopsThatCategoryWithoutALoginAndAForgedTokenDoesNothing() throws Exception {
		long challenge = this.challenges.raise(this.slug, this.miner, "Unsubscribing");
		long comment = this.challenges.comment(this.slug, this.miner, challenge, null, "First.");
		this.challenges.comment(this.slug, this.ngo, challenge, comment, "Reply one.");
		awaitNotifications(this.miner, 1);
		String link = this.mailbox.latestLink(this.miner, "/unsubscribe");
		String token = link.substring(link.indexOf("token=") + 6);

		WebClient mailClient = new WebClient(this.mvc);
		String confirm = mailClient.perform(get(link)).getContentAsString();
		assertThat(confirm).contains("Stop these emails: Replies to my comments?");
		assertThat(frequency(this.miner, "REPLIES")).as("GET changes nothing").isNull();
		MockHttpServletResponse invalid = mailClient.perform(get("/unsubscribe").param("token", "abc"));
		assertThat(invalid.getStatus()).as("a token that is not one is not found").isEqualTo(404);
		assertThat(invalid.getContentAsString()).contains("This unsubscribe link is not valid.");

		MockHttpServletResponse forged = mailClient
			.performAsIs(post("/unsubscribe").param("token", token.substring(0, token.length() - 2) + "xx")
				.param("List-Unsubscribe", "One-Click"));
		assertThat(forged.getStatus()).isEqualTo(403);
		assertThat(frequency(this.miner, "REPLIES")).isNull();

		MockHttpServletResponse oneClick = mailClient.performAsIs(
				post(link).contentType("application/x-www-form-urlencoded").content("List-Unsubscribe=One-Click"));
		assertThat(oneClick.getStatus()).isEqualTo(200);
		assertThat(oneClick.getContentAsString()).contains("You will no longer get these emails");
		assertThat(frequency(this.miner, "REPLIES")).isEqualTo("NONE");

		this.challenges.comment(this.slug, this.ngo, challenge, comment, "Reply two.");
		awaitNotifications(this.miner, 2);
		assertThat(this.mailbox.subjects(this.miner)).as("no email after unsubscribing").hasSize(1);
	}

	@Test
	void theFacilitatorsHearOfANewChallengeInAppAndByEmailButNotItsAuthor() throws Exception {
		WebClient facilitator = client(this.facilitator);
		Document settings = Jsoup.parse(facilitator.perform(get("/account/notifications")).getContentAsString());
		assertThat(settings.text())
			.contains("Join requests, reports, new challenges, map proposals and suggested resources (facilitators)");
		facilitator.perform(post("/account/notifications").param("frequencies[FACILITATION]", "IMMEDIATE"));
		assertThat(frequency(this.facilitator, "FACILITATION")).isEqualTo("IMMEDIATE");

		long challenge = this.challenges.raise(this.slug, this.miner, "Roads cut off in the rains");
		await().atMost(Duration.ofSeconds(30)).until(() -> kinds(this.facilitator).contains("NEW_CHALLENGE"));
		assertThat(this.jdbc.queryForObject(
				"select category from notification where recipient_id = ? and kind = 'NEW_CHALLENGE'", String.class,
				accountId(this.facilitator)))
			.isEqualTo("FACILITATION");
		assertThat(kinds(this.miner)).as("not its author").doesNotContain("NEW_CHALLENGE");
		assertThat(kinds(this.ngo)).as("members who do not facilitate").doesNotContain("NEW_CHALLENGE");
		Document inbox = Jsoup.parse(facilitator.perform(get("/notifications")).getContentAsString());
		assertThat(inbox.select("ul.notifications li").text())
			.contains("New challenge “Roads cut off in the rains” in a dialogue you facilitate");
		assertThat(this.mailbox.subjects(this.facilitator)).as("right away, as the setting says")
			.anyMatch((s) -> s.contains("New challenge “Roads cut off in the rains”"));

		// One the facilitator raised themselves is no news to them.
		// (Its author follows it in the same transaction that would notify them.)
		long own = this.challenges.raise(this.slug, this.facilitator, "Our own question");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from notification_follow where account_id = ? and target_type = 'CHALLENGE'"
							+ " and target_id = ?",
					Integer.class, accountId(this.facilitator), own) == 1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from notification where recipient_id = ? and kind = 'NEW_CHALLENGE'", Integer.class,
				accountId(this.facilitator)))
			.isEqualTo(1);
	}

	@Test
	void aSuggestedLinkIsNewsToTheFacilitatorsAndItsDeclineWithTheReasonToTheMemberByEmail() throws Exception {
		WebClient facilitator = client(this.facilitator);
		WebClient miner = client(this.miner);
		facilitator.perform(post("/account/notifications").param("frequencies[FACILITATION]", "IMMEDIATE"));
		Document settings = Jsoup.parse(miner.perform(get("/account/notifications")).getContentAsString());
		assertThat(settings.text())
			.contains("Answers to my comments on the vision, my map proposals and my suggested resources");
		miner.perform(post("/account/notifications").param("frequencies[ANSWERS]", "IMMEDIATE"));
		assertThat(frequency(this.miner, "ANSWERS")).isEqualTo("IMMEDIATE");

		miner.perform(post("/dialogues/" + this.slug + "/resources/suggestions").param("title", "Gold price tracker")
			.param("url", "https://example.org/prices")
			.param("language", "en"));
		await().atMost(Duration.ofSeconds(30)).until(() -> kinds(this.facilitator).contains("RESOURCE_SUGGESTED"));
		assertThat(this.mailbox.subjects(this.facilitator)).as("right away, as the setting says")
			.anyMatch((s) -> s.contains("A member suggested \u201cGold price tracker\u201d for the library"));
		assertThat(kinds(this.miner)).as("not the member who suggested it").doesNotContain("RESOURCE_SUGGESTED");
		assertThat(kinds(this.ngo)).as("members who do not facilitate").doesNotContain("RESOURCE_SUGGESTED");

		long suggestion = this.jdbc.queryForObject("select id from resource_suggestion where title = ?", Long.class,
				"Gold price tracker");
		facilitator.perform(post("/dialogues/" + this.slug + "/resources/suggestions/" + suggestion + "/decline")
			.param("reason", "A shop, not evidence."));
		await().atMost(Duration.ofSeconds(30)).until(() -> kinds(this.miner).contains("SUGGESTION_DECLINED"));
		assertThat(this.jdbc.queryForObject(
				"select category from notification where recipient_id = ? and kind = 'SUGGESTION_DECLINED'",
				String.class, accountId(this.miner)))
			.isEqualTo("ANSWERS");
		assertThat(this.mailbox.subjects(this.miner))
			.anyMatch((s) -> s.contains("A facilitator declined your suggestion \u201cGold price tracker\u201d"));
		assertThat(this.mailbox.latestBody(this.miner)).contains("Reason: A shop, not evidence.")
			.contains("/dialogues/" + this.slug + "/resources/suggestions");
		assertThat(kinds(this.facilitator)).as("not the facilitator who decided").doesNotContain("SUGGESTION_DECLINED");
		// The inbox shows the reason under the entry too.
		Document inbox = Jsoup.parse(miner.perform(get("/notifications")).getContentAsString());
		assertThat(inbox.select("ul.notifications li:contains(declined your suggestion) .notification-reason").text())
			.isEqualTo("Reason: A shop, not evidence.");
	}

	private List<String> kinds(String email) {
		return this.jdbc.queryForList("select kind from notification where recipient_id = ?", String.class,
				accountId(email));
	}

	@Test
	void settingsAreSavedPerCategoryWithTheWeeklyDay() throws Exception {
		WebClient miner = client(this.miner);
		String page = miner.perform(get("/account/notifications")).getContentAsString();
		assertThat(page).contains("Replies to my comments").contains("Weekly summary");
		miner.perform(post("/account/notifications").param("frequencies[VISION]", "WEEKLY")
			.param("frequencies[REPLIES]", "DAILY")
			.param("weeklyDay", "FRIDAY"));
		assertThat(miner.lastFlash()).containsEntry("flashSuccess", "notification.settings.saved");
		assertThat(frequency(this.miner, "VISION")).isEqualTo("WEEKLY");
		assertThat(frequency(this.miner, "REPLIES")).isEqualTo("DAILY");
		assertThat(this.jdbc.queryForObject("select weekly_day from notification_digest where account_id = ?",
				Integer.class, accountId(this.miner)))
			.isEqualTo(5);
		assertThat(new WebClient(this.mvc).perform(get("/account/notifications")).getStatus())
			.as("visitors are sent to the login")
			.isEqualTo(302);
	}

	@Test
	void followingADialogueBringsItsNewVisionVersions() throws Exception {
		WebClient ngo = client(this.ngo);
		String follow = "form[action='/dialogues/" + this.slug + "/follow']";
		String unfollow = "form[action='/dialogues/" + this.slug + "/unfollow']";
		// The dialogue's page says whether they follow it, with the one button that
		// changes it.
		Document before = Jsoup.parse(ngo.perform(get("/dialogues/" + this.slug)).getContentAsString());
		assertThat(before.select(".membership-box " + follow + " input[name=_csrf]")).isNotEmpty();
		assertThat(before.select(unfollow)).isEmpty();
		ngo.perform(post("/dialogues/" + this.slug + "/follow"));
		assertThat(ngo.lastFlash()).containsEntry("flashSuccess", "notification.follow.started");
		Document after = Jsoup.parse(ngo.perform(get("/dialogues/" + this.slug)).getContentAsString());
		assertThat(after.select(".follow-box").text()).startsWith("You follow this dialogue");
		assertThat(after.select(follow)).isEmpty();
		assertThat(after.select(".membership-box " + unfollow)).isNotEmpty();
		assertThat(Jsoup.parse(new WebClient(this.mvc).perform(get("/dialogues/" + this.slug)).getContentAsString())
			.select(".follow-box")).as("visitors follow nothing").isEmpty();
		this.dialogues.as(this.facilitator, (me) -> this.vision.publish(this.slug, me,
				"A sector where miners are heard.\n\nA second paragraph.", "First draft", null));
		awaitNotifications(this.ngo, 1);
		assertThat(Jsoup.parse(ngo.perform(get("/notifications")).getContentAsString()).text())
			.contains("Version 1 of the vision is published");
		assertThat(notifications(this.miner)).as("not following").isZero();
		ngo.perform(post("/dialogues/" + this.slug + "/unfollow"));
		assertThat(this.jdbc.queryForObject("select count(*) from notification_follow where account_id = ?",
				Integer.class, accountId(this.ngo)))
			.isZero();
	}

	@Test
	void aHiddenCommentAndItsRestoringReachTheAuthorNamedByItsText() throws Exception {
		long challenge = this.challenges.raise(this.slug, this.ngo, "Water at the pits");
		long comment = this.challenges.comment(this.slug, this.miner, challenge, null, "The pond water makes us sick.");
		WebClient facilitating = client(this.facilitator);
		String moderate = "/dialogues/" + this.slug + "/moderation/comments/" + comment;
		assertThat(facilitating.perform(post(moderate + "/hide").param("reason", "OFF_TOPIC")).getStatus())
			.isEqualTo(302);
		awaitNotifications(this.miner, 1);
		assertThat(client(this.miner).perform(get("/notifications")).getContentAsString())
			.contains("The pond water makes us sick.")
			.contains("off topic");
		assertThat(facilitating.perform(post(moderate + "/restore").param("confirmed", "true")).getStatus())
			.isEqualTo(302);
		awaitNotifications(this.miner, 2);
		// Moderation notices are emailed right away by default, once each.
		assertThat(this.mailbox.subjects(this.miner)).containsOnlyOnce("Your contribution was hidden")
			.containsOnlyOnce("Your contribution is visible again");

		// Someone who wants them in the digest (or not by email) gets no email now: the
		// inbox tells them.
		this.jdbc.update("insert into notification_preference (account_id, category, frequency) values (?, ?, ?)",
				accountId(this.miner), "MODERATION", "DAILY");
		assertThat(facilitating.perform(post(moderate + "/hide").param("reason", "PERSONAL_INFORMATION")).getStatus())
			.isEqualTo(302);
		awaitNotifications(this.miner, 3);
		assertThat(this.mailbox.subjects(this.miner)).containsOnlyOnce("Your contribution was hidden");
	}

	@Test
	void aNewCommentOnAChallengeReachesThoseWhoFollowItOnceShownButNotItsAuthor() throws Exception {
		long challenge = this.challenges.raise(this.slug, this.ngo, "Water at the pits");
		this.challenges.comment(this.slug, this.miner, challenge, null,
				"The pond water makes us sick, the children most of all, so every morning before work we walk "
						+ "two hours to the river and back with the jerrycans.");
		awaitNotifications(this.ngo, 1);
		assertThat(notifications(this.miner)).as("nobody hears of their own comment").isZero();
		assertThat(Jsoup.parse(client(this.ngo).perform(get("/notifications")).getContentAsString()).text())
			.contains("New comment on a challenge you follow: “The pond water makes us sick, the children most")
			.doesNotContain("jerrycans");
		long kept = this.jdbc.queryForObject(
				"select count(*) from notification where recipient_id = ? and kind = 'CHALLENGE_COMMENT' and category = 'CHALLENGES'",
				Long.class, accountId(this.ngo));
		assertThat(kept).as("one notification per comment and follower").isEqualTo(1);

		// A held comment tells the followers when it is approved, not before.
		WebClient facilitator = client(this.facilitator);
		facilitator.perform(post("/dialogues/" + this.slug + "/moderation/settings").param("premoderateFirst", "1")
			.param("autoHideReports", "3"));
		String newcomer = this.accounts.create("Nuru Newcomer", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		this.dialogues.addMember(this.slug, this.facilitator, newcomer, DisplayMode.NAMED);
		long held = this.challenges.comment(this.slug, newcomer, challenge, null, "We share one well.");
		assertThat(this.jdbc.queryForObject("select status from comment where id = ?", String.class, held))
			.isEqualTo("PENDING");
		// The newcomer's posting is handled (they follow the challenge now) and told
		// nobody.
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from notification_follow where account_id = ? and target_id = ?", Integer.class,
					accountId(newcomer), challenge) == 1);
		assertThat(notifications(this.ngo)).isEqualTo(1);
		facilitator.perform(post("/dialogues/" + this.slug + "/moderation/comments/" + held + "/approve"));
		awaitNotifications(this.ngo, 2);
		awaitNotifications(this.miner, 1);
		assertThat(client(this.miner).perform(get("/notifications")).getContentAsString())
			.contains("We share one well.");
	}

	@Test
	void theUnsubscribePageAndItsResultAreInTheRecipientsLanguage() throws Exception {
		this.jdbc.update("update account set locale = 'fr' where email = ?", this.miner);
		long challenge = this.challenges.raise(this.slug, this.miner, "Langue");
		long comment = this.challenges.comment(this.slug, this.miner, challenge, null, "Premier.");
		this.challenges.comment(this.slug, this.ngo, challenge, comment, "Reply.");
		awaitNotifications(this.miner, 1);
		String link = this.mailbox.latestLink(this.miner, "/unsubscribe");

		// Opened from a mail application: no session, no language chosen on the device.
		Document confirm = Jsoup.parse(new WebClient(this.mvc).perform(get(link)).getContentAsString());
		assertThat(confirm.select("html").attr("lang")).isEqualTo("fr");
		assertThat(confirm.text().replace('\u00a0', ' '))
			.contains("Arrêter ces e-mails : Réponses à mes commentaires ?");
		MockHttpServletResponse oneClick = new WebClient(this.mvc).performAsIs(
				post(link).contentType("application/x-www-form-urlencoded").content("List-Unsubscribe=One-Click"));
		Document done = Jsoup.parse(oneClick.getContentAsString());
		assertThat(done.select("html").attr("lang")).isEqualTo("fr");
		assertThat(done.text()).contains("C’est fait. Vous ne recevrez plus ces e-mails");
		assertThat(frequency(this.miner, "REPLIES")).isEqualTo("NONE");
	}

	@Test
	void aModerationNoticeLinksToTheSettingsAndUnsubscribesInOneClick() throws Exception {
		long challenge = this.challenges.raise(this.slug, this.ngo, "Noise at night");
		long comment = this.challenges.comment(this.slug, this.miner, challenge, null, "The crusher runs all night.");
		assertThat(client(this.facilitator)
			.perform(post("/dialogues/" + this.slug + "/moderation/comments/" + comment + "/hide").param("reason",
					"OFF_TOPIC"))
			.getStatus()).isEqualTo(302);
		await().atMost(Duration.ofSeconds(30)).until(() -> !this.mailbox.subjects(this.miner).isEmpty());
		assertThat(this.mailbox.subjects(this.miner)).containsExactly("Your contribution was hidden");
		assertThat(this.mailbox.latestBody(this.miner)).contains("http://localhost/account/notifications")
			.contains("Stop emails about moderation: http://localhost/unsubscribe?token=");
		String headers = this.jdbc.queryForObject(
				"select headers from outbound_email where recipient = ? order by id desc limit 1", String.class,
				this.miner);
		assertThat(headers).contains("List-Unsubscribe: <http://localhost/unsubscribe?token=")
			.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click");

		String link = this.mailbox.latestLink(this.miner, "/unsubscribe");
		assertThat(new WebClient(this.mvc)
			.performAsIs(
					post(link).contentType("application/x-www-form-urlencoded").content("List-Unsubscribe=One-Click"))
			.getStatus()).isEqualTo(200);
		assertThat(frequency(this.miner, "MODERATION")).isEqualTo("NONE");
	}

	@Test
	void theInboxAndItsCountLeaveOutWhatTheReaderMayNoLongerSee() throws Exception {
		long children = this.challenges.raise(this.slug, this.miner, "Children still work at the processing sites");
		long pits = this.challenges.raise(this.slug, this.miner, "Open pits near the school");
		WebClient ngo = client(this.ngo);
		ngo.perform(post("/dialogues/" + this.slug + "/challenges/" + children + "/follow"));
		ngo.perform(post("/dialogues/" + this.slug + "/challenges/" + pits + "/follow"));
		long asked = this.challenges.comment(this.slug, this.ngo, children, null, "Which sites?");
		this.challenges.comment(this.slug, this.miner, children, asked, "The ones by the river.");
		respond(children, ChallengeStatus.ADDRESSED);
		respond(pits, ChallengeStatus.ADDRESSED);
		awaitNotifications(this.ngo, 3);
		assertThat(inboxEntries(ngo)).hasSize(3);
		assertThat(ngo.perform(get("/dialogues")).getContentAsString()).contains("Notifications (3 unread)");

		// Hidden for personal information: its title, and the reply under it, leave the
		// follower's inbox and count; the other challenge stays.
		assertThat(client(this.facilitator)
			.perform(post("/dialogues/" + this.slug + "/moderation/challenges/" + children + "/hide").param("reason",
					"PERSONAL_INFORMATION"))
			.getStatus()).isEqualTo(302);
		String inbox = ngo.perform(get("/notifications")).getContentAsString();
		assertThat(inbox).doesNotContain("Children still work")
			.doesNotContain("/comments/")
			.contains("Open pits near the school");
		assertThat(inboxEntries(ngo)).hasSize(1);
		assertThat(ngo.perform(get("/dialogues")).getContentAsString()).contains("Notifications (1 unread)");
		long hidden = this.jdbc.queryForObject(
				"select id from notification where recipient_id = ? and path like ? and kind <> 'REPLY'", Long.class,
				accountId(this.ngo), "%/challenges/" + children);
		assertThat(ngo.perform(post("/notifications/" + hidden + "/open")).getStatus()).as("not shown, not opened")
			.isEqualTo(404);
		// Its author still sees their own, with the notice of its hiding.
		assertThat(client(this.miner).perform(get("/notifications")).getContentAsString())
			.contains("Children still work at the processing sites");

		// Made members-only: someone who is not a member no longer sees what is in it.
		String outsider = this.accounts.participant("Outside Reader");
		insertNotification(outsider, this.slug, "MEETINGS", "MEETING", "Confidential price meeting", "meetings/1");
		WebClient outside = client(outsider);
		assertThat(outside.perform(get("/notifications")).getContentAsString()).contains("Confidential price meeting");
		this.jdbc.update("update dialogue set visibility = 'MEMBERS_ONLY' where slug = ?", this.slug);
		assertThat(outside.perform(get("/notifications")).getContentAsString())
			.doesNotContain("Confidential price meeting");
		assertThat(outside.perform(get("/dialogues")).getContentAsString()).doesNotContain("unread)");
		assertThat(ngo.perform(get("/notifications")).getContentAsString()).as("a member still does")
			.contains("Open pits near the school");

		// Removed from it: nothing of it either.
		long membershipId = this.dialogues.membershipId(this.slug, this.ngo);
		client(this.facilitator).perform(post("/dialogues/" + this.slug + "/members/" + membershipId + "/remove")
			.param("reason", "Not part of the cooperative"));
		assertThat(ngo.perform(get("/notifications")).getContentAsString()).doesNotContain("Open pits near the school");
		assertThat(ngo.perform(get("/dialogues")).getContentAsString()).doesNotContain("unread)");
	}

	@Test
	void openingAnUnreadNotificationMarksItReadAndLeadsToItsPage() throws Exception {
		long challenge = this.challenges.raise(this.slug, this.miner, "Mercury at the sites");
		long comment = this.challenges.comment(this.slug, this.miner, challenge, null, "Who sells the mercury?");
		long reply = this.challenges.comment(this.slug, this.ngo, challenge, comment, "Traders in town do.");
		awaitNotifications(this.miner, 1);
		long id = this.jdbc.queryForObject("select id from notification where recipient_id = ?", Long.class,
				accountId(this.miner));
		WebClient miner = client(this.miner);
		Document inbox = Jsoup.parse(miner.perform(get("/notifications")).getContentAsString());
		// A form that works without JavaScript, its button reading as the entry's text.
		assertThat(inbox.select("form[action=/notifications/" + id + "/open][method=post] button").text())
			.isEqualTo("Someone replied to your comment");
		assertThat(inbox.select("form[action=/notifications/" + id + "/open] input[name=_csrf]")).hasSize(1);

		assertThat(client(this.ngo).perform(post("/notifications/" + id + "/open")).getStatus())
			.as("someone else's is not found")
			.isEqualTo(404);
		MockHttpServletResponse opened = miner.perform(post("/notifications/" + id + "/open"));
		assertThat(opened.getRedirectedUrl()).isEqualTo("/dialogues/" + this.slug + "/comments/" + reply);
		assertThat(miner.perform(get("/dialogues")).getContentAsString()).doesNotContain("unread)");
		Document read = Jsoup.parse(miner.perform(get("/notifications")).getContentAsString());
		assertThat(read.select("form[action=/notifications/" + id + "/open]")).isEmpty();
		assertThat(read.select("a[href=/dialogues/" + this.slug + "/comments/" + reply + "]").text())
			.isEqualTo("Someone replied to your comment");
	}

	@Test
	void theInboxPagesThroughAllNotificationsNewestFirst() throws Exception {
		for (int i = 1; i <= 120; i++) {
			insertNotification(this.ngo, this.slug, "MEETINGS", "MEETING", "Meeting number " + i, "meetings/" + i);
		}
		WebClient ngo = client(this.ngo);
		List<String> seen = new java.util.ArrayList<>();
		String next = "/notifications";
		int pages = 0;
		while (next != null) {
			Document page = Jsoup.parse(ngo.perform(get(next)).getContentAsString());
			seen.addAll(page.select("ul.notifications li button.plain, ul.notifications li > a").eachText());
			String older = page.select("nav.pager a[rel=next]").attr("href");
			next = older.isEmpty() ? null : older;
			if (pages++ > 0) {
				assertThat(page.select("nav.pager a[href=/notifications]").text()).isEqualTo("Newest notifications");
			}
		}
		assertThat(pages).isEqualTo(3);
		assertThat(seen).hasSize(120).doesNotHaveDuplicates();
		assertThat(seen.get(0)).contains("Meeting number 120");
		assertThat(seen.get(119)).contains("Meeting number 1\u201d");
		assertThat(ngo.perform(get("/dialogues")).getContentAsString()).contains("Notifications (120 unread)");
	}

	@Test
	void aChallengeTitleInAnotherLanguageThanTheReadersIsMarkedWithIt() throws Exception {
		long challenge = this.challenges.raise(this.slug, this.miner, "Des enfants travaillent encore");
		this.jdbc.update("update challenge set language = 'fr' where id = ?", challenge);
		WebClient ngo = client(this.ngo);
		ngo.perform(post("/dialogues/" + this.slug + "/challenges/" + challenge + "/follow"));
		respond(challenge, ChallengeStatus.ADDRESSED);
		awaitNotifications(this.ngo, 1);
		Document inbox = Jsoup.parse(ngo.perform(get("/notifications")).getContentAsString());
		assertThat(inbox.select("ul.notifications span[lang=fr]").text()).isEqualTo("Des enfants travaillent encore");
		assertThat(inbox.select("ul.notifications button.plain").text())
			.startsWith("The challenge \u201cDes enfants travaillent encore\u201d");
	}

	private List<String> inboxEntries(WebClient client) throws Exception {
		return Jsoup.parse(client.perform(get("/notifications")).getContentAsString())
			.select("ul.notifications > li")
			.eachText();
	}

	private void insertNotification(String email, String slug, String category, String kind, String subject,
			String path) {
		this.jdbc.update("""
				insert into notification (recipient_id, dialogue_id, dialogue_slug, dialogue_title, category, kind,
				                          subject, path, source_key, created_at)
				select a.id, d.id, d.slug, d.title, ?, ?, ?, '/dialogues/' || d.slug || '/' || ?, 'test:' || ?, now()
				from account a, dialogue d where a.email = ? and d.slug = ?""", category, kind, subject, path,
				path + ":" + subject, email, slug);
	}

	@Autowired
	org.commonground.vision.VisionService vision;

	private void respond(long challenge, ChallengeStatus status) {
		long version = this.jdbc.queryForObject("select version from challenge where id = ?", Long.class, challenge);
		this.dialogues.as(this.facilitator, (me) -> {
			this.facilitation.respond(this.slug, me, challenge, status, "We hear you.", version);
			return null;
		});
	}

	private WebClient client(String email) throws Exception {
		WebClient client = new WebClient(this.mvc);
		client.logIn(email, TestAccounts.PASSWORD);
		return client;
	}

	private long accountId(String email) {
		return this.jdbc.queryForObject("select id from account where email = ?", Long.class, email);
	}

	private int notifications(String email) {
		return this.jdbc.queryForObject("select count(*) from notification where recipient_id = ?", Integer.class,
				accountId(email));
	}

	private void awaitNotifications(String email, int count) {
		await().atMost(Duration.ofSeconds(30)).until(() -> notifications(email) >= count);
		assertThat(notifications(email)).isEqualTo(count);
	}

	private String frequency(String email, String category) {
		List<String> found = this.jdbc.queryForList(
				"select frequency from notification_preference where account_id = ? and category = ?", String.class,
				accountId(email), category);
		return found.isEmpty() ? null : found.get(0);
	}

}
