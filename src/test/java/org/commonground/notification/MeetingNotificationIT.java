package org.commonground.notification;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.commonground.account.AccountRole;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.DisplayMode;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.support.IntegrationTest;
import org.commonground.support.Mailbox;
import org.commonground.support.TestAccounts;
import org.commonground.support.TestDialogues;
import org.commonground.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The meeting module's events reach the dialogue's followers: a new meeting and published
 * minutes each make one MEETINGS notification linking to the meeting (or its minutes),
 * for followers only and never for the facilitator who acted; so do a new time or place
 * and a cancellation, said in the reader's language, the email saying when and where.
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

	@Autowired
	Mailbox mailbox;

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
				.param("startsAt", "2099-03-12T09:00")
				.param("endsAt", "2099-03-12T17:00"))
			.getRedirectedUrl();
		awaitNotifications(follower, 1);
		assertThat(category(follower)).isEqualTo("MEETINGS");
		String inbox = following.perform(get("/notifications")).getContentAsString();
		assertThat(Jsoup.parse(inbox).text()).contains("New meeting: “Geita workshop”");
		// Opening the unread entry (a form, POST) leads to the meeting.
		String open = Jsoup.parse(inbox).select("form[action$=/open]").attr("action");
		assertThat(following.perform(post(open)).getRedirectedUrl()).isEqualTo(meeting);

		// Time passes: the workshop took place (minutes are published once it started).
		this.jdbc.update("update meeting set starts_at = starts_at - interval '100 years', "
				+ "ends_at = ends_at - interval '100 years' where id = ?", idIn(meeting));
		String minutes = meeting + "/minutes";
		facilitating.perform(post(minutes).param("language", "en"));
		facilitating.perform(post(minutes + "/items").param("text", "We agreed on retorts."));
		facilitating.perform(post(minutes + "/review").param("reviewEndsOn", LocalDate.now().plusDays(7).toString()));
		assertThat(facilitating.perform(post(minutes + "/publish")).getStatus()).isEqualTo(302);
		awaitNotifications(follower, 2);
		Document published = Jsoup.parse(following.perform(get("/notifications")).getContentAsString());
		org.jsoup.nodes.Element entry = published.select("form[action$=/open]")
			.stream()
			.filter((form) -> form.text().contains("The minutes of “Geita workshop” are published"))
			.findFirst()
			.orElseThrow();
		assertThat(following.perform(post(entry.attr("action"))).getRedirectedUrl()).isEqualTo(minutes);

		assertThat(notifications(bystander)).as("not following").isZero();
		assertThat(notifications(facilitator)).as("nobody hears of their own action").isZero();
	}

	@Test
	void aMovedOrCancelledMeetingReachesFollowersInTheirLanguageWithWhenAndWhere() throws Exception {
		String facilitator = this.accounts.create("Fiona Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String follower = this.accounts.create("Neema Ngo", AccountRole.PARTICIPANT, "CIVIL_SOCIETY");
		String french = this.accounts.create("Florence Forage", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		this.jdbc.update("update account set locale = 'fr' where email = ?", french);
		String slug = this.dialogues.create(facilitator, "Meetings that move", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		for (String email : new String[] { follower, french }) {
			this.dialogues.addMember(slug, facilitator, email, DisplayMode.NAMED);
			client(email).perform(post("/dialogues/" + slug + "/follow"));
			this.jdbc.update("insert into notification_preference (account_id, category, frequency) values (?, ?, ?)",
					accountId(email), "MEETINGS", "IMMEDIATE");
		}
		WebClient facilitating = client(facilitator);

		// A meeting recorded after it took place is not announced as new.
		assertThat(facilitating
			.perform(planned(slug, "Last year's visit", "2020-03-12T09:00", "2020-03-12T17:00").param("pastConfirmed",
					"true"))
			.getStatus()).isEqualTo(302);
		String meeting = facilitating
			.perform(planned(slug, "Geita workshop", "2099-03-12T09:00", "2099-03-12T17:00").param("place",
					"Geita Hotel"))
			.getRedirectedUrl();
		awaitNotifications(follower, 1);
		assertThat(kinds(follower)).containsExactly("MEETING");
		// The email says when, in the meeting's zone named in the reader's language, and
		// where.
		assertThat(this.mailbox.latestBody(follower)).contains("When: 12 March 2099, 09:00 – 17:00 (East Africa Time)")
			.contains("Where: Geita Hotel");
		awaitNotifications(french, 1);
		assertThat(this.mailbox.latestBody(french)).contains("Quand\u00a0: 12 mars 2099, 09:00 – 17:00")
			.contains("Où\u00a0: Geita Hotel")
			.contains("Vos paramètres d’e-mail\u00a0: http://localhost/account/notifications");

		// A new description is no news; a new time is.
		assertThat(facilitating
			.perform(edit(meeting, "2099-03-12T09:00", "2099-03-12T17:00", "Geita Hotel").param("description",
					"Bring your licences."))
			.getRedirectedUrl()).isEqualTo(meeting);
		assertThat(facilitating.perform(edit(meeting, "2099-03-13T10:00", "2099-03-13T12:00", "Geita Hotel"))
			.getRedirectedUrl()).isEqualTo(meeting);
		awaitNotifications(follower, 2);
		assertThat(kinds(follower)).containsExactly("MEETING", "MEETING_MOVED");
		assertThat(Jsoup.parse(client(follower).perform(get("/notifications")).getContentAsString())
			.select("form[action$=/open] button")
			.eachText())
			.contains("The meeting “Geita workshop” has moved to 13 March 2099, 10:00 – 12:00 (East Africa Time)");
		awaitNotifications(french, 2);
		Document frenchInbox = Jsoup.parse(client(french).perform(get("/notifications")).getContentAsString());
		assertThat(frenchInbox.select("form[action$=/open] button").eachText())
			.as("jsoup reads no-break spaces as spaces")
			.anyMatch((t) -> t.startsWith("La réunion « Geita workshop » est déplacée au 13 mars 2099, 10:00 – 12:00"));
		assertThat(frenchInbox.select("a[href=/notifications]").eachText()).contains("Notifications (2 non lues)");
		assertThat(this.mailbox.latestBody(follower)).contains("When: 13 March 2099, 10:00 – 12:00");

		// A new place moves it too.
		facilitating.perform(edit(meeting, "2099-03-13T10:00", "2099-03-13T12:00", "Nyarugusu school"));
		awaitNotifications(follower, 3);
		assertThat(this.mailbox.latestBody(follower)).contains("Where: Nyarugusu school");

		facilitating.perform(post(meeting + "/cancel").param("reason", "The road is flooded."));
		awaitNotifications(follower, 4);
		assertThat(kinds(follower)).containsExactly("MEETING", "MEETING_MOVED", "MEETING_MOVED", "MEETING_CANCELLED");
		assertThat(Jsoup.parse(client(follower).perform(get("/notifications")).getContentAsString())
			.select("form[action$=/open] button")
			.eachText())
			.contains("The meeting “Geita workshop” on 13 March 2099, 10:00 – 12:00 (East Africa Time) is cancelled");
		assertThat(this.mailbox.latestBody(follower)).contains("Reason: The road is flooded.");
		awaitNotifications(french, 4);
		assertThat(this.mailbox.latestBody(french)).contains("La réunion «\u00a0Geita workshop\u00a0» du 13 mars 2099")
			.contains("est annulée")
			.contains("Motif\u00a0: The road is flooded.");
		assertThat(notifications(facilitator)).as("nobody hears of their own action").isZero();
	}

	@Test
	void oneUnreadNotificationIsCountedInTheSingular() throws Exception {
		String facilitator = this.accounts.create("Fiona Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String french = this.accounts.create("Florence Forage", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		this.jdbc.update("update account set locale = 'fr' where email = ?", french);
		String slug = this.dialogues.create(facilitator, "Singular", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, french, DisplayMode.NAMED);
		WebClient reader = client(french);
		reader.perform(post("/dialogues/" + slug + "/follow"));
		client(facilitator).perform(planned(slug, "Atelier", "2099-03-12T09:00", "2099-03-12T17:00"));
		awaitNotifications(french, 1);
		Document inbox = Jsoup.parse(reader.perform(get("/notifications")).getContentAsString());
		assertThat(inbox.select("a[href=/notifications]").eachText()).contains("Notifications (1 non lue)");
		assertThat(inbox.select("h2 .badge").text()).isEqualTo("1 non lue");
	}

	private static MockHttpServletRequestBuilder planned(String slug, String title, String startsAt, String endsAt) {
		return post("/dialogues/" + slug + "/meetings").param("title", title)
			.param("kind", "WORKSHOP")
			.param("startsAt", startsAt)
			.param("endsAt", endsAt)
			.param("timeZone", "Africa/Dar_es_Salaam");
	}

	private MockHttpServletRequestBuilder edit(String meeting, String startsAt, String endsAt, String place) {
		return post(meeting + "/edit").param("title", "Geita workshop")
			.param("kind", "WORKSHOP")
			.param("place", place)
			.param("startsAt", startsAt)
			.param("endsAt", endsAt)
			.param("timeZone", "Africa/Dar_es_Salaam")
			.param("version", Long.toString(
					this.jdbc.queryForObject("select version from meeting where id = ?", Long.class, idIn(meeting))));
	}

	private List<String> kinds(String email) {
		return this.jdbc.queryForList("select kind from notification where recipient_id = ? order by id", String.class,
				accountId(email));
	}

	private static long idIn(String path) {
		return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
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
