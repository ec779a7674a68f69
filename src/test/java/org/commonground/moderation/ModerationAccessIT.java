package org.commonground.moderation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonground.account.AccountRole;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.DisplayMode;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.support.AccessTable.Route;
import org.commonground.support.AccessTable;
import org.commonground.support.IntegrationTest;
import org.commonground.support.TestAccounts;
import org.commonground.support.TestChallenges;
import org.commonground.support.TestDialogues;
import org.commonground.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.support.AccessTable.route;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every moderation route against every role, in a members-only dialogue: members report
 * and ask for reviews but never reach moderation; a facilitator of another dialogue
 * reaches nothing; admins reach everything, and the global pages only they.
 */
class ModerationAccessIT extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Autowired
	TestChallenges challenges;

	@Autowired
	ModerationDecisions moderation;

	@Autowired
	ReportService reports;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyModerationRouteAnswersEachRoleAsItShould() throws Exception {
		String facilitator = this.accounts.create("Moderating Facilitator", AccountRole.FACILITATOR);
		String other = this.accounts.create("Elsewhere Facilitator", AccountRole.FACILITATOR);
		String member = this.accounts.participant("Moderated Member");
		String colleague = this.accounts.participant("Moderated Colleague");
		String slug = this.dialogues.create(facilitator, "Members-only moderation", Visibility.MEMBERS_ONLY,
				JoinPolicy.INVITE, true, DialogueStatus.OPEN);
		this.dialogues.create(other, "Elsewhere", Visibility.PUBLIC, JoinPolicy.OPEN, false, DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, member, DisplayMode.NAMED);
		this.dialogues.addMember(slug, facilitator, colleague, DisplayMode.NAMED);
		long challenge = this.challenges.raise(slug, colleague, "A colleague's challenge");
		long colleagues = this.challenges.comment(slug, colleague, challenge, null, "A colleague's comment");
		long membersHidden = this.challenges.comment(slug, member, challenge, null, "The member's hidden comment");
		hide(slug, facilitator, membersHidden);

		Map<String, WebClient> clients = new LinkedHashMap<>();
		clients.put("visitor", new WebClient(this.mvc));
		clients.put("non-member", loggedIn(this.accounts.participant("Moderation Outsider")));
		clients.put("member", loggedIn(member));
		clients.put("other facilitator", loggedIn(other));
		clients.put("facilitator", loggedIn(facilitator));
		clients.put("admin", loggedIn(this.accounts.admin("Moderation Admin")));

		String base = "/dialogues/" + slug;
		String moderate = base + "/moderation/comments/";
		int[] moderators = { 404, 404, 404, 404, 200, 200 };
		int[] moderatorChanges = { 302, 404, 404, 404, 302, 302 };
		List<Route> routes = List.of(
				route("GET report form", () -> get(base + "/comments/" + colleagues + "/report"), 404, 404, 200, 404,
						200, 200),
				route("POST report", () -> post(base + "/comments/" + colleagues + "/report").param("reason", "SPAM"),
						302, 404, 302, 404, 302, 302),
				route("GET report challenge", () -> get(base + "/challenges/" + challenge + "/report"), 404, 404, 200,
						404, 200, 200),
				route("GET review form", () -> get(base + "/comments/" + membersHidden + "/review"), 404, 404, 200, 404,
						404, 404),
				route("POST review request",
						() -> post(base + "/comments/" + membersHidden + "/review").param("note", "Please look again"),
						302, 404, 302, 404, 404, 404),
				route("GET queue", () -> get(base + "/moderation"), moderators),
				route("GET case", () -> get(moderate + colleagues), moderators),
				route("POST hide",
						() -> post(moderate + fresh(slug, colleague) + "/hide").param("reason", "ABUSE")
							.param("note", "By a role"),
						moderatorChanges),
				route("POST restore",
						() -> post(moderate + hidden(slug, colleague, facilitator) + "/restore").param("confirmed",
								"true"),
						moderatorChanges),
				route("POST dismiss", () -> post(moderate + reported(slug, colleague, member) + "/dismiss"),
						moderatorChanges),
				route("POST approve", () -> post(moderate + held(slug, colleague) + "/approve"), moderatorChanges),
				// The facilitator hid it, so only the admin decides: the facilitator gets
				// the form back with the rule.
				route("POST review decision",
						() -> post(moderate + reviewRequested(slug, colleague, facilitator) + "/review")
							.param("decision", "restore")
							.param("confirmed", "true"),
						302, 404, 404, 404, 200, 302),
				route("GET settings", () -> get(base + "/moderation/settings"), moderators),
				route("POST settings",
						() -> post(base + "/moderation/settings").param("premoderateFirst", "0")
							.param("autoHideReports", "3")
							.param("publicLog", "true"),
						moderatorChanges),
				route("GET audit", () -> get(base + "/moderation/audit"), moderators),
				route("GET public log", () -> get(base + "/moderation-log"), 404, 404, 200, 404, 200, 200),
				route("POST lock", () -> post(base + "/challenges/" + challenge + "/lock"), moderatorChanges),
				route("POST unlock", () -> post(base + "/challenges/" + challenge + "/unlock"), moderatorChanges),
				route("GET global queue", () -> get("/admin/moderation"), 302, 404, 404, 404, 404, 200),
				route("GET global audit", () -> get("/admin/audit"), 302, 404, 404, 404, 404, 200),
				route("GET guidelines", () -> get("/guidelines"), 200, 200, 200, 200, 200, 200));
		assertThat(AccessTable.mismatches(clients, routes)).isEmpty();
		assertThat(this.jdbc.queryForObject("""
				select count(*) from audit_entry a join dialogue d on d.id = a.dialogue_id
				where d.slug = ? and a.action = 'CONTENT_HIDDEN' and a.note = 'By a role'""", Integer.class, slug))
			.as("hidden by the facilitator and the admin only")
			.isEqualTo(2);
	}

	/** A new visible comment by the author. */
	private long fresh(String slug, String author) {
		long challenge = this.challenges.raise(slug, author, "Challenge " + System.nanoTime());
		return this.challenges.comment(slug, author, challenge, null, "Fresh comment");
	}

	private long hidden(String slug, String author, String facilitator) {
		long id = fresh(slug, author);
		hide(slug, facilitator, id);
		return id;
	}

	private long reported(String slug, String author, String reporter) {
		long id = fresh(slug, author);
		this.dialogues.as(reporter, (me) -> this.reports.report(slug, me, "comments", id, ModerationReason.SPAM, null));
		return id;
	}

	/** A comment held for approval, as pre-moderation leaves it. */
	private long held(String slug, String author) {
		long id = fresh(slug, author);
		this.jdbc.update("update comment set status = 'PENDING' where id = ?", id);
		this.jdbc.update("""
				insert into moderation_case (dialogue_id, content_type, content_id, author_id, state, queued_at)
				select dialogue_id, 'COMMENT', id, author_id, 'PENDING', now() from comment where id = ?""", id);
		return id;
	}

	private long reviewRequested(String slug, String author, String facilitator) {
		long id = hidden(slug, author, facilitator);
		this.dialogues.as(author, (me) -> {
			this.reports.requestReview(slug, me, "comments", id, "Please look again");
			return null;
		});
		return id;
	}

	private void hide(String slug, String facilitator, long commentId) {
		this.dialogues.as(facilitator, (me) -> {
			this.moderation.hide(slug, me, "comments", commentId, ModerationReason.OFF_TOPIC, null);
			return null;
		});
	}

	private WebClient loggedIn(String email) throws Exception {
		WebClient client = new WebClient(this.mvc);
		client.logIn(email, TestAccounts.PASSWORD);
		return client;
	}

}
