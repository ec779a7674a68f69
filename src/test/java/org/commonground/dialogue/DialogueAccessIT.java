package org.commonground.dialogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonground.account.AccountRole;
import org.commonground.support.AccessTable.Route;
import org.commonground.support.AccessTable;
import org.commonground.support.IntegrationTest;
import org.commonground.support.TestAccounts;
import org.commonground.support.TestChallenges;
import org.commonground.support.TestDialogues;
import org.commonground.support.WebClient;
import org.commonground.support.Parallel;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.support.AccessTable.ROLES;
import static org.commonground.support.AccessTable.route;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Calls every route of the dialogue module as a visitor, a non-member, a member, a
 * facilitator of another dialogue, the dialogue's facilitator and an admin, and checks
 * the status code of each: what a person may not see answers 404, never a hint.
 */
class DialogueAccessIT extends IntegrationTest {

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

	@Test
	void everyRouteOfAMembersOnlyDialogueAnswersEachRoleAsItShould() throws Exception {
		Map<String, WebClient> clients = new LinkedHashMap<>();
		String facilitator = this.accounts.create("Facilitator", AccountRole.FACILITATOR);
		String other = this.accounts.create("Other Facilitator", AccountRole.FACILITATOR);
		String member = this.accounts.participant("Member");
		String nonMember = this.accounts.participant("Non Member");
		String admin = this.accounts.admin("Admin");
		String slug = this.dialogues.create(facilitator, "Members only", Visibility.MEMBERS_ONLY, JoinPolicy.INVITE,
				true, DialogueStatus.OPEN);
		this.dialogues.create(other, "Elsewhere", Visibility.PUBLIC, JoinPolicy.OPEN, false, DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, member, DisplayMode.NAMED);
		String victim = this.accounts.participant("Victim");
		this.dialogues.addMember(slug, facilitator, victim, DisplayMode.NAMED);
		long victimId = this.dialogues.membershipId(slug, victim);
		long invitationId = this.dialogues.invitation(slug, facilitator, 5, null).getId();

		clients.put("visitor", new WebClient(this.mvc));
		clients.put("non-member", loggedIn(nonMember));
		clients.put("member", loggedIn(member));
		clients.put("other facilitator", loggedIn(other));
		clients.put("facilitator", loggedIn(facilitator));
		clients.put("admin", loggedIn(admin));

		String base = "/dialogues/" + slug;
		List<Route> routes = List
			.of(route("GET page", () -> get(base), 404, 404, 200, 404, 200, 200),
					route("GET export.csv", () -> get(base + "/export.csv"), 404, 404, 404, 404, 200, 200),
					route("GET export.json", () -> get(base + "/export.json"), 404, 404, 404, 404, 200, 200),
					route("GET export.pdf", () -> get(base + "/export.pdf"), 404, 404, 404, 404, 200, 200),
					route("GET summary", () -> get(base + "/summary"), 404, 404, 404, 404, 200, 200),
					route("GET identities", () -> get(base + "/export.csv?identities=true"), 404, 404, 404, 404, 404,
							200),
					route("GET hidden", () -> get(base + "/export.json?hidden=true"), 404, 404, 404, 404, 404, 200),
					route("GET admin console", () -> get("/admin"), 302, 404, 404, 404, 404, 200),
					route("GET admin dialogues", () -> get("/admin/dialogues"), 302, 404, 404, 404, 404, 200),
					route("GET members", () -> get(base + "/members"), 404, 404, 200, 404, 200, 200),
					route("GET manage", () -> get(base + "/manage"), 404, 404, 404, 404, 200, 200),
					route("GET edit", () -> get(base + "/edit"), 404, 404, 404, 404, 200, 200),
					route("POST edit",
							() -> post(base + "/edit").param("title", "Renamed")
								.param("summary", "Still a summary")
								.param("visibility", "MEMBERS_ONLY")
								.param("joinPolicy", "INVITE")
								.param("version", Long.toString(this.dialogues.version(slug))),
							302, 404, 404, 404, 302, 302),
					route("POST status", () -> post(base + "/status").param("status", "DRAFT"), 302, 404, 404, 404, 302,
							302),
					route("POST expected groups", () -> post(base + "/expected-groups").param("groups", "GOVERNMENT"),
							302, 404, 404, 404, 302, 302),
					route("POST invitation", () -> post(base + "/invitations").param("validDays", "3"), 302, 404, 404,
							404, 302, 302),
					route("POST revoke invitation", () -> post(base + "/invitations/" + invitationId + "/revoke"), 302,
							404, 404, 404, 302, 302),
					route("POST approve request", () -> post(base + "/requests/" + victimId + "/approve"), 302, 404,
							404, 404, 302, 302),
					route("POST decline request", () -> post(base + "/requests/" + victimId + "/decline"), 302, 404,
							404, 404, 302, 302),
					route("POST make facilitator", () -> post(base + "/members/" + victimId + "/facilitator"), 302, 404,
							404, 404, 302, 302),
					route("POST remove member",
							() -> post(base + "/members/" + victimId + "/remove").param("reason", "Test removal"), 302,
							404, 404, 404, 302, 302),
					route("POST appoint facilitator",
							() -> post(base + "/facilitators").param("email", "nobody@test.example"), 302, 403, 403,
							403, 403, 302),
					route("POST join", () -> post(base + "/join"), 302, 404, 302, 404, 302, 302),
					route("POST display mode", () -> post(base + "/display-mode").param("displayMode", "PSEUDONYMOUS"),
							302, 404, 302, 404, 302, 404),
					route("POST leave", () -> post(base + "/leave"), 302, 404, 302, 404, 302, 302));

		assertThat(AccessTable.mismatches(clients, routes)).isEmpty();
	}

	@Test
	void everyChallengeAndCommentRouteOfAMembersOnlyDialogueAnswersEachRoleAsItShould() throws Exception {
		String facilitator = this.accounts.create("Challenge Facilitator", AccountRole.FACILITATOR);
		String other = this.accounts.create("Challenge Other Facilitator", AccountRole.FACILITATOR);
		String member = this.accounts.participant("Challenge Member");
		String colleague = this.accounts.participant("Challenge Colleague");
		String slug = this.dialogues.create(facilitator, "Members-only challenges", Visibility.MEMBERS_ONLY,
				JoinPolicy.INVITE, true, DialogueStatus.OPEN);
		this.dialogues.create(other, "Other challenges", Visibility.PUBLIC, JoinPolicy.OPEN, false,
				DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, member, DisplayMode.NAMED);
		this.dialogues.addMember(slug, facilitator, colleague, DisplayMode.NAMED);
		long own = this.challenges.raise(slug, member, "The member's challenge");
		long others = this.challenges.raise(slug, colleague, "A colleague's challenge");
		long duplicate = this.challenges.raise(slug, colleague, "A duplicate");
		long comment = this.challenges.comment(slug, member, others, null, "The member's comment");
		Map<String, WebClient> clients = new LinkedHashMap<>();
		clients.put("visitor", new WebClient(this.mvc));
		clients.put("non-member", loggedIn(this.accounts.participant("Challenge Outsider")));
		clients.put("member", loggedIn(member));
		clients.put("other facilitator", loggedIn(other));
		clients.put("facilitator", loggedIn(facilitator));
		clients.put("admin", loggedIn(this.accounts.admin("Challenge Admin")));

		String list = "/dialogues/" + slug + "/challenges";
		String mine = list + "/" + own;
		String theirs = list + "/" + others;
		String comments = "/dialogues/" + slug + "/comments/" + comment;
		List<Route> routes = List.of(route("GET challenges", () -> get(list), 404, 404, 200, 404, 200, 200),
				route("GET new challenge", () -> get(list + "/new"), 302, 404, 200, 404, 200, 200),
				route("POST challenge", () -> post(list).param("title", "Raised by a role").param("body", "Text"), 302,
						404, 302, 404, 302, 302),
				route("GET challenge", () -> get(mine), 404, 404, 200, 404, 200, 200),
				route("GET challenge history", () -> get(mine + "/history"), 404, 404, 200, 404, 200, 200),
				route("GET edit challenge", () -> get(mine + "/edit"), 404, 404, 200, 404, 404, 404),
				route("POST edit challenge",
						() -> post(mine + "/edit").param("title", "Edited by a role")
							.param("body", "Text")
							.param("version", Long.toString(version("challenge", own))),
						302, 404, 302, 404, 404, 404),
				route("POST endorsement", () -> post(theirs + "/endorsement"), 302, 404, 302, 404, 302, 302),
				route("POST withdraw endorsement", () -> post(theirs + "/endorsement/withdraw"), 302, 404, 302, 404,
						302, 302),
				route("POST response",
						() -> post(theirs + "/response").param("status", "UNDER_DISCUSSION")
							.param("response", "A response")
							.param("version", Long.toString(version("challenge", others))),
						302, 404, 404, 404, 302, 302),
				route("GET merge", () -> get(theirs + "/merge"), 404, 404, 404, 404, 200, 200),
				route("POST comment", () -> post(theirs + "/comments").param("body", "A comment by a role"), 302, 404,
						302, 404, 302, 302),
				route("GET comment", () -> get(comments), 404, 404, 200, 404, 200, 200),
				route("GET comment history", () -> get(comments + "/history"), 404, 404, 200, 404, 200, 200),
				route("GET edit comment", () -> get(comments + "/edit"), 404, 404, 200, 404, 404, 404),
				route("POST edit comment",
						() -> post(comments + "/edit").param("body", "Edited")
							.param("version", Long.toString(version("comment", comment))),
						302, 404, 302, 404, 404, 404),
				route("POST delete comment", () -> post(comments + "/delete"), 302, 404, 302, 404, 404, 404),
				route("POST merge", () -> post(list + "/" + duplicate + "/merge").param("targetId", "" + others)
					.param("confirmed", "true"), 302, 404, 404, 404, 302, 302));
		assertThat(AccessTable.mismatches(clients, routes)).isEmpty();
		assertThat(clients.get("visitor").perform(post(list).param("title", "x").param("body", "y")).getRedirectedUrl())
			.endsWith("/login");
	}

	@Autowired
	org.commonground.vision.VisionService visions;

	@Autowired
	org.commonground.comment.CommentPosting comments;

	@Test
	void everyVisionRouteOfAMembersOnlyDialogueAnswersEachRoleAsItShould() throws Exception {
		String facilitator = this.accounts.create("Vision Facilitator", AccountRole.FACILITATOR);
		String other = this.accounts.create("Vision Other Facilitator", AccountRole.FACILITATOR);
		String member = this.accounts.participant("Vision Member");
		String slug = this.dialogues.create(facilitator, "Members-only vision", Visibility.MEMBERS_ONLY,
				JoinPolicy.INVITE, true, DialogueStatus.OPEN);
		this.dialogues.create(other, "Other vision", Visibility.PUBLIC, JoinPolicy.OPEN, false, DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, member, DisplayMode.NAMED);
		this.dialogues.as(facilitator,
				(me) -> this.visions.publish(slug, me, "# Vision\n\nFirst paragraph.\n\nSecond one.", "First", null));
		long comment = this.dialogues.as(member,
				(me) -> this.comments
					.post(slug, me, this.visions.commentTarget(slug, me, 1, "p2"),
							new org.commonground.comment.NewComment("A comment", null, null))
					.id());
		Map<String, WebClient> clients = new LinkedHashMap<>();
		clients.put("visitor", new WebClient(this.mvc));
		clients.put("non-member", loggedIn(this.accounts.participant("Vision Outsider")));
		clients.put("member", loggedIn(member));
		clients.put("other facilitator", loggedIn(other));
		clients.put("facilitator", loggedIn(facilitator));
		clients.put("admin", loggedIn(this.accounts.admin("Vision Admin")));
		String vision = "/dialogues/" + slug + "/vision";
		int[] readers = { 404, 404, 200, 404, 200, 200 };
		List<Route> routes = List.of(route("GET vision", () -> get(vision), readers),
				route("GET version", () -> get(vision + "/versions/1"), readers),
				route("GET paragraph", () -> get(vision + "/versions/1/paragraphs/p2"), readers),
				route("GET version comments", () -> get(vision + "/versions/1/comments"), readers),
				route("GET common ground", () -> get(vision + "/versions/1/common-ground"), readers),
				route("GET diff", () -> get(vision + "/diff?from=1&to=1"), readers),
				route("GET you said we did", () -> get(vision + "/you-said-we-did"), readers),
				route("GET edit", () -> get(vision + "/edit"), 404, 404, 404, 404, 200, 200),
				route("POST edit", () -> post(vision + "/edit").param("text", "# Vision\n\nWorking."), 302, 404, 404,
						404, 302, 302),
				route("POST stance", () -> post(vision + "/versions/1/paragraphs/p2/stance").param("stance", "AGREE"),
						302, 404, 302, 404, 302, 302),
				route("POST comment",
						() -> post(vision + "/versions/1/comments").param("paragraphKey", "p2")
							.param("body", "By a role"),
						302, 404, 302, 404, 302, 302),
				route("POST answer",
						() -> post(vision + "/comments/" + comment + "/answer").param("disposition", "NOTED")
							.param("reason", "Noted by a role"),
						302, 404, 404, 404, 302, 302),
				route("POST publish", () -> post(vision + "/versions").param("text", "# Vision\n\nPublished by a role.")
					.param("changeSummary", "By a role"), 302, 404, 404, 404, 302, 302));
		assertThat(AccessTable.mismatches(clients, routes)).isEmpty();
		assertThat(this.jdbc.queryForObject("""
				select count(*) from vision_version v join dialogue d on d.id = v.dialogue_id where d.slug = ?""",
				Integer.class, slug))
			.as("published by the facilitator and the admin only")
			.isEqualTo(3);
	}

	private long version(String table, long id) {
		return this.jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
	}

	@Test
	void aDraftIsSeenOnlyByItsFacilitatorsAndAdmins() throws Exception {
		String facilitator = this.accounts.create("Draft Facilitator", AccountRole.FACILITATOR);
		String other = this.accounts.create("Draft Other", AccountRole.FACILITATOR);
		String slug = this.dialogues.create(facilitator, "Draft", Visibility.PUBLIC, JoinPolicy.OPEN, false,
				DialogueStatus.DRAFT);
		int[] expected = { 404, 404, 404, 404, 200, 200 };
		WebClient[] clients = { new WebClient(this.mvc), loggedIn(this.accounts.participant("P")),
				loggedIn(this.accounts.participant("Q")), loggedIn(other), loggedIn(facilitator),
				loggedIn(this.accounts.admin("Draft Admin")) };
		for (String path : List.of("", "/members", "/edit", "/manage")) {
			for (int i = 0; i < clients.length; i++) {
				assertThat(clients[i].perform(get("/dialogues/" + slug + path)).getStatus())
					.as("GET %s as %s", path, ROLES[i])
					.isEqualTo(expected[i]);
			}
		}
		assertThat(clients[1].perform(get("/dialogues")).getContentAsString()).doesNotContain(slug);
		assertThat(clients[4].perform(get("/dialogues").param("status", "DRAFT")).getContentAsString()).contains(slug);
	}

	@Test
	void aPublicDialogueIsReadByEveryoneButManagedOnlyByItsFacilitators() throws Exception {
		String facilitator = this.accounts.create("Public Facilitator", AccountRole.FACILITATOR);
		String slug = this.dialogues.create(facilitator, "Public", Visibility.PUBLIC, JoinPolicy.OPEN, false,
				DialogueStatus.OPEN);
		WebClient visitor = new WebClient(this.mvc);
		assertThat(visitor.perform(get("/dialogues/" + slug)).getStatus()).isEqualTo(200);
		assertThat(visitor.perform(get("/dialogues/" + slug + "/members")).getStatus()).isEqualTo(200);
		assertThat(visitor.perform(get("/dialogues/" + slug + "/manage")).getStatus()).isEqualTo(404);
		assertThat(visitor.perform(get("/dialogues/no-such-dialogue")).getStatus()).isEqualTo(404);
		WebClient participant = loggedIn(this.accounts.participant("Reader"));
		assertThat(participant.perform(get("/dialogues/" + slug + "/edit")).getStatus()).isEqualTo(404);
		assertThat(participant.perform(get("/dialogues/new")).getStatus()).isEqualTo(404);
		assertThat(visitor.perform(get("/dialogues/new")).getRedirectedUrl()).isEqualTo("/login");
		assertThat(participant
			.perform(post("/dialogues").param("title", "Mine")
				.param("summary", "Mine")
				.param("visibility", "PUBLIC")
				.param("joinPolicy", "OPEN"))
			.getStatus()).isEqualTo(404);
	}

	@Test
	void aResubmittedNewDialogueFormMakesOneDialogueAndParallelPostsNeverAnswer500() throws Exception {
		WebClient facilitator = loggedIn(this.accounts.create("Creator", AccountRole.FACILITATOR));
		String token = Jsoup.parse(facilitator.perform(get("/dialogues/new")).getContentAsString())
			.select("input[name=formToken]")
			.val();
		assertThat(token).isNotBlank();
		String first = facilitator.perform(newDialogue("Gold traders of Chunya", token)).getRedirectedUrl();
		String again = facilitator.perform(newDialogue("Gold traders of Chunya", token)).getRedirectedUrl();
		assertThat(again).as("the second post of the same form goes to the dialogue the first made").isEqualTo(first);
		assertThat(this.jdbc.queryForObject("select count(*) from dialogue where title = 'Gold traders of Chunya'",
				Long.class))
			.isEqualTo(1);

		// The same form posted four times at once: one dialogue, every post sent to it.
		List<MockHttpServletResponse> same = Parallel.run(4,
				() -> facilitator.perform(newDialogue("Buyers of Geita", "parallel1")));
		assertThat(same).extracting(MockHttpServletResponse::getStatus).containsOnly(302);
		assertThat(same).extracting(MockHttpServletResponse::getRedirectedUrl)
			.containsOnly("/dialogues/buyers-of-geita");
		assertThat(
				this.jdbc.queryForObject("select count(*) from dialogue where title = 'Buyers of Geita'", Long.class))
			.isEqualTo(1);

		// Four forms with the same title at once: four dialogues with four slugs, no 500.
		List<MockHttpServletResponse> forms = Parallel.run(4,
				(i) -> facilitator.perform(newDialogue("Mercury free processing", "form" + i)));
		assertThat(forms).extracting(MockHttpServletResponse::getStatus).containsOnly(302);
		assertThat(forms).extracting(MockHttpServletResponse::getRedirectedUrl).doesNotHaveDuplicates();
		assertThat(this.jdbc.queryForObject(
				"select count(distinct slug) from dialogue where title = 'Mercury free processing'", Long.class))
			.isEqualTo(4);
	}

	private static MockHttpServletRequestBuilder newDialogue(String title, String token) {
		return post("/dialogues").param("title", title)
			.param("summary", "Summary")
			.param("visibility", "PUBLIC")
			.param("joinPolicy", "OPEN")
			.param("formToken", token);
	}

	private WebClient loggedIn(String email) throws Exception {
		WebClient client = new WebClient(this.mvc);
		client.logIn(email, TestAccounts.PASSWORD);
		return client;
	}

}
