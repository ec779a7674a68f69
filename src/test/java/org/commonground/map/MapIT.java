package org.commonground.map;

import java.io.ByteArrayOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import java.util.List;

import org.commonground.account.AccountRole;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.DisplayMode;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.support.IntegrationTest;
import org.commonground.support.TestAccounts;
import org.commonground.support.TestChallenges;
import org.commonground.support.TestDialogues;
import org.commonground.support.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The stakeholder map end to end through the real filter chain: facilitators build it,
 * everyone who may read the dialogue reads it (drawing, sentences, table), members
 * propose and dispute, facilitators decide.
 */
class MapIT extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Autowired
	TestChallenges challenges;

	@Autowired
	JdbcTemplate jdbc;

	String facilitator;

	String miner;

	String slug;

	@BeforeEach
	void dialogueWithMembers() {
		this.facilitator = this.accounts.create("Map Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		this.miner = this.accounts.create("Map Miner", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		this.slug = this.dialogues.create(this.facilitator, "Map", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		this.dialogues.addMember(this.slug, this.facilitator, this.miner, DisplayMode.PSEUDONYMOUS);
	}

	@Test
	void facilitatorsBuildTheMapAndEveryoneReadsItAsDrawingSentencesAndTable() throws Exception {
		WebClient facilitator = client(this.facilitator);
		long buyers = actor(facilitator, "Gold buyers", "STAKEHOLDER_GROUP", "BUYER");
		long miners = actor(facilitator, "Artisanal miners", "STAKEHOLDER_GROUP", "ARTISANAL_MINER");
		long challenge = this.challenges.raise(this.slug, this.miner,
				"Buyers set the price before the gold is weighed");
		MockHttpServletResponse saved = facilitator
			.perform(post("/dialogues/" + this.slug + "/map/relations").param("fromActorId", String.valueOf(buyers))
				.param("toActorId", String.valueOf(miners))
				.param("type", "PRE_FINANCES")
				.param("strength", "3")
				.param("evidence", "CHALLENGE:" + challenge)
				.param("disputedBy", "MINER_ASSOCIATION"));
		assertThat(saved.getStatus()).isEqualTo(302);

		String page = new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/map")).getContentAsString();
		assertThat(page)
			.contains("<svg", "aria-labelledby=\"map-svg-title\"", "<title id=\"map-svg-title\"",
					"marker-end=\"url(#arrow-pre-finances)\"", "stroke-dasharray=\"7 4\"",
					"href=\"/dialogues/" + this.slug + "/map/actors/" + buyers + "\"")
			.contains("Gold buyers pre-finance Artisanal miners \u2014 strong; disputed by Miners&#39; association")
			.contains("Challenge: Buyers set the price before the gold is weighed",
					"href=\"/dialogues/" + this.slug + "/challenges/" + challenge + "\"")
			.doesNotContain("<script");

		org.jsoup.nodes.Document landmarks = org.jsoup.Jsoup.parse(page);
		assertThat(landmarks.select("section#relations").attr("aria-labelledby")).isEqualTo("table-heading");
		assertThat(landmarks.select("#relations [role=region]").attr("aria-label"))
			.as("the scrolling region is not a second landmark named like its section")
			.isEmpty();
		assertThat(landmarks.select("#relations [role=region][tabindex=0]").attr("aria-labelledby"))
			.isEqualTo("map-table-caption");
		assertThat(landmarks.select("caption#map-table-caption").text()).startsWith("Relations between actors");
		String french = new WebClient(this.mvc)
			.perform(get("/dialogues/" + this.slug + "/map").header("Accept-Language", "fr"))
			.getContentAsString();
		assertThat(french).contains("pr\u00e9financent");
		assertThat(french).as("the English title of the evidence marked, not the French words around it")
			.containsPattern("<a href=\"/dialogues/" + this.slug + "/challenges/" + challenge
					+ "\">[^<]+<span lang=\"en\" dir=\"auto\">Buyers set the price before the gold is weighed</span></a>");

		// The table as a file, for anyone who may read the map, in the reader's language.
		assertThat(page).contains("href=\"/dialogues/" + this.slug + "/map.csv\"");
		MockHttpServletResponse csv = new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/map.csv"));
		assertThat(csv.getStatus()).isEqualTo(200);
		assertThat(csv.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(csv.getHeader("Content-Disposition")).contains(this.slug + "-map.csv");
		assertThat(csv.getContentAsString(java.nio.charset.StandardCharsets.UTF_8).lines().toList()).containsExactly(
				"\uFEFFFrom,Relation,To,Strength,Evidence,Disputed by",
				"Gold buyers,pre-finances,Artisanal miners,strong,Challenge: Buyers set the price before the gold is weighed,Miners' association");
		assertThat(new WebClient(this.mvc)
			.perform(get("/dialogues/" + this.slug + "/map.csv").header("Accept-Language", "fr"))
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).startsWith("\uFEFFDe,Relation,Vers,Force")
			.contains(",pr\u00e9finance,");

		// An undisputed relation: nobody under "Disputed by", in the table, the summary
		// and
		// the file.
		assertThat(facilitator
			.perform(post("/dialogues/" + this.slug + "/map/relations").param("fromActorId", String.valueOf(miners))
				.param("toActorId", String.valueOf(buyers))
				.param("type", "SELLS_GOLD_TO")
				.param("strength", "2"))
			.getStatus()).isEqualTo(302);
		for (String path : List.of("/map", "/summary")) {
			org.jsoup.nodes.Document table = org.jsoup.Jsoup
				.parse(facilitator.perform(get("/dialogues/" + this.slug + path)).getContentAsString());
			List<String> lastCells = table.select("table.map-table tbody tr")
				.stream()
				.map((row) -> row.select("td").last().text())
				.toList();
			assertThat(lastCells).as(path).containsExactlyInAnyOrder("Miners' association", "—nobody");
			assertThat(table.select("table.map-table tbody td span[aria-hidden=true]").eachText()).as(path)
				.containsExactly("—");
		}
		assertThat(new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/map.csv"))
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
			.lines()
			.toList()).contains("Artisanal miners,sells gold to,Gold buyers,medium,,");

		String actorPage = new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/map/actors/" + buyers))
			.getContentAsString();
		assertThat(actorPage).contains("Gold buyers pre-finance Artisanal miners")
			.contains("Buyers set the price before the gold is weighed");

		String dialoguePage = new WebClient(this.mvc).perform(get("/dialogues/" + this.slug)).getContentAsString();
		assertThat(dialoguePage).contains("Open the stakeholder map", "/dialogues/" + this.slug + "/map");
	}

	@Test
	void aRelationCitesAMeetingOrAResourceOfItsOwnDialogueAsEvidence() throws Exception {
		WebClient facilitator = client(this.facilitator);
		long dealers = actor(facilitator, "Gold dealers", "COMPANY", null);
		long miners = actor(facilitator, "Artisanal miners", "STAKEHOLDER_GROUP", "ARTISANAL_MINER");
		long suppliers = actor(facilitator, "Mercury suppliers", "COMPANY", null);
		long meetingId = meeting(facilitator, this.slug, "Nyarugusu site visit");
		String resource = facilitator
			.perform(post("/dialogues/" + this.slug + "/resources").param("kind", "LINK")
				.param("title", "Mercury trade in Geita, 2018")
				.param("url", "https://example.org/mercury-trade")
				.param("languages", "en"))
			.getRedirectedUrl();
		long resourceId = Long.parseLong(resource.substring(resource.lastIndexOf('/') + 1));

		String form = facilitator.perform(get("/dialogues/" + this.slug + "/map/relations/new")).getContentAsString();
		assertThat(form).contains("<option value=\"MEETING:" + meetingId + "\">Nyarugusu site visit</option>",
				"<option value=\"RESOURCE:" + resourceId + "\">Mercury trade in Geita, 2018</option>");

		assertThat(relation(facilitator, dealers, miners, "PRE_FINANCES", "MEETING:" + meetingId).getStatus())
			.isEqualTo(302);
		assertThat(
				relation(facilitator, suppliers, miners, "SUPPLIES_MERCURY_TO", "RESOURCE:" + resourceId).getStatus())
			.isEqualTo(302);
		String page = new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/map")).getContentAsString();
		assertThat(page).contains("Meeting: Nyarugusu site visit", "Library: Mercury trade in Geita, 2018",
				"href=\"/dialogues/" + this.slug + "/meetings/" + meetingId + "\"",
				"href=\"/dialogues/" + this.slug + "/resources/" + resourceId + "\"");
		String json = facilitator.perform(get("/dialogues/" + this.slug + "/export.json")).getContentAsString();
		assertThat(json).contains("\"kind\":\"MEETING\"", "\"title\":\"Nyarugusu site visit\"");

		// A meeting of another dialogue, or something that is no reference at all, is
		// refused next to the field, with what was chosen kept.
		String other = this.dialogues.create(this.facilitator, "Elsewhere", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		long elsewhere = meeting(facilitator, other, "Elsewhere meeting");
		for (String wrong : List.of("MEETING:" + elsewhere, "RESOURCE:x", "PLANET:3")) {
			MockHttpServletResponse refused = relation(facilitator, suppliers, dealers, "SUPPLIES_MERCURY_TO", wrong);
			assertThat(refused.getStatus()).as(wrong).isEqualTo(200);
			assertThat(refused.getContentAsString()).as(wrong)
				.contains("id=\"evidence-error\"", "Choose a challenge, a meeting or a resource of this dialogue.",
						"<option value=\"" + suppliers + "\" selected=\"selected\">Mercury suppliers</option>");
		}
	}

	/** Plans a meeting in the dialogue; returns its id. */
	private static long meeting(WebClient facilitator, String slug, String title) throws Exception {
		String path = facilitator
			.perform(post("/dialogues/" + slug + "/meetings").param("title", title)
				.param("kind", "MEETING")
				.param("startsAt", "2026-03-10T09:00")
				.param("endsAt", "2026-03-10T16:00")
				.param("pastConfirmed", "true"))
			.getRedirectedUrl();
		return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
	}

	private MockHttpServletResponse relation(WebClient facilitator, long from, long to, String type, String evidence)
			throws Exception {
		return facilitator
			.perform(post("/dialogues/" + this.slug + "/map/relations").param("fromActorId", String.valueOf(from))
				.param("toActorId", String.valueOf(to))
				.param("type", type)
				.param("strength", "2")
				.param("evidence", evidence));
	}

	@Test
	void errorsShowNextToTheFieldsAndNothingTypedIsLost() throws Exception {
		WebClient facilitator = client(this.facilitator);
		long first = actor(facilitator, "Geita Gold Refinery", "COMPANY", null);
		String form = facilitator
			.perform(post("/dialogues/" + this.slug + "/map/actors").param("label", "geita gold refinery")
				.param("kind", "COMPANY")
				.param("region", "Geita town")
				.param("influence", "9"))
			.getContentAsString();
		assertThat(form).contains("id=\"influence-error\"", "Give an influence from 0 to 5.", "value=\"Geita town\"");
		String taken = facilitator
			.perform(post("/dialogues/" + this.slug + "/map/actors").param("label", "geita gold refinery")
				.param("kind", "COMPANY")
				.param("influence", "2"))
			.getContentAsString();
		assertThat(taken).contains("id=\"label-error\"", "Another actor of this map has this name.");
		// Everything wrong is told in the first round, each beside its field, what was
		// typed kept: no name and no kind, a pin outside the drawing and one missing.
		org.jsoup.nodes.Document all = org.jsoup.Jsoup.parse(
				facilitator
					.perform(post("/dialogues/" + this.slug + "/map/actors").param("label", "")
						.param("kind", "")
						.param("influence", "2")
						.param("pinX", "")
						.param("pinY", "-5"))
					.getContentAsString());
		assertThat(all.select("#label-error").text()).endsWith("Give a name.");
		assertThat(all.select("#label").attr("aria-invalid")).isEqualTo("true");
		assertThat(all.select("#kind-error").text()).endsWith("Choose the kind of actor.");
		assertThat(all.select("#pinY").val()).isEqualTo("-5");
		assertThat(all.select(".error-summary li").eachText()).containsExactly("Name: Give a name.",
				"Kind of actor: Choose the kind of actor.",
				"From the left (0\u2013100): Give both positions, each from 0 to 100, or neither.");
		// A name too long is told apart from a missing one.
		assertThat(org.jsoup.Jsoup.parse(
				facilitator
					.perform(post("/dialogues/" + this.slug + "/map/actors").param("label", "Refinery ".repeat(20))
						.param("kind", "COMPANY")
						.param("influence", "2"))
					.getContentAsString())
			.select("#label-error")
			.text()).endsWith("Give a name of at most 120 characters.");
		// Both pins wrong: one message, at the first.
		org.jsoup.nodes.Document pins = org.jsoup.Jsoup.parse(
				facilitator
					.perform(post("/dialogues/" + this.slug + "/map/actors").param("label", "Geita district council")
						.param("kind", "GOVERNMENT")
						.param("influence", "2")
						.param("pinX", "-5")
						.param("pinY", "140"))
					.getContentAsString());
		assertThat(pins.select(".error-summary li").eachText())
			.containsExactly("From the left (0\u2013100): Give both positions, each from 0 to 100, or neither.");
		assertThat(pins.select("#pinX").val()).isEqualTo("-5");
		assertThat(pins.select("#pinY").val()).isEqualTo("140");
		String self = facilitator
			.perform(post("/dialogues/" + this.slug + "/map/relations").param("fromActorId", String.valueOf(first))
				.param("toActorId", String.valueOf(first))
				.param("type", "TAXES")
				.param("strength", "2"))
			.getContentAsString();
		assertThat(self).contains("id=\"toActorId-error\"", "Choose two different actors.");
	}

	@Test
	void membersProposeAndDisputeAndFacilitatorsDecide() throws Exception {
		WebClient facilitator = client(this.facilitator);
		long dealers = actor(facilitator, "Geita dealers", "COMPANY", null);
		long miners = actor(facilitator, "", "STAKEHOLDER_GROUP", "ARTISANAL_MINER");
		WebClient miner = client(this.miner);
		String empty = propose(miner, dealers, miners, "PRE_FINANCES", "  ").getContentAsString();
		assertThat(empty).contains("id=\"reason-error\"");
		// Every message of the summary names its field, as on the site's other forms.
		String nothing = miner
			.perform(post("/dialogues/" + this.slug + "/map/proposals").param("fromActorId", String.valueOf(dealers))
				.param("toActorId", String.valueOf(miners)))
			.getContentAsString();
		assertThat(org.jsoup.Jsoup.parse(nothing).select(".error-summary li").eachText()).contains(
				"Relation: Choose the kind of relation.", "Strength: Choose a strength.", "Reason: Give a reason.");
		assertThat(propose(miner, dealers, miners, "PRE_FINANCES",
				"They lend us money for fuel before each pit is opened.")
			.getStatus()).isEqualTo(302);
		long proposal = this.jdbc.queryForObject(
				"select id from map_relation where from_actor_id = ? and status = 'PROPOSED'", Long.class, dealers);

		String visitorPage = new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/map"))
			.getContentAsString();
		assertThat(visitorPage).doesNotContain("Geita dealers pre-finances");
		assertThat(facilitator.perform(get("/dialogues/" + this.slug + "/map")).getContentAsString())
			.contains("Geita dealers pre-finances Artisanal miner", "They lend us money for fuel");
		MockHttpServletResponse refused = miner
			.perform(post("/dialogues/" + this.slug + "/map/relations/" + proposal + "/decision").param("decision",
					"ACCEPT"));
		assertThat(refused.getStatus()).as(String.valueOf(refused.getRedirectedUrl())).isEqualTo(404);
		// The facilitator's home page counts the proposal and leads to it on the map.
		assertThat(waiting(facilitator)).containsExactly("1 relation proposed for the map");
		assertThat(waiting(miner)).as("only for facilitators").isEmpty();
		facilitator.perform(post("/dialogues/" + this.slug + "/map/relations/" + proposal + "/decision")
			.param("decision", "ACCEPT"));
		assertThat(waiting(facilitator)).as("decided").isEmpty();
		assertThat(new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/map")).getContentAsString())
			.contains("Geita dealers pre-finances Artisanal miner \u2014 medium");

		// An empty reason and a too long one are told apart.
		org.jsoup.nodes.Document emptyDispute = org.jsoup.Jsoup.parse(miner
			.perform(post("/dialogues/" + this.slug + "/map/relations/" + proposal + "/dispute").param("reason", ""))
			.getContentAsString());
		assertThat(emptyDispute.select("#reason-error").text()).endsWith("Give a reason.");
		assertThat(emptyDispute.select("#reason").attr("aria-invalid")).isEqualTo("true");
		org.jsoup.nodes.Document longDispute = org.jsoup.Jsoup.parse(miner
			.perform(post("/dialogues/" + this.slug + "/map/relations/" + proposal + "/dispute").param("reason",
					"Only licensed pits. ".repeat(60)))
			.getContentAsString());
		assertThat(longDispute.select("#reason-error").text()).endsWith("Give a reason of at most 1000 characters.");
		// She may not dispute the relation she proposed herself: another member of her
		// group
		// does.
		assertThat(miner
			.perform(post("/dialogues/" + this.slug + "/map/relations/" + proposal + "/dispute").param("reason",
					"Only the licensed pits get money."))
			.getStatus()).isEqualTo(404);
		assertThat(miner.perform(get("/dialogues/" + this.slug + "/map")).getContentAsString())
			.doesNotContain("/map/relations/" + proposal + "/dispute");
		String other = this.accounts.create("Map Digger", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		this.dialogues.addMember(this.slug, this.facilitator, other, DisplayMode.PSEUDONYMOUS);
		WebClient digger = client(other);
		digger.perform(post("/dialogues/" + this.slug + "/map/relations/" + proposal + "/dispute").param("reason",
				"Only the licensed pits get money."));
		// Her own dispute waiting is shown to her, not to others.
		assertThat(digger.perform(get("/dialogues/" + this.slug + "/map")).getContentAsString())
			.contains("Only the licensed pits get money.", "your dispute, waiting for a facilitator");
		assertThat(new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/map")).getContentAsString())
			.doesNotContain("Only the licensed pits get money.");
		long dispute = this.jdbc.queryForObject("select id from map_dispute where relation_id = ?", Long.class,
				proposal);
		assertThat(new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/map")).getContentAsString())
			.doesNotContain("disputed by Artisanal miner");
		assertThat(waiting(facilitator)).containsExactly("1 map dispute to decide on");
		facilitator.perform(
				post("/dialogues/" + this.slug + "/map/disputes/" + dispute + "/decision").param("decision", "ACCEPT"));
		assertThat(waiting(facilitator)).as("decided").isEmpty();
		assertThat(new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/map")).getContentAsString())
			.contains("Geita dealers pre-finances Artisanal miner \u2014 medium; disputed by Artisanal miner");

		// Both members are told the decision, and every decision is in the audit log.
		await().atMost(java.time.Duration.ofSeconds(30))
			.until(() -> notifications(this.miner, "MAP_PROPOSAL_ACCEPTED") == 1
					&& notifications(other, "MAP_DISPUTE_ACCEPTED") == 1);
		assertThat(this.jdbc.queryForList(
				"select action from audit_entry where dialogue_id = (select id from dialogue where slug = ?) and action like 'MAP%' order by id",
				String.class, this.slug))
			.containsExactly("MAP_PROPOSAL_ACCEPTED", "MAP_DISPUTE_ACCEPTED");
		// The facilitators were told that the proposal and the dispute waited for them,
		// with a link to each; the members who made them, and other members, were not.
		await().atMost(java.time.Duration.ofSeconds(30))
			.until(() -> notifications(this.facilitator, "MAP_PROPOSAL_WAITING") == 1
					&& notifications(this.facilitator, "MAP_DISPUTE_WAITING") == 1);
		assertThat(this.jdbc.queryForObject(
				"select n.path from notification n join account a on a.id = n.recipient_id where a.email = ? and n.kind = 'MAP_PROPOSAL_WAITING'",
				String.class, this.facilitator))
			.isEqualTo("/dialogues/" + this.slug + "/map#proposal-" + proposal);
		assertThat(this.jdbc.queryForObject(
				"select n.path from notification n join account a on a.id = n.recipient_id where a.email = ? and n.kind = 'MAP_DISPUTE_WAITING'",
				String.class, this.facilitator))
			.isEqualTo("/dialogues/" + this.slug + "/map#relation-" + proposal);
		for (String member : List.of(this.miner, other)) {
			assertThat(notifications(member, "MAP_PROPOSAL_WAITING") + notifications(member, "MAP_DISPUTE_WAITING"))
				.as(member)
				.isZero();
		}
		assertThat(client(this.facilitator).perform(get("/notifications")).getContentAsString())
			.contains("A member proposed a relation for the stakeholder map: it waits for your decision");
		assertThat(client(this.facilitator).perform(get("/dialogues/" + this.slug + "/moderation/audit"))
			.getContentAsString()).contains("map proposal accepted");
	}

	private int notifications(String email, String kind) {
		return this.jdbc.queryForObject(
				"select count(*) from notification n join account a on a.id = n.recipient_id where a.email = ? and n.kind = ?",
				Integer.class, email, kind);
	}

	@Test
	void anInfluenceLeftEmptyOrNotANumberIsAnErrorBesideItsFieldWithWhatWasTypedKept() throws Exception {
		WebClient facilitator = client(this.facilitator);
		for (String influence : List.of("", "lots")) {
			MockHttpServletResponse response = facilitator
				.perform(post("/dialogues/" + this.slug + "/map/actors").param("label", "Bank of Tanzania")
					.param("kind", "GOVERNMENT")
					.param("region", "Dodoma")
					.param("influence", influence));
			assertThat(response.getStatus()).as(influence).isEqualTo(200);
			org.jsoup.nodes.Document form = org.jsoup.Jsoup.parse(response.getContentAsString());
			assertThat(form.select("#influence-error").text()).as(influence).isNotEmpty();
			assertThat(form.select("#influence").val()).as(influence).isEqualTo(influence);
			assertThat(form.select("#label").val()).isEqualTo("Bank of Tanzania");
		}
		long bank = actor(facilitator, "Bank of Tanzania", "GOVERNMENT", null);
		assertThat(facilitator
			.perform(
					post("/dialogues/" + this.slug + "/map/actors/" + bank + "/edit").param("label", "Bank of Tanzania")
						.param("kind", "GOVERNMENT")
						.param("influence", ""))
			.getStatus()).isEqualTo(200);
		// The type has an empty first choice: after "choose the kind" it is not silently
		// another kind again.
		org.jsoup.nodes.Document noKind = org.jsoup.Jsoup.parse(facilitator
			.perform(post("/dialogues/" + this.slug + "/map/actors").param("label", "Somebody").param("influence", "2"))
			.getContentAsString());
		assertThat(noKind.select("#kind option[selected]").val()).isEmpty();
	}

	@Test
	void nearDuplicateActorsAndDuplicateRelationsAreRefusedBesideTheField() throws Exception {
		WebClient facilitator = client(this.facilitator);
		long bank = actor(facilitator, "Bank of Tanzania", "GOVERNMENT", null);
		String spaced = facilitator
			.perform(post("/dialogues/" + this.slug + "/map/actors").param("label", "  Bank   of tanzania ")
				.param("kind", "GOVERNMENT")
				.param("influence", "2"))
			.getContentAsString();
		assertThat(spaced).contains("id=\"label-error\"", "Another actor of this map has this name.");
		long office = actor(facilitator, "Mining   Office", "GOVERNMENT", null);
		assertThat(this.jdbc.queryForObject("select label from map_actor where id = ?", String.class, office))
			.isEqualTo("Mining Office");
		// A group on the map once: an actor named as the group is, in any language, is
		// that
		// group again.
		actor(facilitator, "", "STAKEHOLDER_GROUP", "ARTISANAL_MINER");
		for (String name : List.of("", "Artisanal miner", "mineiro ARTESANAL")) {
			String again = facilitator
				.perform(post("/dialogues/" + this.slug + "/map/actors").param("label", name)
					.param("kind", "STAKEHOLDER_GROUP")
					.param("groupCode", "ARTISANAL_MINER")
					.param("influence", "2"))
				.getContentAsString();
			assertThat(again).as(name).contains("id=\"label-error\"");
		}

		assertThat(relation(facilitator, bank, office, "LICENSES", "").getStatus()).isEqualTo(302);
		MockHttpServletResponse twice = relation(facilitator, bank, office, "LICENSES", "");
		assertThat(twice.getStatus()).isEqualTo(200);
		assertThat(org.jsoup.Jsoup.parse(twice.getContentAsString()).select("#type-error").text())
			.endsWith("This relation is already on the map.");
		WebClient miner = client(this.miner);
		MockHttpServletResponse proposedTwice = propose(miner, bank, office, "LICENSES", "Seen it.");
		assertThat(org.jsoup.Jsoup.parse(proposedTwice.getContentAsString()).select("#type-error").text())
			.endsWith("This relation is already on the map.");
		// A proposal accepted after the same relation went onto the map is refused too.
		assertThat(propose(miner, office, bank, "ADVISES", "They talk.").getStatus()).isEqualTo(302);
		long proposal = this.jdbc.queryForObject(
				"select id from map_relation where from_actor_id = ? and status = 'PROPOSED'", Long.class, office);
		assertThat(relation(facilitator, office, bank, "ADVISES", "").getStatus()).isEqualTo(302);
		facilitator.perform(post("/dialogues/" + this.slug + "/map/relations/" + proposal + "/decision")
			.param("decision", "ACCEPT"));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from map_relation where from_actor_id = ? and status = 'AGREED'", Long.class, office))
			.isEqualTo(1);
	}

	@Test
	void relationErrorsComeTogetherAndTheFacilitatorsFormHasNoReasonToIgnore() throws Exception {
		WebClient facilitator = client(this.facilitator);
		long bank = actor(facilitator, "Bank of Tanzania", "GOVERNMENT", null);
		long office = actor(facilitator, "Mining Office", "GOVERNMENT", null);
		org.jsoup.nodes.Document both = org.jsoup.Jsoup
			.parse(facilitator
				.perform(post("/dialogues/" + this.slug + "/map/relations").param("fromActorId", String.valueOf(bank))
					.param("toActorId", String.valueOf(bank))
					.param("strength", "2"))
				.getContentAsString());
		assertThat(both.select("#type-error").text()).endsWith("Choose the kind of relation.");
		assertThat(both.select("#toActorId-error").text()).endsWith("Choose two different actors.");
		assertThat(facilitator.perform(get("/dialogues/" + this.slug + "/map/relations/new")).getContentAsString())
			.doesNotContain("id=\"reason\"");
		// A member's proposal edited by a facilitator: her reason shown, and saving it
		// says
		// it is still a proposal.
		client(this.miner)
			.perform(post("/dialogues/" + this.slug + "/map/proposals").param("fromActorId", String.valueOf(bank))
				.param("toActorId", String.valueOf(office))
				.param("type", "REGULATES")
				.param("strength", "2")
				.param("reason", "The bank sets the rules for gold buying."));
		long proposal = this.jdbc.queryForObject(
				"select id from map_relation where status = 'PROPOSED' and from_actor_id = ?", Long.class, bank);
		assertThat(facilitator.perform(get("/dialogues/" + this.slug + "/map/relations/" + proposal + "/edit"))
			.getContentAsString()).contains("The bank sets the rules for gold buying.");
		MockHttpServletResponse saved = facilitator
			.perform(post("/dialogues/" + this.slug + "/map/relations/" + proposal + "/edit")
				.param("fromActorId", String.valueOf(bank))
				.param("toActorId", String.valueOf(office))
				.param("type", "REGULATES")
				.param("strength", "3"));
		assertThat(saved.getRedirectedUrl()).endsWith("/map#proposal-" + proposal);
		assertThat(facilitator.perform(get(saved.getRedirectedUrl())).getContentAsString())
			.contains("It is still a proposal: accept it to put it on the map.");
	}

	@Test
	void removingAnActorAsksForConfirmationAndIsAudited() throws Exception {
		WebClient facilitator = client(this.facilitator);
		long bank = actor(facilitator, "Bank of Tanzania", "GOVERNMENT", null);
		assertThat(facilitator.perform(get("/dialogues/" + this.slug + "/map/actors/" + bank + "/edit"))
			.getContentAsString()).contains("name=\"confirmed\"");
		MockHttpServletResponse unconfirmed = facilitator
			.perform(post("/dialogues/" + this.slug + "/map/actors/" + bank + "/delete"));
		assertThat(unconfirmed.getStatus()).isEqualTo(200);
		assertThat(unconfirmed.getContentAsString()).contains("id=\"delete-confirmed-error\"");
		assertThat(this.jdbc.queryForObject("select count(*) from map_actor where id = ?", Long.class, bank))
			.isEqualTo(1);
		assertThat(facilitator
			.perform(post("/dialogues/" + this.slug + "/map/actors/" + bank + "/delete").param("confirmed", "true"))
			.getStatus()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select count(*) from map_actor where id = ?", Long.class, bank)).isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'MAP_ACTOR_REMOVED' and subject_id = ?", Long.class,
				bank))
			.isEqualTo(1);
	}

	@Test
	void theActorPageShowsWhatTheFormCollectsAndTheSentencesMarkOtherLanguages() throws Exception {
		WebClient facilitator = client(this.facilitator);
		MockHttpServletResponse created = facilitator
			.perform(post("/dialogues/" + this.slug + "/map/actors").param("label", "Pit owners")
				.param("kind", "STAKEHOLDER_GROUP")
				.param("groupCode", "ARTISANAL_MINER")
				.param("influence", "3")
				.param("tags", "licences|Geita"));
		String location = created.getRedirectedUrl();
		long owners = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		long dealers = actor(facilitator, "Gold dealers", "COMPANY", null);
		long challenge = this.challenges.raise(this.slug, this.miner, "Dealers fix the price");
		relation(facilitator, dealers, owners, "PRE_FINANCES", "CHALLENGE:" + challenge);
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(new WebClient(this.mvc)
			.perform(get("/dialogues/" + this.slug + "/map/actors/" + owners).header("Accept-Language", "fr"))
			.getContentAsString());
		assertThat(page.select("dl.facts").text()).contains("Mineur artisanal", "licences, Geita");
		assertThat(page.select(".map-sentences li").text()).contains("Dealers fix the price", "admise");
		assertThat(page.select(".map-sentences span[lang=en]").text()).isEqualTo("Dealers fix the price");
		org.jsoup.nodes.Document map = org.jsoup.Jsoup.parse(
				new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/map").header("Accept-Language", "fr"))
					.getContentAsString());
		assertThat(map.select("#sentences span[lang=en]").text()).isEqualTo("Dealers fix the price");
		// The colours come from the SVG, which the CSP allows, not from a style
		// attribute.
		assertThat(map.select("#sentences [style]")).isEmpty();
		assertThat(map.select("#sentences svg.swatch rect").attr("fill")).isEqualTo("#1f5fa8");
	}

	@Test
	void aMembersOnlyMapIsHiddenFromOthersAndOnlyFacilitatorsEdit() throws Exception {
		String hidden = this.dialogues.create(this.facilitator, "Hidden map", Visibility.MEMBERS_ONLY,
				JoinPolicy.INVITE, true, DialogueStatus.OPEN);
		String outsider = this.accounts.create("Map Outsider", AccountRole.PARTICIPANT, "BUYER");
		WebClient stranger = client(outsider);
		assertThat(stranger.perform(get("/dialogues/" + hidden + "/map")).getStatus()).isEqualTo(404);
		assertThat(new WebClient(this.mvc).perform(get("/dialogues/" + hidden + "/map")).getStatus()).isEqualTo(404);
		assertThat(new WebClient(this.mvc).perform(get("/dialogues/" + hidden + "/map.csv")).getStatus())
			.isEqualTo(404);
		assertThat(client(this.miner)
			.perform(post("/dialogues/" + this.slug + "/map/actors").param("label", "Sneaky")
				.param("kind", "COMPANY")
				.param("influence", "1"))
			.getStatus()).isEqualTo(404);
		assertThat(client(this.miner).perform(get("/dialogues/" + this.slug + "/map/actors/new")).getStatus())
			.isEqualTo(404);
	}

	@Test
	void facilitatorsImportKumuSheetsAfterAPreviewAndExportThem() throws Exception {
		WebClient facilitator = client(this.facilitator);
		String elements = """
				Label,Type,Description,Tags,Region,Influence
				Pit owners,STAKEHOLDER_GROUP,Hold the licences,group:ARTISANAL_MINER,Geita,4
				Gold dealers,COMPANY,Pre-finance the pits,,Geita,9
				""";
		String connections = """
				From,To,Type,Strength
				Gold dealers,Pit owners,pre-finances,3
				Gold dealers,Nobody,taxes,2
				""";
		String preview = facilitator
			.perform(multipart("/dialogues/" + this.slug + "/map/import")
				.file(new MockMultipartFile("elementsFile", "elements.csv", "text/csv", elements.getBytes(UTF_8)))
				.file(new MockMultipartFile("connectionsFile", "connections.csv", "text/csv",
						connections.getBytes(UTF_8))))
			.getContentAsString();
		assertThat(preview)
			.contains("2 problems: nothing has been imported.", "Give an influence from 0 to 5.",
					"To names no element.")
			.doesNotContain("Import these rows");
		// A row without a name says so, not that the name is too long.
		String nameless = """
				Label,Type,Description,Tags,Region,Influence
				,COMPANY,Buys gold,,Geita,2
				""";
		assertThat(facilitator
			.perform(multipart("/dialogues/" + this.slug + "/map/import")
				.file(new MockMultipartFile("elementsFile", "elements.csv", "text/csv", nameless.getBytes(UTF_8))))
			.getContentAsString()).contains("Give a name.").doesNotContain("at most 120 characters");
		assertThat(facilitator
			.perform(post("/dialogues/" + this.slug + "/map/import/confirm").param("elementsCsv", elements)
				.param("connectionsCsv", connections))
			.getStatus()).isEqualTo(200);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from map_actor a join dialogue d on d.id = a.dialogue_id where d.slug = ?", Long.class,
				this.slug))
			.isZero();

		String fixedElements = elements.replace("Geita,9", "Geita,5");
		String fixedConnections = connections.replace("Gold dealers,Nobody,taxes,2\n", "");
		ByteArrayOutputStream zipped = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
			zip.putNextEntry(new ZipEntry("map/elements.csv"));
			zip.write(fixedElements.getBytes(UTF_8));
			zip.putNextEntry(new ZipEntry("map/connections.csv"));
			zip.write(fixedConnections.getBytes(UTF_8));
		}
		String ready = facilitator
			.perform(multipart("/dialogues/" + this.slug + "/map/import")
				.file(new MockMultipartFile("zipFile", "map.zip", "application/zip", zipped.toByteArray())))
			.getContentAsString();
		assertThat(ready).contains("2 elements and 1 connections are ready to import.", "Import these rows");
		assertThat(facilitator
			.perform(post("/dialogues/" + this.slug + "/map/import/confirm").param("elementsCsv", fixedElements)
				.param("connectionsCsv", fixedConnections))
			.getRedirectedUrl()).isEqualTo("/dialogues/" + this.slug + "/map");
		assertThat(new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/map")).getContentAsString())
			.contains("Gold dealers pre-finances Pit owners \u2014 strong");
		assertThat(this.jdbc.queryForObject(
				"select note from audit_entry where action = 'MAP_IMPORTED' and dialogue_id = (select id from dialogue where slug = ?)",
				String.class, this.slug))
			.isEqualTo("2 elements, 1 connections");
		// Imported again, the rows of actors already on the map say they update them.
		org.jsoup.nodes.Document again = org.jsoup.Jsoup.parse(facilitator
			.perform(multipart("/dialogues/" + this.slug + "/map/import")
				.file(new MockMultipartFile("elementsFile", "elements.csv", "text/csv",
						(fixedElements + "Geita council,GOVERNMENT,,,Geita,3\n").getBytes(UTF_8))))
			.getContentAsString());
		assertThat(again.select("tbody tr td:last-child").eachText()).containsExactly(
				"OK; will update the actor of this name already on the map",
				"OK; will update the actor of this name already on the map", "OK");

		MockHttpServletResponse export = facilitator.perform(get("/dialogues/" + this.slug + "/map/export.zip"));
		assertThat(export.getContentType()).isEqualTo("application/zip");
		String exported = new String(export.getContentAsByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1);
		assertThat(exported).contains("elements.csv", "connections.csv");
		assertThat(facilitator.perform(get("/dialogues/" + this.slug + "/map/connections.csv")).getContentAsString())
			.contains("From,To,Type,Strength,Disputed by", "Gold dealers,Pit owners,PRE_FINANCES,3,");
		assertThat(client(this.miner).perform(get("/dialogues/" + this.slug + "/map/export.zip")).getStatus())
			.isEqualTo(404);
	}

	private MockHttpServletResponse propose(WebClient member, long from, long to, String type, String reason)
			throws Exception {
		return member
			.perform(post("/dialogues/" + this.slug + "/map/proposals").param("fromActorId", String.valueOf(from))
				.param("toActorId", String.valueOf(to))
				.param("type", type)
				.param("strength", "2")
				.param("reason", reason));
	}

	private long actor(WebClient facilitator, String label, String kind, String group) throws Exception {
		MockHttpServletResponse response = facilitator
			.perform(post("/dialogues/" + this.slug + "/map/actors").param("label", label)
				.param("kind", kind)
				.param("groupCode", (group != null) ? group : "")
				.param("influence", "3"));
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
		String location = response.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private WebClient client(String email) throws Exception {
		WebClient client = new WebClient(this.mvc);
		client.logIn(email, TestAccounts.PASSWORD);
		return client;
	}

	/**
	 * What the client's home page says waits on the dialogue's map (the proposals, then
	 * the disputes).
	 */
	private List<String> waiting(WebClient client) throws Exception {
		org.jsoup.nodes.Document home = org.jsoup.Jsoup.parse(client.perform(get("/")).getContentAsString());
		List<String> texts = new java.util.ArrayList<>();
		texts.addAll(home.select(".waiting a[href='/dialogues/" + this.slug + "/map#proposals']").eachText());
		texts.addAll(home.select(".waiting a[href='/dialogues/" + this.slug + "/map#sentences']").eachText());
		return texts;
	}

}
