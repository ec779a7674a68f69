package org.commonground.moderation;

import java.util.List;

import org.commonground.account.AccountRole;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.DisplayMode;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.support.IntegrationTest;
import org.commonground.support.SqlStatements;
import org.commonground.support.TestAccounts;
import org.commonground.support.TestChallenges;
import org.commonground.support.TestDialogues;
import org.commonground.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * P1 for moderation: the queue, a case page, the audit log and the public log run the
 * same number of SQL statements with one reported comment as with 50 (each with several
 * reports and a long history), and at most 8.
 */
class ModerationQueryCountIT extends IntegrationTest {

	private static final int MAX_STATEMENTS = 8;

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
	void moderationPagesRunAFixedNumberOfStatementsWhateverTheQueue() throws Exception {
		String facilitator = this.accounts.create("Queue Facilitator", AccountRole.FACILITATOR);
		String member = this.accounts.participant("Queue Member");
		String admin = this.accounts.admin("Queue Admin");
		String small = this.dialogues.create(facilitator, "Small queue", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		String large = this.dialogues.create(facilitator, "Large queue", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		for (String slug : List.of(small, large)) {
			this.dialogues.addMember(slug, facilitator, member, DisplayMode.PSEUDONYMOUS);
		}
		long smallComment = reportedComments(small, member, 1, 1).get(0);
		long largeComment = reportedComments(large, member, 50, 6).get(0);
		this.challenges.raise(large, member, "A challenge in the queue too");
		long challenge = this.jdbc.queryForObject("select max(id) from challenge", Long.class);
		this.jdbc
			.update("""
					insert into moderation_case (dialogue_id, content_type, content_id, author_id, state, open_reports, queued_at)
					select dialogue_id, 'CHALLENGE', id, author_id, 'PENDING', 0, now() from challenge where id = ?""",
					challenge);
		// A history of one action against one of 120 (a case page names the people in
		// it).
		history(smallComment, facilitator, small, 1);
		history(largeComment, facilitator, large, 120);

		WebClient facilitating = new WebClient(this.mvc);
		facilitating.logIn(facilitator, TestAccounts.PASSWORD);
		WebClient visitor = new WebClient(this.mvc);
		String smallBase = "/dialogues/" + small;
		String largeBase = "/dialogues/" + large;
		compare(facilitating, smallBase + "/moderation", largeBase + "/moderation");
		compare(facilitating, smallBase + "/moderation/comments/" + smallComment,
				largeBase + "/moderation/comments/" + largeComment);
		compare(facilitating, smallBase + "/moderation/audit", largeBase + "/moderation/audit");
		compare(visitor, smallBase + "/moderation-log", largeBase + "/moderation-log");

		WebClient administering = new WebClient(this.mvc);
		administering.logIn(admin, TestAccounts.PASSWORD);
		long globalQueue = statements(administering, "/admin/moderation");
		long globalAudit = statements(administering, "/admin/audit");
		System.out.printf("P1 statements: admin queue %d, admin audit log %d%n", globalQueue, globalAudit);
		assertThat(globalQueue).isLessThanOrEqualTo(MAX_STATEMENTS);
		assertThat(globalAudit).isLessThanOrEqualTo(MAX_STATEMENTS);
		Document queue = Jsoup.parse(facilitating.perform(get(largeBase + "/moderation")).getContentAsString());
		assertThat(queue.select(".queue-item")).hasSize(50);
		assertThat(queue.text()).contains("6 open reports").doesNotContain("A challenge in the queue too");
		// 51 cases: the held challenge, with no reports, is on the second page.
		String more = queue.select("a[rel=next]").attr("href");
		Document second = Jsoup.parse(facilitating.perform(get(more)).getContentAsString());
		assertThat(second.select(".queue-item")).hasSize(1);
		assertThat(second.text()).contains("A challenge in the queue too");
		assertThat(statements(facilitating, more)).isLessThanOrEqualTo(MAX_STATEMENTS);
	}

	/**
	 * Comments by the author in the dialogue, each reported by {@code reports} people
	 * straight in the database, as the service would leave them.
	 */
	private List<Long> reportedComments(String slug, String author, int count, int reports) {
		long challenge = this.challenges.raise(slug, author, "Reported comments " + count);
		this.challenges.bulkComments(slug, author, challenge, count, 0);
		List<Long> ids = this.jdbc.queryForList(
				"select id from comment where target_type = 'CHALLENGE' and target_id = ? order by id", Long.class,
				challenge);
		for (long id : ids) {
			this.jdbc.update("""
					insert into moderation_case (dialogue_id, content_type, content_id, author_id, state, open_reports,
					                             queued_at)
					select dialogue_id, 'COMMENT', id, author_id, 'VISIBLE', ?, now() from comment where id = ?""",
					reports, id);
			for (int i = 0; i < reports; i++) {
				String reporter = this.accounts.participant("Reporter " + i);
				this.jdbc.update("""
						insert into report (case_id, reporter_id, reason, note, created_at)
						select c.id, a.id, 'ABUSE', 'Reported', now() from moderation_case c, account a
						where c.content_type = 'COMMENT' and c.content_id = ? and a.email = ?""", id, reporter);
			}
		}
		return ids;
	}

	private void history(long commentId, String actor, String slug, int entries) {
		this.jdbc.update("""
				insert into audit_entry (occurred_at, actor_id, action, dialogue_id, subject_type, subject_id, reason)
				select now(), a.id, 'CONTENT_RESTORED', d.id, 'COMMENT', ?, null
				from account a, dialogue d, generate_series(1, ?) where a.email = ? and d.slug = ?""", commentId,
				entries, actor, slug);
	}

	private void compare(WebClient client, String smallPath, String largePath) throws Exception {
		long smallCount = statements(client, smallPath);
		long largeCount = statements(client, largePath);
		// Printed for docs/benchmarks.md (P1).
		System.out.printf("P1 statements: %s -> %d (small), %d (large)%n", largePath, smallCount, largeCount);
		assertThat(largeCount).as("statements for %s vs %s", largePath, smallPath).isEqualTo(smallCount);
		assertThat(largeCount).as("statements for %s", largePath).isLessThanOrEqualTo(MAX_STATEMENTS);
	}

	private long statements(WebClient client, String path) throws Exception {
		return SqlStatements.of(client, path);
	}

}
