package org.commonground.map;

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
 * P1 for the map: the map page, an actor's page and the dialogue page run the same number
 * of SQL statements with 3 actors and 3 relations as with 80 actors, 200 relations and 60
 * disputes (each citing a challenge, a meeting or a resource), and at most 8.
 */
class MapQueryCountIT extends IntegrationTest {

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
	void mapPagesRunAFixedNumberOfStatementsWhateverTheNumberOfActors() throws Exception {
		String facilitator = this.accounts.create("Map Count Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String member = this.accounts.create("Map Count Member", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		String small = dialogue(facilitator, member, 3, 3, 1);
		String large = dialogue(facilitator, member, 80, 200, 60);
		WebClient visitor = new WebClient(this.mvc);
		WebClient signedIn = new WebClient(this.mvc);
		signedIn.logIn(member, TestAccounts.PASSWORD);
		WebClient facilitating = new WebClient(this.mvc);
		facilitating.logIn(facilitator, TestAccounts.PASSWORD);
		for (WebClient client : List.of(visitor, signedIn, facilitating)) {
			for (String path : List.of("/map", "/map?zoom=large", "/map/actors/" + firstActor(small), "")) {
				String largePath = path.replace(String.valueOf(firstActor(small)), String.valueOf(firstActor(large)));
				long smallCount = statements(client, "/dialogues/" + small + path);
				long largeCount = statements(client, "/dialogues/" + large + largePath);
				System.out.printf("P1 statements: %s -> %d (small), %d (large)%n", path, smallCount, largeCount);
				assertThat(largeCount).as("statements for %s", path).isEqualTo(smallCount);
				assertThat(largeCount).as("statements for %s", path).isLessThanOrEqualTo(MAX_STATEMENTS);
			}
		}
		assertThat(visitor.perform(get("/dialogues/" + large + "/map")).getContentAsString()).contains("Actor 80",
				"disputed by", "Challenge: Cited challenge", "Meeting: Cited meeting", "Library: Cited resource");
	}

	private long firstActor(String slug) {
		return this.jdbc.queryForObject(
				"select min(a.id) from map_actor a join dialogue d on d.id = a.dialogue_id where d.slug = ?",
				Long.class, slug);
	}

	/**
	 * A dialogue with this many actors, agreed relations (chained) and accepted disputes.
	 */
	private String dialogue(String facilitator, String member, int actors, int relations, int disputes) {
		String slug = this.dialogues.create(facilitator, "Map count", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, member, DisplayMode.PSEUDONYMOUS);
		long dialogueId = this.jdbc.queryForObject("select id from dialogue where slug = ?", Long.class, slug);
		this.jdbc.update("""
				insert into map_actor (dialogue_id, label, kind, region, influence, goal, tags)
				select ?, 'Actor ' || n, 'COMPANY', 'Geita', n % 6, '', '' from generate_series(1, ?) n""", dialogueId,
				actors);
		this.jdbc.update(
				"""
						insert into map_relation (dialogue_id, from_actor_id, to_actor_id, type, strength, status, created_at)
						select ?, a.id, b.id, 'SELLS_GOLD_TO', 1 + n % 3, 'AGREED', now()
						from generate_series(0, ? - 1) n
						join lateral (select id from map_actor where dialogue_id = ? order by id offset (n % ?) limit 1) a on true
						join lateral (select id from map_actor where dialogue_id = ? order by id offset ((n + 1 + n / ?) % ?) limit 1) b on true
						where a.id <> b.id""",
				dialogueId, relations, dialogueId, actors, dialogueId, actors, actors);
		// Every third relation cites a challenge, a meeting or a resource of the
		// dialogue.
		long author = this.jdbc.queryForObject("select id from account where email = ?", Long.class, facilitator);
		long group = this.jdbc.queryForObject("select id from stakeholder_group order by sort_order limit 1",
				Long.class);
		long challenge = this.jdbc.queryForObject("""
				insert into challenge (dialogue_id, author_id, author_group_id, title, body_source, body_html)
				values (?, ?, ?, 'Cited challenge', '', '') returning id""", Long.class, dialogueId, author, group);
		long meeting = this.jdbc.queryForObject("""
				insert into meeting (dialogue_id, kind, title, starts_at, ends_at, created_by)
				values (?, 'MEETING', 'Cited meeting', now(), now(), ?) returning id""", Long.class, dialogueId,
				author);
		long resource = this.jdbc.queryForObject("""
				insert into resource (dialogue_id, kind, title, url, created_by)
				values (?, 'LINK', 'Cited resource', 'https://example.org', ?) returning id""", Long.class, dialogueId,
				author);
		this.jdbc.update("""
				update map_relation set evidence_kind = (array['CHALLENGE', 'MEETING', 'RESOURCE'])[1 + id % 3],
				       evidence_id = (array[?, ?, ?]::bigint[])[1 + id % 3]
				where dialogue_id = ?""", challenge, meeting, resource, dialogueId);
		this.jdbc.update(
				"""
						insert into map_dispute (relation_id, dialogue_id, group_id, reason, status, created_at)
						select r.id, r.dialogue_id, (select id from stakeholder_group order by sort_order limit 1), 'No', 'ACCEPTED', now()
						from map_relation r where r.dialogue_id = ? order by r.id limit ?""",
				dialogueId, disputes);
		return slug;
	}

	private long statements(WebClient client, String path) throws Exception {
		return SqlStatements.of(client, path);
	}

}
