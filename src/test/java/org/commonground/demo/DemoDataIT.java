package org.commonground.demo;

import java.util.List;

import org.commonground.account.AccountService;
import org.commonground.support.IntegrationTest;
import org.commonground.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

class DemoDataIT extends IntegrationTest {

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoDialogues demoDialogues;

	@Autowired
	DemoChallenges demoChallenges;

	@Test
	void loadsOneAccountPerStakeholderGroupAndLoadingTwiceChangesNothing() throws Exception {
		DemoDataLoader loader = new DemoDataLoader(this.accounts, this.demoDialogues, this.demoChallenges);
		loader.run(null);
		int afterFirst = this.jdbc.queryForObject("select count(*) from account", Integer.class);
		loader.run(null);
		assertThat(this.jdbc.queryForObject("select count(*) from account", Integer.class)).isEqualTo(afterFirst);

		assertThat(this.jdbc.queryForList("""
				select distinct g.code from account a join stakeholder_group g on g.id = a.stakeholder_group_id
				where a.email like '%' || ?""", String.class, DemoDataLoader.DOMAIN)).containsExactlyInAnyOrder(
				"ARTISANAL_MINER", "MINER_ASSOCIATION", "CIVIL_SOCIETY", "GOVERNMENT", "BUYER", "LARGE_SCALE_MINING",
				"RESEARCH", "DEVELOPMENT_PARTNER", "COMMUNITY", "OTHER");
		assertThat(new WebClient(this.mvc).logIn("neema.shija" + DemoDataLoader.DOMAIN, DemoDataLoader.PASSWORD)
			.getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void theGeitaDialogueHasChallengesDiscussedAcrossGroupsAndLoadingTwiceAddsNone() throws Exception {
		DemoDataLoader loader = new DemoDataLoader(this.accounts, this.demoDialogues, this.demoChallenges);
		loader.run(null);
		List<Integer> afterFirst = geitaCounts();
		loader.run(null);
		assertThat(geitaCounts()).isEqualTo(afterFirst);
		assertThat(afterFirst.get(0)).isEqualTo(7);
		assertThat(afterFirst.get(1)).isGreaterThanOrEqualTo(20);

		// Endorsed by several groups, never by the author, and the counts shown match.
		assertThat(this.jdbc.queryForObject("""
				select count(distinct e.group_id) from challenge_endorsement e join challenge c on c.id = e.challenge_id
				join dialogue d on d.id = c.dialogue_id where d.slug = ?""", Integer.class, DemoDialogues.GEITA))
			.isGreaterThanOrEqualTo(5);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from challenge_endorsement e join challenge c on c.id = e.challenge_id
				join dialogue d on d.id = c.dialogue_id where d.slug = ? and e.account_id = c.author_id""",
				Integer.class, DemoDialogues.GEITA))
			.isZero();
		assertThat(this.jdbc.queryForObject("""
				select count(*) from challenge c join dialogue d on d.id = c.dialogue_id where d.slug = ?
				and (c.endorsement_count <> (select count(*) from challenge_endorsement e where e.challenge_id = c.id)
				  or c.comment_count <> (select count(*) from comment m
				                         where m.target_type = 'CHALLENGE' and m.target_id = c.id))""", Integer.class,
				DemoDialogues.GEITA))
			.isZero();

		WebClient visitor = new WebClient(this.mvc);
		String list = visitor.perform(get("/dialogues/" + DemoDialogues.GEITA + "/challenges")).getContentAsString();
		assertThat(list).contains("Leseni za uchimbaji mdogo zinachelewa",
				"Mercury vapour from amalgam burning near homes",
				"Des enfants travaillent encore sur les sites de traitement", "Under discussion", "Addressed");

		long prices = this.jdbc.queryForObject("select id from challenge where title = ?", Long.class,
				"Bei ya dhahabu kwa wachimbaji wadogo haieleweki");
		String page = visitor.perform(get("/dialogues/" + DemoDialogues.GEITA + "/challenges/" + prices))
			.getContentAsString();
		assertThat(page)
			.contains("Bei ya dhahabu kwa wachimbaji wadogo haieleweki", "Addressed", "Response from the facilitators",
					"Amina Kombo", "price per gram and the deductions they make",
					"Sisi wanunuzi tunafuata bei ya soko la dunia", "Tatizo ni kwamba wanunuzi wanaokuja vijijini",
					"Inside the Geita gold market the purity test is done in front of the seller")
			// The miner who raised it takes part under a pseudonym.
			.doesNotContain("Neema Shija");
	}

	/** Challenges, comments and endorsements in the Geita dialogue. */
	private List<Integer> geitaCounts() {
		return this.jdbc.queryForObject("""
				select (select count(*) from challenge c where c.dialogue_id = d.id),
				       (select count(*) from comment m where m.dialogue_id = d.id),
				       (select count(*) from challenge_endorsement e join challenge c on c.id = e.challenge_id
				        where c.dialogue_id = d.id)
				from dialogue d where d.slug = ?""", (row, n) -> List.of(row.getInt(1), row.getInt(2), row.getInt(3)),
				DemoDialogues.GEITA);
	}

}
