package org.commonground.meeting;

import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.support.TestChallenges;
import org.commonground.support.WebClient;
import org.commonground.vision.VisionService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A meeting's agenda: ordered items about challenges and vision paragraphs, checked
 * through the modules that own them.
 */
class AgendaIT extends MeetingTestBase {

	@Autowired
	TestChallenges challenges;

	@Autowired
	VisionService visions;

	String meeting;

	long challenge;

	@BeforeEach
	void meetingInADialogueWithAChallengeAndAVision() throws Exception {
		this.challenge = this.challenges.raise(this.slug, this.member, "Licences take two years", "LAND_LICENSING");
		this.dialogues.as(this.facilitator, (me) -> this.visions.publish(this.slug, me,
				"# Our vision\n\nEvery miner holds a licence within three months.", "First", -1L));
		MockHttpServletResponse created = client(this.facilitator)
			.perform(post("/dialogues/" + this.slug + "/meetings").param("title", "Workshop")
				.param("kind", "WORKSHOP")
				.param("startsAt", "2099-03-12T09:00")
				.param("endsAt", "2099-03-12T17:00"));
		this.meeting = created.getRedirectedUrl();
	}

	@Test
	void facilitatorsBuildAnOrderedAgendaThatLinksChallengesAndParagraphs() throws Exception {
		WebClient facilitator = client(this.facilitator);
		Document form = page(facilitator);
		assertThat(form.select("#challengeId option").eachText()).contains("Licences take two years");
		String key = form.select("#paragraphKey option")
			.stream()
			.filter((o) -> o.text().startsWith("Every miner holds a licence"))
			.findFirst()
			.orElseThrow()
			.val();
		assertThat(add(facilitator, "Welcome and introductions", null, null).getStatus()).isEqualTo(302);
		assertThat(add(facilitator, "Licensing delays", Long.toString(this.challenge), null).getStatus())
			.isEqualTo(302);
		assertThat(add(facilitator, "The licensing paragraph", null, key).getStatus()).isEqualTo(302);

		Document shown = page(new WebClient(this.mvc));
		assertThat(shown.select(".agenda .agenda-title").eachText()).containsExactly("Welcome and introductions",
				"Licensing delays", "The licensing paragraph");
		assertThat(shown.select(".agenda a").eachAttr("href")).containsExactly(
				"/dialogues/" + this.slug + "/challenges/" + this.challenge,
				"/dialogues/" + this.slug + "/vision/versions/1/paragraphs/" + key);
		assertThat(shown.select(".agenda form")).as("no tools for visitors").isEmpty();

		long last = itemId("The licensing paragraph");
		facilitator.perform(post(this.meeting + "/agenda/" + last + "/move").param("direction", "UP"));
		facilitator.perform(post(this.meeting + "/agenda/" + itemId("Welcome and introductions") + "/delete"));
		assertThat(page(facilitator).select(".agenda .agenda-title").eachText())
			.containsExactly("The licensing paragraph", "Licensing delays");
	}

	@Test
	void anItemAboutSomethingElsewhereIsRefusedBesideItsField() throws Exception {
		WebClient facilitator = client(this.facilitator);
		String other = this.dialogues.create(this.facilitator, "Elsewhere", Visibility.PUBLIC, JoinPolicy.OPEN, false,
				DialogueStatus.OPEN);
		long elsewhere = this.challenges.raise(other, this.facilitator, "Another dialogue's challenge", "FINANCE");
		MockHttpServletResponse refused = add(facilitator, "Keep my words", Long.toString(elsewhere), null);
		assertThat(refused.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(refused.getContentAsString());
		assertThat(page.select("#challengeId-error").text()).contains("not in this dialogue");
		assertThat(page.select(".agenda-form #title").val()).isEqualTo("Keep my words");
		assertThat(Jsoup.parse(add(facilitator, "Unknown", null, "p999").getContentAsString())
			.select("#paragraphKey-error")
			.text()).contains("not in the newest version");
		assertThat(Jsoup.parse(add(facilitator, "", null, null).getContentAsString()).select("#title-error"))
			.isNotEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from agenda_item where meeting_id = ?", Integer.class,
				meetingId()))
			.isZero();
	}

	@Test
	void membersWhoDoNotFacilitateCannotChangeTheAgenda() throws Exception {
		WebClient member = client(this.member);
		assertThat(add(member, "Mine", null, null).getStatus()).isEqualTo(404);
		add(client(this.facilitator), "Theirs", null, null);
		long item = itemId("Theirs");
		assertThat(member.perform(post(this.meeting + "/agenda/" + item + "/delete")).getStatus()).isEqualTo(404);
		assertThat(
				member.perform(post(this.meeting + "/agenda/" + item + "/move").param("direction", "UP")).getStatus())
			.isEqualTo(404);
		assertThat(itemId("Theirs")).isEqualTo(item);
	}

	private MockHttpServletResponse add(WebClient client, String title, String challengeId, String paragraphKey)
			throws Exception {
		var request = post(this.meeting + "/agenda").param("title", title);
		if (challengeId != null) {
			request.param("challengeId", challengeId);
		}
		if (paragraphKey != null) {
			request.param("paragraphKey", paragraphKey);
		}
		return client.perform(request);
	}

	private Document page(WebClient client) throws Exception {
		return Jsoup.parse(client.perform(get(this.meeting)).getContentAsString());
	}

	private long meetingId() {
		return idIn(this.meeting);
	}

	private long itemId(String title) {
		return this.jdbc.queryForObject("select id from agenda_item where meeting_id = ? and title = ?", Long.class,
				meetingId(), title);
	}

}
