package org.commonground.dialogue;

import java.util.ArrayList;
import java.util.List;

import org.commonground.account.AccountRole;
import org.commonground.support.IntegrationTest;
import org.commonground.support.SqlStatements;
import org.commonground.support.TestAccounts;
import org.commonground.support.TestDialogues;
import org.commonground.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * P1: the dialogue list, the dialogue page and the members page run the same number of
 * SQL statements for 10 and for 500 members, and at most 8.
 */
class DialogueQueryCountIT extends IntegrationTest {

	/**
	 * P1's 8 (QUALITY.md), counted at the JDBC level by {@link SqlStatements}:
	 * Hibernate's and {@code JdbcClient}'s statements alike, the header's unread count of
	 * a signed-in person included, the session store's apart.
	 */
	private static final int MAX_STATEMENTS = 8;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void pagesRunAFixedNumberOfStatementsWhateverTheNumberOfMembers() throws Exception {
		String facilitator = this.accounts.create("Count Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String small = this.dialogues.create(facilitator, "Small", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		String large = this.dialogues.create(facilitator, "Large", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		addMembers(small, 10);
		addMembers(large, 500);
		String member = this.accounts.participant("Counting Member");
		this.dialogues.addMember(small, facilitator, member, DisplayMode.NAMED);
		this.dialogues.addMember(large, facilitator, member, DisplayMode.NAMED);

		WebClient visitor = new WebClient(this.mvc);
		WebClient signedIn = new WebClient(this.mvc);
		signedIn.logIn(member, TestAccounts.PASSWORD);
		for (WebClient client : List.of(visitor, signedIn)) {
			for (String path : List.of("", "/members")) {
				long smallCount = statements(client, "/dialogues/" + small + path);
				long largeCount = statements(client, "/dialogues/" + large + path);
				assertThat(largeCount).as("statements for %s with 500 members", path).isEqualTo(smallCount);
				assertThat(largeCount).as("statements for %s", path).isLessThanOrEqualTo(MAX_STATEMENTS);
			}
			long listBefore = statements(client, "/dialogues?mine=true");
			addMembers(small, 50);
			assertThat(statements(client, "/dialogues?mine=true")).isEqualTo(listBefore)
				.isLessThanOrEqualTo(MAX_STATEMENTS);
			assertThat(statements(client, "/dialogues")).isLessThanOrEqualTo(MAX_STATEMENTS);
			assertThat(statements(client, "/")).isLessThanOrEqualTo(MAX_STATEMENTS);
		}
		String page = signedIn.perform(get("/dialogues/" + large)).getContentAsString();
		assertThat(page).contains("502 members").contains("Counting Member").isNotEmpty();

		// The facilitator's home page counts the requests to join waiting in each of
		// their
		// dialogues with the other waiting work, in one statement whatever their number.
		WebClient facilitating = new WebClient(this.mvc);
		facilitating.logIn(facilitator, TestAccounts.PASSWORD);
		addMembers(small, 3, "PENDING");
		long waitingHome = statements(facilitating, "/");
		addMembers(large, 40, "PENDING");
		assertThat(statements(facilitating, "/")).as("requests waiting in one more dialogue")
			.isEqualTo(waitingHome)
			.isLessThanOrEqualTo(MAX_STATEMENTS);
		org.jsoup.nodes.Document waiting = org.jsoup.Jsoup.parse(facilitating.perform(get("/")).getContentAsString());
		assertThat(waiting.select(".waiting a[href='/dialogues/" + large + "/manage#requests']").text())
			.isEqualTo("40 requests to join");
		assertThat(waiting.select(".waiting a[href='/dialogues/" + small + "/manage#requests']").text())
			.isEqualTo("3 requests to join");

		// A reader in Swahili sees the Swahili titles of the list, the home page and the
		// members page in the same statements: the translations come with the dialogues.
		long list = statements(signedIn, "/dialogues?mine=true");
		long home = statements(signedIn, "/");
		long members = statements(signedIn, "/dialogues/" + small + "/members");
		long dialogueId = this.jdbc.queryForObject("select id from dialogue where slug = ?", Long.class, small);
		this.jdbc.update("update dialogue set languages = '{en,sw}' where id = ?", dialogueId);
		this.jdbc.update("""
				insert into dialogue_translation (dialogue_id, language, title, summary, translated_by, translated_at)
				select ?, 'sw', 'Mazungumzo madogo', 'Muhtasari', id, now() from account where email = ?""", dialogueId,
				facilitator);
		signedIn.perform(post("/language").param("lang", "sw"));
		assertThat(statements(signedIn, "/dialogues?mine=true")).isEqualTo(list);
		assertThat(statements(signedIn, "/")).isEqualTo(home);
		assertThat(statements(signedIn, "/dialogues/" + small + "/members")).isEqualTo(members);
		assertThat(signedIn.perform(get("/dialogues?mine=true")).getContentAsString()).contains("Mazungumzo madogo");
	}

	private long statements(WebClient client, String path) throws Exception {
		return SqlStatements.of(client, path);
	}

	/** Adds active members of every group straight in the database, fast. */
	private void addMembers(String slug, int count) {
		addMembers(slug, count, "ACTIVE");
	}

	/** Adds members of every group in the given status straight in the database, fast. */
	private void addMembers(String slug, int count, String status) {
		long dialogueId = this.jdbc.queryForObject("select id from dialogue where slug = ?", Long.class, slug);
		List<Long> groups = this.jdbc.queryForList("select id from stakeholder_group order by sort_order", Long.class);
		List<Object[]> accounts = new ArrayList<>();
		String prefix = "bulk-" + System.nanoTime() + "-";
		for (int i = 0; i < count; i++) {
			accounts.add(new Object[] { prefix + i + "@test.example", "Bulk member " + i, groups.get(i % groups.size()),
					(i % 3 == 0) ? "Geita" : null });
		}
		this.jdbc.batchUpdate(
				"""
						insert into account (email, display_name, password_hash, stakeholder_group_id, region, email_confirmed_at)
						values (?, ?, '{noop}unused', ?, ?, now())""",
				accounts);
		this.jdbc.update("""
				insert into membership (dialogue_id, account_id, status, display_mode, joined_at)
				select ?, id, ?, case when id % 2 = 0 then 'PSEUDONYMOUS' else 'NAMED' end,
				       case when ? = 'ACTIVE' then now() end
				from account where email like ?""", dialogueId, status, status, prefix + "%");
	}

}
