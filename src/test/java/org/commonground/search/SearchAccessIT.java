package org.commonground.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonground.account.AccountRole;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.DisplayMode;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.moderation.ModerationDecisions;
import org.commonground.moderation.ModerationReason;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What each role finds, against the roles of {@link AccessTable}: hidden, deleted and
 * pending comments, the comments of a hidden challenge and a draft dialogue's text appear
 * to no one who may not see them; a members-only dialogue's content only to its members,
 * its facilitators and admins.
 */
class SearchAccessIT extends IntegrationTest {

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
	JdbcTemplate jdbc;

	@Test
	void eachRoleFindsOnlyWhatItMayRead() throws Exception {
		String tag = SearchIT.uniqueWord();
		String facilitator = this.accounts.create("Searched Facilitator", AccountRole.FACILITATOR);
		String other = this.accounts.create("Other Search Facilitator", AccountRole.FACILITATOR);
		String member = this.accounts.participant("Searched Member");
		String open = this.dialogues.create(facilitator, "Open search", Visibility.PUBLIC, JoinPolicy.OPEN, false,
				DialogueStatus.OPEN);
		String closed = this.dialogues.create(facilitator, "Closed search", Visibility.MEMBERS_ONLY, JoinPolicy.INVITE,
				false, DialogueStatus.OPEN);
		String draft = this.dialogues.create(facilitator, "Draft search", Visibility.PUBLIC, JoinPolicy.OPEN, false,
				DialogueStatus.DRAFT);
		this.dialogues.create(other, "Elsewhere search", Visibility.PUBLIC, JoinPolicy.OPEN, false,
				DialogueStatus.OPEN);
		this.dialogues.addMember(open, facilitator, member, DisplayMode.NAMED);
		this.dialogues.addMember(closed, facilitator, member, DisplayMode.NAMED);

		long challenge = this.challenges.raise(open, member, "Public challenge " + tag);
		this.challenges.comment(open, member, challenge, null, "visiblepublicword " + tag);
		long hidden = this.challenges.comment(open, member, challenge, null, "hiddenword " + tag);
		hide(open, facilitator, "comments", hidden);
		long pending = this.challenges.comment(open, member, challenge, null, "pendingword " + tag);
		this.jdbc.update("update comment set status = 'PENDING' where id = ?", pending);
		long deleted = this.challenges.comment(open, member, challenge, null, "deletedword " + tag);
		this.jdbc.update("update comment set status = 'DELETED', deleted_at = now() where id = ?", deleted);
		long hiddenChallenge = this.challenges.raise(open, member, "Hiddenchallengeword " + tag);
		this.challenges.comment(open, member, hiddenChallenge, null, "underhiddenword " + tag);
		hide(open, facilitator, "challenges", hiddenChallenge);
		long members = this.challenges.raise(closed, member, "Members challenge " + tag);
		this.challenges.comment(closed, member, members, null, "membersonlyword " + tag);
		this.jdbc.update("update dialogue set summary = ? where slug = ?", "draftword " + tag, draft);

		Map<String, WebClient> clients = new LinkedHashMap<>();
		clients.put("visitor", new WebClient(this.mvc));
		clients.put("non-member", loggedIn(this.accounts.participant("Search Outsider")));
		clients.put("member", loggedIn(member));
		clients.put("other facilitator", loggedIn(other));
		clients.put("facilitator", loggedIn(facilitator));
		clients.put("admin", loggedIn(this.accounts.admin("Search Admin")));

		// Per word: is it found, for each of AccessTable.ROLES in order.
		Map<String, boolean[]> expected = new LinkedHashMap<>();
		expected.put("visiblepublicword", new boolean[] { true, true, true, true, true, true });
		expected.put("hiddenword", new boolean[] { false, false, false, false, false, false });
		expected.put("pendingword", new boolean[] { false, false, false, false, false, false });
		expected.put("deletedword", new boolean[] { false, false, false, false, false, false });
		expected.put("hiddenchallengeword", new boolean[] { false, false, false, false, false, false });
		expected.put("underhiddenword", new boolean[] { false, false, false, false, false, false });
		expected.put("membersonlyword", new boolean[] { false, false, true, false, true, true });
		expected.put("draftword", new boolean[] { false, false, false, false, true, true });

		List<String> wrong = new ArrayList<>();
		for (int i = 0; i < AccessTable.ROLES.length; i++) {
			String role = AccessTable.ROLES[i];
			var response = clients.get(role).perform(get("/search").param("q", tag));
			assertThat(response.getStatus()).isEqualTo(200);
			String page = response.getContentAsString().toLowerCase(java.util.Locale.ROOT);
			for (Map.Entry<String, boolean[]> word : expected.entrySet()) {
				if (page.contains(word.getKey()) != word.getValue()[i]) {
					wrong.add(word.getKey() + " as " + role + ": " + (word.getValue()[i] ? "missing" : "shown"));
				}
			}
			var filtered = clients.get(role).perform(get("/search").param("q", tag).param("dialogue", closed));
			boolean seesClosed = expected.get("membersonlyword")[i];
			if (filtered.getContentAsString().contains("membersonlyword") != seesClosed) {
				wrong.add("members-only dialogue filter as " + role);
			}
		}
		assertThat(wrong).isEmpty();
	}

	private void hide(String slug, String facilitator, String kind, long id) {
		this.dialogues.as(facilitator, (me) -> {
			this.moderation.hide(slug, me, kind, id, ModerationReason.OFF_TOPIC, null);
			return null;
		});
	}

	private WebClient loggedIn(String email) throws Exception {
		WebClient client = new WebClient(this.mvc);
		client.logIn(email, TestAccounts.PASSWORD);
		return client;
	}

}
