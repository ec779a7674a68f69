package org.commonground.notification;

import java.util.List;

import org.commonground.account.AccountPrincipal;
import org.commonground.account.AccountRole;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.support.IntegrationTest;
import org.commonground.support.SqlStatements;
import org.commonground.support.TestAccounts;
import org.commonground.support.TestChallenges;
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
 * The header's unread count costs a signed-in page one statement, whatever the number of
 * notifications, and none for a visitor; the inbox runs a fixed number of statements for
 * 3 and for 300 notifications.
 */
class NotificationQueryCountIT extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Autowired
	NotificationBadge badge;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestChallenges challenges;

	@Test
	void theUnreadCountIsOneStatementAndTheInboxAFixedNumberWhateverTheNumberOfNotifications() throws Exception {
		String facilitator = this.accounts.create("Count Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String slug = this.dialogues.create(facilitator, "Counted", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		String few = this.accounts.participant("Few Notifications");
		String many = this.accounts.participant("Many Notifications");
		addNotifications(few, slug, 3);
		addNotifications(many, slug, 300);

		long badgeStatements = this.dialogues.as(many, (AccountPrincipal me) -> SqlStatements.page(this.badge::unread))
			.page();
		assertThat(this.dialogues.as(many, (AccountPrincipal me) -> this.badge.unread())).isEqualTo(300);
		assertThat(badgeStatements).as("the header's count").isEqualTo(1);

		WebClient fewClient = client(few);
		WebClient manyClient = client(many);
		for (String path : List.of("/notifications", "/dialogues", "/account/notifications")) {
			long small = statements(fewClient, path);
			long large = statements(manyClient, path);
			assertThat(large).as(path).isEqualTo(small).isLessThanOrEqualTo(9);
		}
		assertThat(manyClient.perform(get("/dialogues")).getContentAsString()).contains("Notifications (300 unread)");
		WebClient visitor = new WebClient(this.mvc);
		assertThat(visitor.perform(get("/dialogues")).getContentAsString()).doesNotContain("unread");
	}

	@Test
	void theInboxNamesEachDialogueInTheReadersLanguageWhereItIsTranslated() throws Exception {
		String facilitator = this.accounts.create("Inbox Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String slug = this.dialogues.create(facilitator, "Gold and mercury", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		WebClient facilitating = client(facilitator);
		facilitating
			.perform(post("/dialogues/" + slug + "/languages").param("original", "en").param("languages", "sw"));
		facilitating.perform(post("/dialogues/" + slug + "/translations/sw").param("title", "Dhahabu na zebaki")
			.param("summary", "Wachimbaji wadogo wanatafuta msimamo wa pamoja.")
			.param("description", "Maelezo."));
		String swahili = this.accounts.participant("Msomaji Kiswahili");
		String english = this.accounts.participant("English Reader");
		addNotifications(swahili, slug, 2);
		addNotifications(english, slug, 2);
		WebClient swahiliClient = client(swahili);
		swahiliClient.perform(post("/language").param("lang", "sw"));
		Document inSwahili = Jsoup.parse(swahiliClient.perform(get("/notifications")).getContentAsString());
		assertThat(inSwahili.select("h2 a[href=/dialogues/" + slug + "]").text()).isEqualTo("Dhahabu na zebaki");
		assertThat(inSwahili.select("h2 a[href=/dialogues/" + slug + "]").hasAttr("lang")).isFalse();
		Document inEnglish = Jsoup.parse(client(english).perform(get("/notifications")).getContentAsString());
		assertThat(inEnglish.select("h2 a[href=/dialogues/" + slug + "]").text()).startsWith("Gold and mercury");

		// The follows list too.
		swahiliClient.perform(post("/dialogues/" + slug + "/follow"));
		Document follows = Jsoup.parse(swahiliClient.perform(get("/account/notifications")).getContentAsString());
		assertThat(follows.select("ul.follows a[href=/dialogues/" + slug + "]").text()).isEqualTo("Dhahabu na zebaki");
		assertThat(follows.select("ul.follows a[href=/dialogues/" + slug + "]").hasAttr("lang")).isFalse();
		// Read in French, which it has no translation into: the English title is marked
		// so.
		WebClient french = client(english);
		french.perform(post("/language").param("lang", "fr"));
		french.perform(post("/dialogues/" + slug + "/follow"));
		Document followsInFrench = Jsoup.parse(french.perform(get("/account/notifications")).getContentAsString());
		assertThat(followsInFrench.select("ul.follows a[href=/dialogues/" + slug + "]").attr("lang")).isEqualTo("en");
	}

	@Test
	void theFollowsListNamesEachChallengeAndWhatEachButtonUnfollowsInAFixedNumberOfStatements() throws Exception {
		String facilitator = this.accounts.create("Follow Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String gold = this.dialogues.create(facilitator, "Gold buyers", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		String mercury = this.dialogues.create(facilitator, "Mercury use", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		String few = this.accounts.participant("Follows Few");
		String many = this.accounts.participant("Follows Many");
		long scales = this.challenges.raise(gold, facilitator, "Buyers cheat on the <b>scales</b>");
		follow(few, "CHALLENGE", scales, gold);
		follow(many, "CHALLENGE", scales, gold);
		for (int i = 1; i <= 6; i++) {
			String slug = (i % 2 == 0) ? gold : mercury;
			follow(many, "CHALLENGE", this.challenges.raise(slug, facilitator, "Retort number " + i), slug);
		}
		follow(many, "DIALOGUE", -1, mercury);

		WebClient manyClient = client(many);
		long small = statements(client(few), "/account/notifications");
		long large = statements(manyClient, "/account/notifications");
		assertThat(large).as("eight things followed, not one").isEqualTo(small);

		Document page = Jsoup.parse(manyClient.perform(get("/account/notifications")).getContentAsString());
		// Test dialogues' titles end in a number that makes them unique.
		assertThat(page.select("ul.follows a[href=/dialogues/" + gold + "/challenges/" + scales + "]").text())
			.isEqualTo("Buyers cheat on the <b>scales</b>");
		assertThat(page.select("ul.follows li:has(a[href=/dialogues/" + gold + "/challenges/" + scales + "])").text())
			.startsWith("Buyers cheat on the <b>scales</b>, in Gold buyers ");
		assertThat(page.select("ul.follows b")).as("titles are text").isEmpty();
		assertThat(page.select("ul.follows li > a, ul.follows li > .follow-name > a")).hasSize(8);
		assertThat(page.select("ul.follows li").eachText()).hasSize(8)
			.anyMatch((name) -> name.startsWith("Retort number 1, in Mercury use "))
			.anyMatch((name) -> name.startsWith("Retort number 6, in Gold buyers "))
			.anyMatch((name) -> name.startsWith("Mercury use "))
			.noneMatch((name) -> name.startsWith("Challenge "));
		assertThat(page.select("ul.follows button").eachText()).containsOnly("Unfollow");
		assertThat(page.select("ul.follows button").eachAttr("aria-label")).hasSize(8)
			.doesNotHaveDuplicates()
			.anyMatch((label) -> label.startsWith("Unfollow Buyers cheat on the <b>scales</b>, in Gold buyers "))
			.anyMatch((label) -> label.startsWith("Unfollow Mercury use "));
		manyClient.perform(post("/language").param("lang", "sw"));
		Document inSwahili = Jsoup.parse(manyClient.perform(get("/account/notifications")).getContentAsString());
		assertThat(inSwahili.select("ul.follows button").eachAttr("aria-label"))
			.anyMatch((label) -> label.startsWith("Acha kufuatilia Retort number 1, katika Mercury use "));
		// A challenge's title comes in the reader's language where a facilitator
		// translated it; a title and a dialogue's title in another language are marked
		// with it (the English ones on this Swahili page).
		this.jdbc
			.update("""
					insert into challenge_translation (challenge_id, language, title, translated_by, translated_at)
					values (?, 'sw', 'Wanunuzi wanadanganya kwenye mizani', (select id from account where email = ?), now())""",
					scales, facilitator);
		Document translated = Jsoup.parse(manyClient.perform(get("/account/notifications")).getContentAsString());
		String scalesLink = "ul.follows a[href=/dialogues/" + gold + "/challenges/" + scales + "]";
		assertThat(translated.select(scalesLink).text()).isEqualTo("Wanunuzi wanadanganya kwenye mizani");
		assertThat(translated.select(scalesLink).hasAttr("lang")).isFalse();
		assertThat(translated.select(scalesLink).first().nextElementSibling().select("[lang=en]").text())
			.startsWith("Gold buyers ");
		assertThat(translated.select("ul.follows li:has(a:matchesOwn(^Retort number 1$)) a").attr("lang"))
			.isEqualTo("en");
	}

	/**
	 * Follows a challenge, or (with a target of -1) a dialogue, as the follow buttons do.
	 */
	private void follow(String email, String type, long target, String slug) {
		this.jdbc.update("""
				insert into notification_follow (account_id, target_type, target_id, dialogue_id, created_at)
				select a.id, ?, case when ? < 0 then d.id else ? end, d.id, now()
				from account a, dialogue d where a.email = ? and d.slug = ?""", type, target, target, email, slug);
	}

	private void addNotifications(String email, String slug, int count) {
		this.jdbc.update("""
				insert into notification (recipient_id, dialogue_id, dialogue_slug, dialogue_title, category, kind,
				                          subject, path, source_key, created_at)
				select a.id, d.id, d.slug, d.title, 'REPLIES', 'REPLY', '', '/dialogues/' || d.slug, 'bulk:' || n, now()
				from account a, dialogue d, generate_series(1, ?) n where a.email = ? and d.slug = ?""", count, email,
				slug);
	}

	private WebClient client(String email) throws Exception {
		WebClient client = new WebClient(this.mvc);
		client.logIn(email, TestAccounts.PASSWORD);
		return client;
	}

	private long statements(WebClient client, String path) throws Exception {
		return SqlStatements.of(client, path);
	}

}
