package org.commonground.meeting;

import java.time.Duration;

import org.commonground.challenge.ChallengeFacilitation;
import org.commonground.challenge.ChallengeStatus;
import org.commonground.support.TestChallenges;
import org.commonground.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Where a page links to a vision paragraph or a challenge that facilitators translated, a
 * reader of that language reads the link in it (as the vision page shows the paragraph),
 * marked with its language where it differs from the page's: the common-ground page, a
 * meeting's agenda and minutes, and the notifications inbox.
 */
class ReadersLanguageLinksIT extends MeetingTestBase {

	static final String PARAGRAPH_SW = "Kila mchimbaji anayeomba anapata leseni ndani ya miezi mitatu.";

	static final String TITLE_SW = "Mvuke wa zebaki karibu na nyumba";

	@Autowired
	TestChallenges challenges;

	@Autowired
	ChallengeFacilitation facilitation;

	@Test
	void translatedParagraphsAndChallengeTitlesAreShownInTheReadersLanguage() throws Exception {
		WebClient facilitator = client(this.facilitator);
		facilitator
			.perform(post("/dialogues/" + this.slug + "/languages").param("original", "en").param("languages", "sw"));
		String key = publishVision(facilitator);
		String vision = "/dialogues/" + this.slug + "/vision";
		facilitator.perform(post(vision + "/versions/1/translations/sw").param("texts[" + key + "]", PARAGRAPH_SW));
		WebClient member = client(this.member);
		member.perform(post(vision + "/versions/1/paragraphs/" + key + "/stance").param("stance", "AGREE"));
		long challenge = this.challenges.raise(this.slug, this.member, "Mercury vapour near homes");
		assertThat(facilitator
			.perform(post("/dialogues/" + this.slug + "/challenges/" + challenge + "/translation")
				.param("language", "sw")
				.param("title", TITLE_SW)
				.param("body", "Mvuke wa zebaki."))
			.getStatus()).isEqualTo(302);

		String meeting = planWorkshop("Visioning workshop");
		facilitator
			.perform(post(meeting + "/agenda").param("title", "Zebaki").param("challengeId", Long.toString(challenge)));
		facilitator.perform(post(meeting + "/agenda").param("title", "Leseni").param("paragraphKey", key));
		facilitator.perform(post(meeting + "/minutes").param("language", "en"));
		facilitator.perform(post(meeting + "/minutes/items").param("text", "Retorts.")
			.param("challengeId", Long.toString(challenge)));
		facilitator.perform(post(meeting + "/minutes/items").param("text", "Licences.").param("paragraphKey", key));

		// In English, the originals, with no language marks.
		Document english = page(facilitator, meeting + "/minutes");
		assertThat(english.select(".outcome a").eachText()).containsExactly("Mercury vapour near homes",
				"Every miner who asks gets a licence within three months.");
		assertThat(english.select(".outcome a[lang]")).isEmpty();

		facilitator.perform(post("/language").param("lang", "sw"));
		Document minutes = page(facilitator, meeting + "/minutes");
		assertThat(minutes.select(".outcome a").eachText()).containsExactly(TITLE_SW, PARAGRAPH_SW);
		assertThat(minutes.select(".outcome a[lang]")).as("in the page's language").isEmpty();
		Document agenda = page(facilitator, meeting);
		assertThat(agenda.select(".agenda a").eachText()).containsExactly(TITLE_SW, PARAGRAPH_SW);

		// A Portuguese reader, with no Portuguese translation, reads the English
		// originals marked as English.
		member.perform(post("/language").param("lang", "pt"));
		Document portuguese = page(member, meeting);
		assertThat(portuguese.select(".agenda a").eachText()).containsExactly("Mercury vapour near homes",
				"Every miner who asks gets a licence within three months.");
		assertThat(portuguese.select(".agenda a").eachAttr("lang")).containsExactly("en", "en");

		// The common-ground page reads the paragraph in Swahili too.
		member.perform(post("/language").param("lang", "sw"));
		Document ground = page(member, vision + "/versions/1/common-ground");
		Element row = ground.getElementById("heat-" + key);
		assertThat(row.select(".excerpt").text()).startsWith("Kila mchimbaji anayeomba");
		assertThat(row.select(".excerpt").attr("lang")).isEmpty();
		assertThat(ground.select(".text-languages").text()).contains("Kiswahili", "Kiingereza");

		// A response to the challenge reaches its author titled in Swahili.
		long version = this.jdbc.queryForObject("select version from challenge where id = ?", Long.class, challenge);
		this.dialogues.as(this.facilitator, (me) -> {
			this.facilitation.respond(this.slug, me, challenge, ChallengeStatus.UNDER_DISCUSSION, "Tunasikia.",
					version);
			return null;
		});
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from notification n join account a on a.id = n.recipient_id where a.email = ?",
					Integer.class, this.member) > 0);
		Document inbox = page(member, "/notifications");
		assertThat(inbox.select("ul.notifications form[action$=/open] button").text()).contains(TITLE_SW)
			.doesNotContain("Mercury vapour near homes");
	}

	private static Document page(WebClient client, String path) throws Exception {
		return Jsoup.parse(client.perform(get(path)).getContentAsString());
	}

}
