package org.commonground.vision;

import java.util.ArrayList;
import java.util.List;

import org.commonground.account.AccountRole;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.DisplayMode;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
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

/**
 * P1 for the vision: a version page runs the same number of SQL statements with 3
 * paragraphs, 10 comments and 5 stances as with 30 paragraphs, 1,000 comments and 600
 * stances, and at most 8; so do its paragraph page, common-ground view, diff and "you
 * said, we did".
 */
class VisionQueryCountIT extends IntegrationTest {

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
	VisionService visions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void versionPagesRunAFixedNumberOfStatementsWhateverTheirSize() throws Exception {
		String facilitator = this.accounts.create("Vision Count Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String member = this.accounts.create("Vision Count Member", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		String small = dialogue(facilitator, member, 3, 10, 5);
		String large = dialogue(facilitator, member, 30, 1000, 600);
		WebClient visitor = new WebClient(this.mvc);
		WebClient signedIn = new WebClient(this.mvc);
		signedIn.logIn(member, TestAccounts.PASSWORD);
		WebClient facilitating = new WebClient(this.mvc);
		facilitating.logIn(facilitator, TestAccounts.PASSWORD);
		for (WebClient client : List.of(visitor, signedIn, facilitating)) {
			for (String path : List.of("/vision", "/vision/versions/2", "/vision/versions/1",
					"/vision/versions/2/paragraphs/p2", "/vision/versions/2/comments",
					"/vision/versions/2/common-ground", "/vision/diff?from=1&to=2", "/vision/you-said-we-did",
					"/vision/you-said-we-did?disposition=NONE")) {
				long smallCount = statements(client, "/dialogues/" + small + path);
				long largeCount = statements(client, "/dialogues/" + large + path);
				System.out.printf("P1 statements: %s -> %d (small), %d (large)%n", path, smallCount, largeCount);
				assertThat(largeCount).as("statements for %s", path).isEqualTo(smallCount);
				assertThat(largeCount).as("statements for %s", path).isLessThanOrEqualTo(MAX_STATEMENTS);
			}
			assertThat(statements(client, "/dialogues/" + large)).as("dialogue page")
				.isLessThanOrEqualTo(MAX_STATEMENTS);
		}
		// The facilitator's home page counts the comments waiting for an answer in each
		// of their dialogues, with a fixed number of statements whatever their number:
		// the viewer's memberships, the open and the own dialogues (each with a count
		// statement once a list fills a page, as in a full test run), their themes and
		// member counts (one each for both lists), the waiting work (vision drafts with
		// their answers, unanswered comments, open reports) and the header's unread
		// notifications.
		long home = statements(facilitating, "/");
		assertThat(home).as("statements for the facilitator's home page").isLessThanOrEqualTo(MAX_STATEMENTS);
		long unanswered = this.jdbc.queryForObject("""
				select count(*) from comment c join dialogue d on d.id = c.dialogue_id
				where d.slug = ? and c.target_type = 'VISION' and c.status = 'VISIBLE'
				  and not exists (select 1 from vision_disposition v where v.comment_id = c.id)""", Long.class, large);
		org.jsoup.nodes.Document homePage = org.jsoup.Jsoup.parse(facilitating.perform(get("/")).getContentAsString());
		assertThat(
				homePage.select(".waiting a[href$='/dialogues/" + large + "/vision/you-said-we-did?disposition=NONE']")
					.text())
			.isEqualTo(unanswered + " vision comments not answered yet");
		dialogue(facilitator, member, 3, 10, 5);
		assertThat(statements(facilitating, "/")).as("one more facilitated dialogue").isEqualTo(home);
		String page = signedIn.perform(get("/dialogues/" + large + "/vision")).getContentAsString();
		assertThat(page).contains("Version 2 of 2").contains("Paragraph 30 of the vision");
	}

	/** A dialogue with two versions of the given size, comments and stances. */
	private String dialogue(String facilitator, String member, int paragraphs, int comments, int stances) {
		String slug = this.dialogues.create(facilitator, "Vision count", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, member, DisplayMode.PSEUDONYMOUS);
		StringBuilder text = new StringBuilder("# A vision\n\n");
		for (int i = 2; i <= paragraphs; i++) {
			text.append("Paragraph ").append(i).append(" of the vision, about licences, mercury and prices.\n\n");
		}
		this.dialogues.as(facilitator, (me) -> this.visions.publish(slug, me, text.toString(), "First", null));
		this.dialogues.as(facilitator,
				(me) -> this.visions.publish(slug, me, text + "A closing paragraph.", "Second", null));
		long dialogueId = this.jdbc.queryForObject("select id from dialogue where slug = ?", Long.class, slug);
		long draftId = this.jdbc.queryForObject("select id from vision_draft where dialogue_id = ?", Long.class,
				dialogueId);
		long versionId = this.jdbc.queryForObject("select id from vision_version where dialogue_id = ? and number = 2",
				Long.class, dialogueId);
		this.jdbc.update(
				"""
						insert into comment (dialogue_id, target_type, target_id, target_anchor, target_version, depth, author_id,
						                     author_group_id, body_source, body_html, created_at)
						select ?, 'VISION', ?, case when n % 5 = 0 then '' else 'p' || (2 + n % (? - 1)) end, 1 + n % 2, 0, a.id,
						       a.stakeholder_group_id, 'Vision comment ' || n, '<p>Vision comment ' || n || '</p>', now()
						from account a cross join generate_series(1, ?) n where a.email = ?""",
				dialogueId, draftId, paragraphs, comments, member);
		this.jdbc.update(
				"""
						insert into vision_disposition (comment_id, draft_id, disposition, reason, landed_version, decided_by, decided_at)
						select c.id, ?, 'NOTED', 'Noted', null, a.id, now() from comment c, account a
						where c.target_type = 'VISION' and c.target_id = ? and c.id % 3 = 0 and a.email = ?""",
				draftId, draftId, facilitator);
		List<Object[]> rows = new ArrayList<>();
		List<Long> groups = this.jdbc.queryForList("select id from stakeholder_group order by sort_order", Long.class);
		String prefix = "stance-" + System.nanoTime() + "-";
		for (int i = 0; i < stances; i++) {
			rows.add(new Object[] { prefix + i + "@test.example", "Stance taker " + i, groups.get(i % groups.size()) });
		}
		this.jdbc.batchUpdate("""
				insert into account (email, display_name, password_hash, stakeholder_group_id, email_confirmed_at)
				values (?, ?, '{noop}unused', ?, now())""", rows);
		// Evidence: in the large dialogue, three resources linked to every paragraph
		// (the small one has none): the pages ask once, whatever the number.
		if (paragraphs > 10) {
			this.jdbc.update("""
					insert into resource (dialogue_id, kind, title, url, created_by)
					select ?, 'RESEARCH', 'Study ' || n, 'https://example.org/' || n, a.id
					from account a cross join generate_series(1, 3) n where a.email = ?""", dialogueId, facilitator);
			this.jdbc.update("""
					insert into resource_link (resource_id, dialogue_id, target_type, target_key, locator)
					select r.id, r.dialogue_id, 'VISION_PARAGRAPH', 'p' || k, 'p. ' || k
					from resource r cross join generate_series(1, ?) k where r.dialogue_id = ?""", paragraphs + 1,
					dialogueId);
		}
		this.jdbc.update("""
				insert into vision_stance (version_id, paragraph_key, account_id, group_id, stance, updated_at)
				select ?, 'p' || (2 + a.id % (? - 1)), a.id, a.stakeholder_group_id,
				       (array['AGREE', 'CAN_LIVE_WITH', 'DISAGREE'])[1 + a.id % 3], now()
				from account a where a.email like ?""", versionId, paragraphs, prefix + "%");
		return slug;
	}

	/**
	 * The statements of one request. Hibernate's statistics are global, so the event
	 * listeners that the setup's commits start (notifications, on other threads) can land
	 * in one measurement; they only ever add, so the fewer of two identical requests is
	 * the request's own count.
	 */
	private long statements(WebClient client, String path) throws Exception {
		return Math.min(statementsOnce(client, path), statementsOnce(client, path));
	}

	private long statementsOnce(WebClient client, String path) throws Exception {
		return SqlStatements.of(client, path);
	}

}
