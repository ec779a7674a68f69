package org.commonground.notification;

import java.time.Duration;
import java.time.LocalDate;

import org.commonground.account.AccountRole;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.DisplayMode;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.support.IntegrationTest;
import org.commonground.support.TestAccounts;
import org.commonground.support.TestDialogues;
import org.commonground.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The meeting module's events reach the dialogue's followers: a new meeting and published
 * minutes each make one MEETINGS notification linking to the meeting (or its minutes),
 * for followers only and never for the facilitator who acted.
 */
class MeetingNotificationIT extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aNewMeetingAndItsPublishedMinutesReachTheDialoguesFollowers() throws Exception {
		String facilitator = this.accounts.create("Fiona Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String follower = this.accounts.create("Neema Ngo", AccountRole.PARTICIPANT, "CIVIL_SOCIETY");
		String bystander = this.accounts.create("Musa Miner", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		String slug = this.dialogues.create(facilitator, "Meeting news", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, follower, DisplayMode.NAMED);
		this.dialogues.addMember(slug, facilitator, bystander, DisplayMode.NAMED);
		WebClient following = client(follower);
		following.perform(post("/dialogues/" + slug + "/follow"));
		WebClient facilitating = client(facilitator);
		facilitating.perform(post("/dialogues/" + slug + "/follow"));

		String meeting = facilitating
			.perform(post("/dialogues/" + slug + "/meetings").param("title", "Geita workshop")
				.param("kind", "WORKSHOP")
				.param("startsAt", "2026-03-12T09:00")
				.param("endsAt", "2026-03-12T17:00"))
			.getRedirectedUrl();
		awaitNotifications(follower, 1);
		assertThat(category(follower)).isEqualTo("MEETINGS");
		String inbox = following.perform(get("/notifications")).getContentAsString();
		assertThat(inbox).contains("New meeting: “Geita workshop”").contains("href=\"" + meeting + "\"");

		String minutes = meeting + "/minutes";
		facilitating.perform(post(minutes).param("language", "en"));
		facilitating.perform(post(minutes + "/items").param("text", "We agreed on retorts."));
		facilitating.perform(post(minutes + "/review").param("reviewEndsOn", LocalDate.now().plusDays(7).toString()));
		assertThat(facilitating.perform(post(minutes + "/publish")).getStatus()).isEqualTo(302);
		awaitNotifications(follower, 2);
		assertThat(following.perform(get("/notifications")).getContentAsString())
			.contains("The minutes of “Geita workshop” are published")
			.contains("href=\"" + minutes + "\"");

		assertThat(notifications(bystander)).as("not following").isZero();
		assertThat(notifications(facilitator)).as("nobody hears of their own action").isZero();
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

	private String category(String email) {
		return this.jdbc.queryForObject("select category from notification where recipient_id = ? limit 1",
				String.class, accountId(email));
	}

	private void awaitNotifications(String email, int count) {
		await().atMost(Duration.ofSeconds(30)).until(() -> notifications(email) >= count);
		assertThat(notifications(email)).isEqualTo(count);
	}

}
