package org.commonground.resource;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.commonground.account.AccountRole;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.DisplayMode;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.meeting.MeetingDetails;
import org.commonground.meeting.MeetingKind;
import org.commonground.meeting.MeetingService;
import org.commonground.support.IntegrationTest;
import org.commonground.support.TestAccounts;
import org.commonground.support.TestChallenges;
import org.commonground.support.TestDialogues;
import org.commonground.support.WebClient;
import org.commonground.vision.VisionService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Evidence beside what it supports: a resource linked to a challenge, a vision paragraph
 * or a meeting shows on that page as "Evidence: title, p. 12", linking to the resource;
 * the links of a members-only dialogue show to nobody outside it, not even beside a
 * public dialogue's challenge with the same number.
 */
class ResourceEvidenceIT extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Autowired
	TestChallenges challenges;

	@Autowired
	ResourceService resources;

	@Autowired
	VisionService visions;

	@Autowired
	MeetingService meetings;

	String facilitator;

	String member;

	String outsider;

	String slug;

	@BeforeEach
	void dialogueWithAMember() {
		this.facilitator = this.accounts.create("Evidence Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		this.member = this.accounts.create("Evidence Member", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		this.outsider = this.accounts.create("Evidence Outsider", AccountRole.PARTICIPANT, "BUYER");
		this.slug = this.dialogues.create(this.facilitator, "Evidence", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		this.dialogues.addMember(this.slug, this.facilitator, this.member, DisplayMode.NAMED);
	}

	@Test
	void evidenceShowsBesideTheChallengeTheParagraphAndTheMeeting() throws Exception {
		long challenge = this.challenges.raise(this.slug, this.member, "Mercury vapour near homes", "ENVIRONMENT");
		this.dialogues.as(this.facilitator, (p) -> this.visions.publish(this.slug, p,
				"Gold is mined safely.\n\nMercury use falls step by step until it ends.", "First version", null));
		long meeting = this.dialogues.as(this.facilitator,
				(p) -> this.meetings
					.create(this.slug,
							new MeetingDetails(MeetingKind.FIELD_VISIT, "Site visit", "Nyarugusu",
									LocalDateTime.parse("2026-03-10T08:00"), LocalDateTime.parse("2026-03-10T17:00"),
									ZoneId.of("Africa/Dar_es_Salaam"), List.of("sw"), List.of(p.getId()), ""),
							p)
					.getId());
		WebClient visitor = new WebClient(this.mvc);
		Document vision = page(visitor, "/vision");
		List<String> keys = vision.select("section.vision-paragraph")
			.eachAttr("id")
			.stream()
			.map((id) -> id.substring("paragraph-".length()))
			.toList();
		assertThat(keys).hasSize(2);
		String mercuryKey = keys.get(1);
		// Nothing linked yet: no evidence list.
		assertThat(vision.select(".evidence")).isEmpty();
		assertThat(page(visitor, "/challenges/" + challenge).select(".evidence")).isEmpty();

		WebClient facilitating = client(this.facilitator);
		long study = create(facilitating, "IIED 2018 study on mercury use");
		long convention = create(facilitating, "Minamata Convention");
		link(facilitating, study, "CHALLENGE", String.valueOf(challenge), "p. 12");
		link(facilitating, study, "VISION_PARAGRAPH", mercuryKey, "p. 15");
		link(facilitating, convention, "VISION_PARAGRAPH", mercuryKey, "");
		link(facilitating, study, "MEETING", String.valueOf(meeting), "pp. 3-4");

		Element beside = page(visitor, "/challenges/" + challenge).selectFirst("article.challenge .evidence");
		assertThat(beside.text()).isEqualTo("Evidence: IIED 2018 study on mercury use, p. 12");
		assertThat(beside.selectFirst("a").attr("href")).isEqualTo(base() + "/resources/" + study);
		assertThat(page(visitor, "/resources/" + study).select("h1").text())
			.isEqualTo("IIED 2018 study on mercury use");
		// The resource names what it is evidence for, as the owning modules title it.
		assertThat(page(visitor, "/resources/" + study).select("section[aria-labelledby=links-heading] a").eachText())
			.containsExactlyInAnyOrder("Mercury vapour near homes", "Mercury use falls step by step until it ends.",
					"Site visit");

		vision = page(visitor, "/vision");
		assertThat(vision.select("#paragraph-" + keys.get(0) + " .evidence")).isEmpty();
		assertThat(vision.select("#paragraph-" + mercuryKey + " .evidence li").eachText())
			.containsExactly("Evidence: IIED 2018 study on mercury use, p. 15", "Evidence: Minamata Convention");
		assertThat(page(visitor, "/vision/versions/1/paragraphs/" + mercuryKey).select(".evidence li").eachText())
			.containsExactly("Evidence: IIED 2018 study on mercury use, p. 15", "Evidence: Minamata Convention");
		assertThat(page(visitor, "/meetings/" + meeting).select(".evidence").text())
			.isEqualTo("Evidence: IIED 2018 study on mercury use, pp. 3-4");

		// In Swahili too.
		MockHttpServletResponse swahili = visitor
			.perform(get(base() + "/challenges/" + challenge).header("Accept-Language", "sw"));
		assertThat(Jsoup.parse(swahili.getContentAsString()).select(".evidence").text())
			.isEqualTo("Ushahidi: IIED 2018 study on mercury use, p. 12");
		// What it is evidence for, named in the reader's language where facilitators
		// translated it.
		facilitating.perform(post(base() + "/languages").param("original", "en").param("languages", "sw"));
		facilitating.perform(post(base() + "/challenges/" + challenge + "/translation").param("language", "sw")
			.param("title", "Mvuke wa zebaki karibu na nyumba")
			.param("body", "")
			.param("response", ""));
		facilitating.perform(post(base() + "/vision/versions/1/translations/sw")
			.param("texts[" + keys.get(0) + "]", "Dhahabu inachimbwa kwa usalama.")
			.param("texts[" + mercuryKey + "]", "Matumizi ya zebaki yanapungua hatua kwa hatua hadi yanakwisha."));
		assertThat(Jsoup
			.parse(visitor.perform(get(base() + "/resources/" + study).header("Accept-Language", "sw"))
				.getContentAsString())
			.select("section[aria-labelledby=links-heading] a")
			.eachText()).containsExactlyInAnyOrder("Mvuke wa zebaki karibu na nyumba",
					"Matumizi ya zebaki yanapungua hatua kwa hatua hadi yanakwisha.", "Site visit");
	}

	@Test
	void aMembersOnlyDialoguesEvidenceNeverShowsToOutsiders() throws Exception {
		long publicChallenge = this.challenges.raise(this.slug, this.member, "Prices at the buying centre", "FINANCE");
		String hidden = this.dialogues.create(this.facilitator, "Buyers working group", Visibility.MEMBERS_ONLY,
				JoinPolicy.APPROVAL, true, DialogueStatus.OPEN);
		this.dialogues.addMember(hidden, this.facilitator, this.member, DisplayMode.NAMED);
		long hiddenChallenge = this.challenges.raise(hidden, this.member, "Unpaid deliveries to refiners", "FINANCE");
		WebClient facilitating = client(this.facilitator);
		MockHttpServletResponse created = facilitating
			.perform(post("/dialogues/" + hidden + "/resources").param("kind", "LINK")
				.param("title", "Confidential refiner audit")
				.param("url", "https://example.org/audit"));
		String resource = created.getRedirectedUrl();
		long id = Long.parseLong(resource.substring(resource.lastIndexOf('/') + 1));
		// Linked to its own dialogue's challenge; the number of the public one is
		// refused.
		assertThat(facilitating
			.perform(post("/dialogues/" + hidden + "/resources/" + id + "/links").param("targetType", "CHALLENGE")
				.param("targetKey", String.valueOf(hiddenChallenge))
				.param("locator", "p. 2"))
			.getStatus()).isEqualTo(302);
		MockHttpServletResponse elsewhere = facilitating
			.perform(post("/dialogues/" + hidden + "/resources/" + id + "/links").param("targetType", "CHALLENGE")
				.param("targetKey", String.valueOf(publicChallenge))
				.param("locator", "p. 2"));
		assertThat(elsewhere.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(elsewhere.getContentAsString()).select("#targetKey-error").text())
			.endsWith("This dialogue has no challenge with this number.");

		String hiddenPath = "/dialogues/" + hidden + "/challenges/" + hiddenChallenge;
		assertThat(Jsoup.parse(client(this.member).perform(get(hiddenPath)).getContentAsString())
			.select(".evidence")
			.text()).isEqualTo("Evidence: Confidential refiner audit, p. 2");
		for (WebClient other : List.of(new WebClient(this.mvc), client(this.outsider))) {
			MockHttpServletResponse refused = other.perform(get(hiddenPath));
			assertThat(refused.getStatus()).isEqualTo(404);
			assertThat(refused.getContentAsString()).doesNotContain("Confidential refiner audit");
			MockHttpServletResponse open = other.perform(get(base() + "/challenges/" + publicChallenge));
			assertThat(open.getStatus()).isEqualTo(200);
			assertThat(open.getContentAsString()).doesNotContain("Confidential refiner audit");
			assertThat(Jsoup.parse(open.getContentAsString()).select(".evidence")).isEmpty();
		}
		// Members of both see nothing of it beside the public challenge either.
		assertThat(client(this.member).perform(get(base() + "/challenges/" + publicChallenge)).getContentAsString())
			.doesNotContain("Confidential refiner audit");
	}

	@Test
	void aLinkToSomethingTheDialogueDoesNotHaveIsRefusedBesideItsKey() throws Exception {
		long challenge = this.challenges.raise(this.slug, this.member, "Mercury vapour near homes", "ENVIRONMENT");
		this.dialogues.as(this.facilitator,
				(p) -> this.visions.publish(this.slug, p, "Gold is mined safely.", "First version", null));
		String other = this.dialogues.create(this.facilitator, "Elsewhere", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		long otherChallenge = this.challenges.raise(other, this.facilitator, "Roads to the market", "FINANCE");
		long otherMeeting = this.dialogues.as(this.facilitator,
				(p) -> this.meetings
					.create(other,
							new MeetingDetails(MeetingKind.FIELD_VISIT, "Market visit", "Geita",
									LocalDateTime.parse("2026-03-10T08:00"), LocalDateTime.parse("2026-03-10T17:00"),
									ZoneId.of("Africa/Dar_es_Salaam"), List.of("sw"), List.of(p.getId()), ""),
							p)
					.getId());
		WebClient facilitating = client(this.facilitator);
		facilitating.perform(post("/language").param("lang", "pt"));
		long study = create(facilitating, "IIED 2018 study on mercury use");
		String[][] refused = { { "CHALLENGE", "9999", "Este diálogo não tem nenhum desafio com este número." },
				{ "MEETING", "9999", "Este diálogo não tem nenhuma reunião com este número." },
				{ "VISION_PARAGRAPH", "p99", "A visão deste diálogo não tem nenhum parágrafo com esta chave." },
				{ "CHALLENGE", String.valueOf(otherChallenge), "Este diálogo não tem nenhum desafio com este número." },
				{ "MEETING", String.valueOf(otherMeeting), "Este diálogo não tem nenhuma reunião com este número." } };
		for (String[] attempt : refused) {
			MockHttpServletResponse response = facilitating
				.perform(post(base() + "/resources/" + study + "/links").param("targetType", attempt[0])
					.param("targetKey", attempt[1])
					.param("locator", "p. 3"));
			assertThat(response.getStatus()).as(attempt[1]).isEqualTo(200);
			Document form = Jsoup.parse(response.getContentAsString());
			Element key = form.selectFirst("#targetKey");
			assertThat(key.val()).isEqualTo(attempt[1]);
			assertThat(key.attr("aria-invalid")).isEqualTo("true");
			assertThat(key.attr("aria-describedby")).contains("targetKey-error");
			assertThat(form.select("#targetKey-error").text()).endsWith(attempt[2]);
			assertThat(form.select("#targetType option[selected]").val()).isEqualTo(attempt[0]);
			assertThat(form.select("#locator").val()).isEqualTo("p. 3");
			assertThat(form.select(".alert.success")).isEmpty();
		}
		// Nothing was linked: the resource lists no dead links.
		assertThat(page(facilitating, "/resources/" + study).select("#links-heading")).isEmpty();
		link(facilitating, study, "CHALLENGE", String.valueOf(challenge), "p. 3");
		assertThat(
				page(facilitating, "/resources/" + study).select("section[aria-labelledby=links-heading] a").eachText())
			.containsExactly("Mercury vapour near homes");
	}

	@Test
	void aWithdrawnResourceNoLongerShowsAsEvidenceNorInTheMapsChoices() throws Exception {
		long challenge = this.challenges.raise(this.slug, this.member, "Mercury in the river", "ENVIRONMENT");
		WebClient facilitating = client(this.facilitator);
		long study = create(facilitating, "River sampling 2024");
		link(facilitating, study, "CHALLENGE", String.valueOf(challenge), "p. 3");
		WebClient visitor = new WebClient(this.mvc);
		assertThat(page(visitor, "/challenges/" + challenge).select("article.challenge .evidence").text())
			.contains("River sampling 2024");

		assertThat(facilitating.perform(post(base() + "/resources/" + study + "/delete").param("confirmed", "true"))
			.getStatus()).isEqualTo(302);
		assertThat(page(visitor, "/challenges/" + challenge).select(".evidence")).isEmpty();
		assertThat(visitor.perform(get(base() + "/resources/" + study)).getStatus()).isEqualTo(404);
		assertThat(page(facilitating, "/map/relations/new").select("option").eachText())
			.doesNotContain("River sampling 2024");
	}

	private Document page(WebClient client, String path) throws Exception {
		MockHttpServletResponse response = client.perform(get(base() + path));
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private long create(WebClient client, String title) throws Exception {
		MockHttpServletResponse created = client.perform(post(base() + "/resources").param("kind", "RESEARCH")
			.param("title", title)
			.param("url", "https://example.org/" + title.length()));
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(302);
		String location = created.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private void link(WebClient client, long resource, String type, String key, String locator) throws Exception {
		assertThat(client
			.perform(post(base() + "/resources/" + resource + "/links").param("targetType", type)
				.param("targetKey", key)
				.param("locator", locator))
			.getStatus()).isEqualTo(302);
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
