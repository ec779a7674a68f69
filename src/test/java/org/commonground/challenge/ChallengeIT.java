package org.commonground.challenge;

import java.util.List;

import org.commonground.account.AccountRole;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.DisplayMode;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.support.IntegrationTest;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Challenges end to end through the real filter chain: post, edit, list, endorse,
 * respond, merge.
 */
class ChallengeIT extends IntegrationTest {

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

	String ngo;

	String slug;

	@BeforeEach
	void dialogueWithMembers() {
		this.facilitator = this.accounts.create("Fiona Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		this.miner = this.accounts.create("Musa Miner", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		this.ngo = this.accounts.create("Neema Ngo", AccountRole.PARTICIPANT, "CIVIL_SOCIETY");
		this.slug = this.dialogues.create(this.facilitator, "Challenges", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		this.dialogues.addMember(this.slug, this.facilitator, this.miner, DisplayMode.PSEUDONYMOUS);
		this.dialogues.addMember(this.slug, this.facilitator, this.ngo, DisplayMode.NAMED);
	}

	@Test
	void userWrittenTextTakesItsDirectionFromItsOwnScript() throws Exception {
		long id = this.challenges.raise(this.slug, this.ngo, "الزئبق في المناجم");
		this.challenges.comment(this.slug, this.miner, id, null, "כספית ליד הבתים");
		Document page = Jsoup
			.parse(new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/challenges/" + id))
				.getContentAsString());
		assertThat(page.select("h1").attr("dir")).isEqualTo("auto");
		assertThat(page.select(".challenge .prose").attr("dir")).isEqualTo("auto");
		assertThat(page.select(".comment-list .prose").eachAttr("dir")).containsExactly("auto");
		Document list = Jsoup.parse(
				new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/challenges")).getContentAsString());
		assertThat(list.select(".card-title a").eachAttr("dir")).contains("auto");
	}

	@Test
	void aPseudonymWithoutARegionNamesTheGroupOnce() throws Exception {
		this.jdbc.update("update account set region = null where email = ?", this.miner);
		long id = this.challenges.raise(this.slug, this.miner, "Dust at the crushers");
		Document page = Jsoup
			.parse(new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/challenges/" + id))
				.getContentAsString());
		assertThat(page.select(".challenge .byline .author").text()).isEqualTo("Artisanal miner");
		assertThat(page.select(".challenge .byline").text()).doesNotContain("speaking as");
	}

	@Test
	void aMemberRaisesAChallengeShownUnderTheirPseudonymAndGroup() throws Exception {
		WebClient miner = client(this.miner);
		// The server's limits, told to the browser: no round trip to learn them.
		Document form = Jsoup
			.parse(miner.perform(get("/dialogues/" + this.slug + "/challenges/new")).getContentAsString());
		assertThat(form.select("input#title").attr("maxlength")).isEqualTo("150");
		assertThat(form.select("input#title").attr("minlength")).isEqualTo("5");
		assertThat(form.select("textarea#body").attr("maxlength")).isEqualTo("10000");
		MockHttpServletResponse posted = miner.perform(
				post("/dialogues/" + this.slug + "/challenges").param("title", "Mercury fumes at the processing sites")
					.param("body", "Burning *amalgam* in the open; children nearby.")
					.param("themes", "MERCURY_HEALTH", "CHILD_LABOUR")
					.param("formToken", "tok1"));
		assertThat(posted.getStatus()).isEqualTo(302);
		String location = posted.getRedirectedUrl();
		assertThat(location).matches("/dialogues/" + this.slug + "/challenges/\\d+");

		Document seenByNgo = Jsoup.parse(client(this.ngo).perform(get(location)).getContentAsString());
		assertThat(seenByNgo.select("h1").text()).isEqualTo("Mercury fumes at the processing sites");
		assertThat(seenByNgo.select(".challenge .prose em").text()).isEqualTo("amalgam");
		assertThat(seenByNgo.select(".challenge .byline .author").text()).isEqualTo("Artisanal miner · Geita");
		assertThat(seenByNgo.select(".challenge .byline .speaking-as")).as("the pseudonym names the group already")
			.isEmpty();
		assertThat(seenByNgo.text()).doesNotContain("Musa Miner").contains("Mercury and health", "Child labour");

		Document seenByFacilitator = Jsoup.parse(client(this.facilitator).perform(get(location)).getContentAsString());
		assertThat(seenByFacilitator.select(".challenge .real-name").text()).contains("Musa Miner");

		Document dialoguePage = Jsoup
			.parse(new WebClient(this.mvc).perform(get("/dialogues/" + this.slug)).getContentAsString());
		assertThat(dialoguePage.select(".challenge-highlights a").text()).contains("Mercury fumes");
		assertThat(dialoguePage.select(".chart-table tbody tr:contains(Artisanal miner) td").eachText())
			.as("members, challenges, endorsements, comments, total, expected")
			.startsWith("1", "1", "0", "0", "1");
	}

	@Test
	void aFormWithErrorsKeepsTheTextAndNamesTheFieldAndTheSameFormPostsOnce() throws Exception {
		WebClient miner = client(this.miner);
		String path = "/dialogues/" + this.slug + "/challenges";
		MockHttpServletResponse invalid = miner
			.perform(post(path).param("title", "").param("body", "My careful words").param("formToken", "tok2"));
		assertThat(invalid.getStatus()).isEqualTo(200);
		Document form = Jsoup.parse(invalid.getContentAsString());
		assertThat(form.select("#title-error").text()).contains("Enter a title.")
			.as("one error for the one empty field")
			.doesNotContain("5 to 150");
		assertThat(form.select("textarea#body").text()).isEqualTo("My careful words");
		Document blank = Jsoup.parse(
				miner.perform(post(path).param("title", "   ").param("body", "My careful words")).getContentAsString());
		assertThat(blank.select("#title-error").text()).contains("Enter a title.").doesNotContain("5 to 150");
		Document tooShort = Jsoup
			.parse(miner.perform(post(path).param("title", "Gold").param("body", "My careful words"))
				.getContentAsString());
		assertThat(tooShort.select("#title-error").text()).contains("The title must have 5 to 150 characters.")
			.doesNotContain("Enter a title.");
		assertThat(form.select("input[name=formToken]").val()).isEqualTo("tok2");
		assertThat(count(path)).isZero();

		String first = miner
			.perform(post(path).param("title", "Licence backlog")
				.param("body", "Two years waiting.")
				.param("formToken", "tok2"))
			.getRedirectedUrl();
		String again = miner
			.perform(post(path).param("title", "Licence backlog")
				.param("body", "Two years waiting.")
				.param("formToken", "tok2"))
			.getRedirectedUrl();
		assertThat(again).isEqualTo(first);
		assertThat(count(path)).isEqualTo(1);
	}

	@Test
	void onlyMembersPostAndOnlyWhileTheDialogueIsOpen() throws Exception {
		String path = "/dialogues/" + this.slug + "/challenges";
		String outsider = this.accounts.participant("Olga Outsider");
		MockHttpServletResponse refused = client(outsider)
			.perform(post(path).param("title", "Not a member").param("body", "Text"));
		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(refused.getContentAsString()).contains("Join the dialogue to raise challenges");
		MockHttpServletResponse visitor = new WebClient(this.mvc)
			.perform(post(path).param("title", "A visitor").param("body", "Text"));
		assertThat(visitor.getStatus()).isEqualTo(302);
		assertThat(visitor.getRedirectedUrl()).endsWith("/login");
		assertThat(new WebClient(this.mvc).perform(get(path + "/new")).getRedirectedUrl()).isEqualTo("/login");

		this.dialogues.as(this.facilitator, (me) -> {
			this.dialogueService.changeStatus(this.slug, DialogueStatus.CLOSED, me);
			return null;
		});
		MockHttpServletResponse closed = client(this.miner)
			.perform(post(path).param("title", "Too late now").param("body", "Text"));
		assertThat(closed.getContentAsString()).contains("This dialogue is not open");
		assertThat(count(path)).isZero();
	}

	@Autowired
	org.commonground.dialogue.DialogueService dialogueService;

	@Test
	void authorsEditTheirOwnKeepingAHistoryEveryoneCanRead() throws Exception {
		long id = this.challenges.raise(this.slug, this.miner, "First title");
		String path = "/dialogues/" + this.slug + "/challenges/" + id;
		assertThat(client(this.ngo).perform(get(path + "/edit")).getStatus()).isEqualTo(404);
		assertThat(client(this.ngo).perform(post(path + "/edit").param("title", "Hijacked").param("body", "x"))
			.getStatus()).isEqualTo(404);

		WebClient miner = client(this.miner);
		assertThat(miner.perform(
				post(path + "/edit").param("title", "Better title").param("body", "New *body*").param("version", "0"))
			.getRedirectedUrl()).isEqualTo(path);
		MockHttpServletResponse stale = miner.perform(
				post(path + "/edit").param("title", "Stale edit").param("body", "Words kept").param("version", "0"));
		assertThat(stale.getStatus()).isEqualTo(409);
		assertThat(Jsoup.parse(stale.getContentAsString()).select("textarea#body").text()).isEqualTo("Words kept");

		Document page = Jsoup.parse(new WebClient(this.mvc).perform(get(path)).getContentAsString());
		assertThat(page.select("h1").text()).isEqualTo("Better title");
		assertThat(page.select("a.edited").attr("href")).isEqualTo(path + "/history");
		Document history = Jsoup.parse(new WebClient(this.mvc).perform(get(path + "/history")).getContentAsString());
		assertThat(history.select(".history h3").eachText()).containsExactly("Better title", "First title");
	}

	@Test
	void editingKeepsARetiredThemeTheChallengeHasAndTheListStillFiltersByIt() throws Exception {
		WebClient admin = client(this.accounts.admin("Theme Retirer"));
		admin.perform(post("/admin/themes/new").param("code", "KEPT_ON_EDIT").param("labels[en]", "Kept on edit"));
		long tagged = this.challenges.raise(this.slug, this.miner, "Tagged before retiring", "KEPT_ON_EDIT", "FINANCE");
		long plain = this.challenges.raise(this.slug, this.miner, "Never had the theme", "FINANCE");
		admin.perform(post("/admin/themes/KEPT_ON_EDIT").param("labels[en]", "Kept on edit").param("_active", "on"));
		String path = "/dialogues/" + this.slug + "/challenges/" + tagged;

		WebClient miner = client(this.miner);
		Document form = Jsoup.parse(miner.perform(get(path + "/edit")).getContentAsString());
		assertThat(form.select("input[name=themes][value=KEPT_ON_EDIT]").hasAttr("checked"))
			.as("the retired theme it has is shown, checked")
			.isTrue();
		assertThat(form.select("label[for=" + form.select("input[value=KEPT_ON_EDIT]").attr("id") + "]").text())
			.isEqualTo("Kept on edit (retired)");
		assertThat(miner
			.perform(post(path + "/edit").param("title", "Tagged before retiring")
				.param("body", "A new body")
				.param("themes", "KEPT_ON_EDIT", "FINANCE")
				.param("version", form.select("input[name=version]").val()))
			.getRedirectedUrl()).isEqualTo(path);
		assertThat(this.jdbc.queryForList(
				"select t.code from challenge_theme ct join theme t on t.id = ct.theme_id where ct.challenge_id = ?"
						+ " order by t.code",
				String.class, tagged))
			.containsExactly("FINANCE", "KEPT_ON_EDIT");

		String plainPath = "/dialogues/" + this.slug + "/challenges/" + plain;
		Document plainForm = Jsoup.parse(miner.perform(get(plainPath + "/edit")).getContentAsString());
		assertThat(plainForm.select("input[value=KEPT_ON_EDIT]")).as("not offered where it was not chosen").isEmpty();
		String refused = miner
			.perform(post(plainPath + "/edit").param("title", "Never had the theme")
				.param("body", "Body")
				.param("themes", "KEPT_ON_EDIT")
				.param("version", plainForm.select("input[name=version]").val()))
			.getContentAsString();
		assertThat(Jsoup.parse(refused).select("#themes-error").text()).isNotEmpty();

		WebClient visitor = new WebClient(this.mvc);
		String list = "/dialogues/" + this.slug + "/challenges";
		assertThat(titles(visitor, list + "?theme=KEPT_ON_EDIT")).containsExactly("Tagged before retiring");
		assertThat(Jsoup.parse(visitor.perform(get(list)).getContentAsString())
			.select("#filter-theme option[value=KEPT_ON_EDIT]")
			.text()).isEqualTo("Kept on edit (retired)");
	}

	@Test
	void theListFiltersSortsAndPagesByKeyset() throws Exception {
		String buyer = this.accounts.create("Bakari Buyer", AccountRole.PARTICIPANT, "BUYER");
		this.dialogues.addMember(this.slug, this.facilitator, buyer, DisplayMode.NAMED);
		for (int i = 1; i <= 22; i++) {
			this.challenges.raise(this.slug, this.miner, "Miner challenge " + i, "FINANCE");
		}
		long priced = this.challenges.raise(this.slug, buyer, "Buyer challenge on prices", "MARKETS_TRACEABILITY");
		long endorsedOnce = this.challenges.raise(this.slug, buyer, "Buyer challenge on traceability");
		this.challenges.endorse(this.slug, this.miner, priced);
		this.challenges.endorse(this.slug, this.ngo, priced);
		this.challenges.endorse(this.slug, this.ngo, endorsedOnce);
		String path = "/dialogues/" + this.slug + "/challenges";
		WebClient visitor = new WebClient(this.mvc);

		Document first = Jsoup.parse(visitor.perform(get(path)).getContentAsString());
		List<String> firstTitles = first.select(".challenge-card .card-title").eachText();
		assertThat(firstTitles).hasSize(20).startsWith("Buyer challenge on traceability", "Buyer challenge on prices");
		String more = first.select("a[rel=next]").attr("href");
		assertThat(more).contains("after=");
		List<String> secondTitles = Jsoup.parse(visitor.perform(get(more)).getContentAsString())
			.select(".challenge-card .card-title")
			.eachText();
		assertThat(secondTitles).hasSize(4).doesNotContainAnyElementsOf(firstTitles).endsWith("Miner challenge 1");

		assertThat(titles(visitor, path + "?sort=MOST_ENDORSED")).startsWith("Buyer challenge on prices",
				"Buyer challenge on traceability", "Miner challenge 22");
		assertThat(titles(visitor, path + "?group=BUYER")).containsExactly("Buyer challenge on traceability",
				"Buyer challenge on prices");
		assertThat(titles(visitor, path + "?theme=MARKETS_TRACEABILITY")).containsExactly("Buyer challenge on prices");
		assertThat(titles(visitor, path + "?theme=NO_SUCH&sort=DROP%20TABLE&status=nope&after=x%27")).hasSize(20);
		String endorsedNext = Jsoup.parse(visitor.perform(get(path + "?sort=MOST_ENDORSED")).getContentAsString())
			.select("a[rel=next]")
			.attr("href");
		assertThat(titles(visitor, endorsedNext)).hasSize(4).doesNotContain("Buyer challenge on prices");
	}

	@Test
	void aMemberEndorsesOnceEvenWithTwentyParallelRequestsAndMayWithdraw() throws Exception {
		long id = this.challenges.raise(this.slug, this.miner, "Pit collapses in the rainy season");
		String path = "/dialogues/" + this.slug + "/challenges/" + id;
		List<Integer> statuses = Parallel.run(20,
				() -> client(this.ngo).perform(post(path + "/endorsement")).getStatus());
		assertThat(statuses).containsOnly(302);
		assertThat(endorsements(id)).isEqualTo(1);
		assertThat(storedCount(id)).isEqualTo(1);
		Document page = Jsoup.parse(client(this.ngo).perform(get(path)).getContentAsString());
		assertThat(page.select(".endorsement-count").text()).isEqualTo("1 person says this affects them too.");
		assertThat(page.select("form[action$=/endorsement/withdraw]")).hasSize(1);

		client(this.ngo).perform(post(path + "/endorsement/withdraw"));
		assertThat(endorsements(id)).isZero();
		assertThat(storedCount(id)).isZero();

		WebClient author = client(this.miner);
		author.perform(post(path + "/endorsement"));
		assertThat(author.lastFlash()).containsEntry("flashError", "challenge.error.own");
		assertThat(endorsements(id)).isZero();
	}

	@Test
	void facilitatorsSetTheStatusAndAPublicResponseThatOthersCannot() throws Exception {
		long id = this.challenges.raise(this.slug, this.miner, "Buyers pay below the world price");
		String path = "/dialogues/" + this.slug + "/challenges/" + id;
		assertThat(client(this.ngo).perform(
				post(path + "/response").param("status", "ADDRESSED").param("response", "Done").param("version", "0"))
			.getStatus()).isEqualTo(404);
		assertThat(client(this.facilitator)
			.perform(post(path + "/response").param("status", "UNDER_DISCUSSION")
				.param("response", "We will invite the **Mining Commission** to the next session.")
				.param("version", "0"))
			.getRedirectedUrl()).isEqualTo(path);

		Document page = Jsoup.parse(new WebClient(this.mvc).perform(get(path)).getContentAsString());
		assertThat(page.select(".challenge .badge").first().text()).isEqualTo("Under discussion");
		assertThat(page.select(".response h2").text()).isEqualTo("Response from the facilitators");
		assertThat(page.select(".response strong").text()).isEqualTo("Mining Commission");
		assertThat(page.select(".response .author").text()).isEqualTo("Fiona Facilitator");
		assertThat(titles(new WebClient(this.mvc), "/dialogues/" + this.slug + "/challenges?status=UNDER_DISCUSSION"))
			.containsExactly("Buyers pay below the world price");
		assertThat(client(this.facilitator)
			.perform(post(path + "/response").param("status", "MERGED").param("version", "1"))
			.getContentAsString()).contains("Choose a status.");
	}

	@Test
	void mergingMovesEndorsementsAndCommentsWithoutDoubleCountingAndRedirectsPermanently() throws Exception {
		String buyer = this.accounts.create("Bakari Buyer", AccountRole.PARTICIPANT, "BUYER");
		String official = this.accounts.create("Grace Government", AccountRole.PARTICIPANT, "GOVERNMENT");
		this.dialogues.addMember(this.slug, this.facilitator, buyer, DisplayMode.NAMED);
		this.dialogues.addMember(this.slug, this.facilitator, official, DisplayMode.NAMED);
		long duplicate = this.challenges.raise(this.slug, this.miner, "Licences take years");
		long original = this.challenges.raise(this.slug, this.ngo, "The licence backlog");
		this.challenges.endorse(this.slug, buyer, duplicate);
		this.challenges.endorse(this.slug, official, duplicate);
		this.challenges.endorse(this.slug, this.ngo, duplicate);
		this.challenges.endorse(this.slug, buyer, original);
		long comment = this.challenges.comment(this.slug, buyer, duplicate, null, "Same in Nyarugusu.");
		long reply = this.challenges.comment(this.slug, official, duplicate, comment, "We are hiring more officers.");
		this.challenges.comment(this.slug, this.miner, original, null, "On the original.");

		String base = "/dialogues/" + this.slug + "/challenges/";
		assertThat(client(this.ngo).perform(post(base + duplicate + "/merge").param("targetId", "" + original))
			.getStatus()).isEqualTo(404);
		this.jdbc.update("update challenge set language = 'sw' where id = ?", duplicate);
		this.jdbc.update("update challenge set language = 'fr' where id = ?", original);
		WebClient facilitatorClient = client(this.facilitator);
		Document choice = Jsoup.parse(facilitatorClient.perform(get(base + duplicate + "/merge")).getContentAsString());
		assertThat(choice.select("label[for=target-" + original + "] span[dir=auto]").attr("lang")).isEqualTo("fr");
		assertThat(choice.select(".breadcrumbs a[href$=/challenges/" + duplicate + "]").attr("lang")).isEqualTo("sw");

		// One press of the first page's button only asks, naming both challenges.
		MockHttpServletResponse asked = facilitatorClient
			.perform(post(base + duplicate + "/merge").param("targetId", "" + original));
		assertThat(asked.getStatus()).isEqualTo(200);
		Document confirm = Jsoup.parse(asked.getContentAsString());
		assertThat(confirm.select(".merge-source span[dir=auto]").text()).isEqualTo("Licences take years");
		assertThat(confirm.select(".merge-source span[dir=auto]").attr("lang")).isEqualTo("sw");
		assertThat(confirm.select(".merge-target span[dir=auto]").text()).isEqualTo("The licence backlog");
		assertThat(confirm.select(".merge-target span[dir=auto]").attr("lang")).isEqualTo("fr");
		assertThat(confirm.text()).contains("This cannot be undone.");
		assertThat(confirm.select("main form input[name=confirmed]").val()).isEqualTo("true");
		assertThat(this.jdbc.queryForObject("select merged_into_id from challenge where id = ?", Long.class, duplicate))
			.as("nothing merged before the confirmation")
			.isNull();
		assertThat(endorsements(duplicate)).isEqualTo(3);

		assertThat(facilitatorClient
			.perform(post(base + duplicate + "/merge").param("targetId", "" + original).param("confirmed", "true"))
			.getRedirectedUrl()).isEqualTo(base + original);
		Document audit = Jsoup.parse(facilitatorClient
			.perform(get("/dialogues/" + this.slug + "/moderation/audit").param("action", "CHALLENGE_MERGED"))
			.getContentAsString());
		assertThat(audit.select("tbody tr")).hasSize(1);
		assertThat(audit.select("tbody tr td:eq(1)").text()).isEqualTo("Fiona Facilitator");
		assertThat(audit.select("tbody tr td:eq(2)").text()).isEqualTo("challenge merged into another");
		assertThat(audit.select("tbody tr td:eq(3)").text()).contains("Challenge #" + duplicate);
		assertThat(audit.select("tbody tr td:eq(4)").text()).isEqualTo("into challenge #" + original);
		assertThat(audit.select("tbody tr td:eq(4) a").attr("href")).isEqualTo(base + original);

		// buyer (on both, once), official, the duplicate's author; never the original's
		// author (ngo)
		assertThat(endorsers(original)).containsExactlyInAnyOrder(buyer, official, this.miner);
		assertThat(storedCount(original)).isEqualTo(3);
		assertThat(endorsements(duplicate)).isZero();
		assertThat(
				this.jdbc.queryForObject("select comment_count from challenge where id = ?", Integer.class, original))
			.isEqualTo(3);

		MockHttpServletResponse old = new WebClient(this.mvc).perform(get(base + duplicate));
		assertThat(old.getStatus()).isEqualTo(301);
		assertThat(old.getHeader("Location")).endsWith(base + original);
		Document target = Jsoup.parse(new WebClient(this.mvc).perform(get(base + original)).getContentAsString());
		assertThat(target.select("#comment-" + comment + " #comment-" + reply)).hasSize(1);
		assertThat(target.select(".endorsement-count").text()).isEqualTo("3 people say this affects them too.");
		assertThat(titles(new WebClient(this.mvc), "/dialogues/" + this.slug + "/challenges"))
			.containsExactly("The licence backlog");
		assertThat(titles(new WebClient(this.mvc), "/dialogues/" + this.slug + "/challenges?status=MERGED"))
			.containsExactly("Licences take years");

		WebClient buyerClient = client(buyer);
		MockHttpServletResponse late = buyerClient
			.perform(post(base + duplicate + "/comments").param("body", "A late comment"));
		assertThat(late.getContentAsString()).contains("This discussion is closed to new comments.");
		buyerClient.perform(post(base + duplicate + "/endorsement"));
		assertThat(buyerClient.lastFlash()).containsEntry("flashError", "challenge.error.merged");
	}

	/**
	 * Addressed and Out of scope close a challenge for everyone who follows it, so they
	 * need a public response: without one the error is beside the response, the chosen
	 * status kept; a change of status is in the audit log with its new status (W4 #8).
	 */
	@Test
	void closingAChallengeNeedsAPublicResponseAndStatusChangesAreAudited() throws Exception {
		long id = this.challenges.raise(this.slug, this.miner, "Nobody tests the river water");
		String path = "/dialogues/" + this.slug + "/challenges/" + id;
		WebClient facilitator = client(this.facilitator);
		for (String closing : List.of("ADDRESSED", "OUT_OF_SCOPE")) {
			MockHttpServletResponse refused = facilitator.perform(
					post(path + "/response").param("status", closing).param("response", "   ").param("version", "0"));
			Document form = Jsoup.parse(refused.getContentAsString());
			assertThat(form.select("#response-error").text()).as(closing).contains("Write a public response");
			assertThat(form.select("#response").attr("aria-invalid")).isEqualTo("true");
			assertThat(form.select("#response").attr("aria-describedby")).contains("response-error");
			assertThat(form.select("#status option[selected]").val()).as("the status chosen is kept")
				.isEqualTo(closing);
		}
		assertThat(this.jdbc.queryForObject("select status from challenge where id = ?", String.class, id))
			.isEqualTo("OPEN");
		// The service refuses it too, whoever calls it.
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> this.dialogues.as(this.facilitator, (me) -> {
			this.facilitation.respond(this.slug, me, id, ChallengeStatus.OUT_OF_SCOPE, null, 0);
			return null;
		}))
			.isInstanceOf(ChallengeRuleException.class)
			.hasFieldOrPropertyWithValue("messageKey", "challenge.error.response-required");

		assertThat(
				facilitator.perform(post(path + "/response").param("status", "UNDER_DISCUSSION").param("version", "0"))
					.getRedirectedUrl())
			.as("no response needed while it is discussed")
			.isEqualTo(path);
		assertThat(facilitator
			.perform(post(path + "/response").param("status", "ADDRESSED")
				.param("response", "The district office tests it monthly from April.")
				.param("version", "1"))
			.getRedirectedUrl()).isEqualTo(path);
		// Saving the same status again is not a change.
		facilitator.perform(post(path + "/response").param("status", "ADDRESSED")
			.param("response", "The district office tests it monthly from April; results on the notice board.")
			.param("version", "2"));
		Document audit = Jsoup.parse(facilitator
			.perform(get("/dialogues/" + this.slug + "/moderation/audit").param("action", "CHALLENGE_STATUS_CHANGED"))
			.getContentAsString());
		assertThat(audit.select("select[name=action] option[value=CHALLENGE_STATUS_CHANGED]").text())
			.isEqualTo("challenge status changed");
		assertThat(audit.select("tbody tr")).hasSize(2);
		assertThat(audit.select("tbody tr td:eq(1)").eachText()).containsOnly("Fiona Facilitator");
		assertThat(audit.select("tbody tr .challenge-status").eachText()).containsExactly("Addressed",
				"Under discussion");
	}

	@Test
	void lockingADiscussionRecordsTheFacilitatorsReason() throws Exception {
		long id = this.challenges.raise(this.slug, this.miner, "A heated thread");
		String path = "/dialogues/" + this.slug + "/challenges/" + id;
		WebClient facilitator = client(this.facilitator);
		Document page = Jsoup.parse(facilitator.perform(get(path)).getContentAsString());
		assertThat(page.select("form[action$=/lock] label[for=lock-reason]").text())
			.isEqualTo("Reason for locking (optional)");
		facilitator.perform(post(path + "/lock").param("reason", "  Insults after two warnings  "));
		assertThat(facilitator.lastFlash()).containsEntry("flashSuccess", "challenge.locked.done");
		Document audit = Jsoup.parse(facilitator
			.perform(get("/dialogues/" + this.slug + "/moderation/audit").param("action", "THREAD_LOCKED"))
			.getContentAsString());
		assertThat(audit.select("tbody tr td:eq(4)").text()).isEqualTo("Insults after two warnings");
	}

	@Autowired
	ChallengeContributions contributions;

	@Autowired
	ChallengeFacilitation facilitation;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Test
	void writingAChallengeBackNeverOverwritesItsCounts() {
		long id = this.challenges.raise(this.slug, this.miner, "Counts must survive a response");
		// One transaction endorses, then responds: the challenge read before the
		// endorsement is written back, and must not take the count back to zero.
		this.transactions.executeWithoutResult((status) -> {
			this.dialogues.as(this.facilitator, (me) -> {
				this.contributions.endorse(this.slug, me, id);
				this.facilitation.respond(this.slug, me, id, ChallengeStatus.UNDER_DISCUSSION, "Noted", 0);
				return null;
			});
		});
		assertThat(storedCount(id)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select status from challenge where id = ?", String.class, id))
			.isEqualTo("UNDER_DISCUSSION");
	}

	private WebClient client(String email) throws Exception {
		WebClient client = new WebClient(this.mvc, TestAccounts.newAddress());
		client.logIn(email, TestAccounts.PASSWORD);
		return client;
	}

	private List<String> titles(WebClient client, String path) throws Exception {
		return Jsoup.parse(client.perform(get(path)).getContentAsString())
			.select(".challenge-card .card-title")
			.eachText();
	}

	private int count(String listPath) {
		return this.jdbc.queryForObject(
				"select count(*) from challenge c join dialogue d on d.id = c.dialogue_id where d.slug = ?",
				Integer.class, this.slug);
	}

	private int endorsements(long id) {
		return this.jdbc.queryForObject("select count(*) from challenge_endorsement where challenge_id = ?",
				Integer.class, id);
	}

	private int storedCount(long id) {
		return this.jdbc.queryForObject("select endorsement_count from challenge where id = ?", Integer.class, id);
	}

	private List<String> endorsers(long id) {
		return this.jdbc.queryForList("""
				select a.email from challenge_endorsement e join account a on a.id = e.account_id
				where e.challenge_id = ?""", String.class, id);
	}

}
