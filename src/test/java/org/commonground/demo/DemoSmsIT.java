package org.commonground.demo;

import org.commonground.account.AccountService;
import org.commonground.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The Geita miners' SMS texts arrive through the fake gateway, once. */
class DemoSmsIT extends IntegrationTest {

	@Autowired
	AccountService accounts;

	@Autowired
	DemoDialogues demoDialogues;

	@Autowired
	DemoChallenges demoChallenges;

	@Autowired
	DemoVision demoVision;

	@Autowired
	DemoResources demoResources;

	@Autowired
	DemoMeetings demoMeetings;

	@Autowired
	DemoMap demoMap;

	@Autowired
	DemoSms demoSms;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void minersTextTheGeitaDialogueAndLoadingTwiceChangesNothing() {
		new DemoDataLoader(this.accounts, this.demoDialogues, this.demoChallenges, this.demoVision, this.demoResources,
				this.demoMeetings, this.demoMap)
			.run(null);
		this.demoSms.load();
		int texts = count("select count(*) from sms_contribution");
		this.demoSms.load();
		assertThat(count("select count(*) from sms_contribution")).isEqualTo(texts).isGreaterThanOrEqualTo(3);
		assertThat(this.jdbc.queryForList("""
				select c.status from sms_contribution c join sms_participant p on p.id = c.participant_id
				where p.district in ('Nyarugusu', 'Rwamgasa', 'Nyakabale') order by c.id""", String.class))
			.containsExactly("CHALLENGE", "MERGED", "NEW");
		assertThat(this.jdbc.queryForObject(
				"""
						select count(*) from challenge c join dialogue d on d.id = c.dialogue_id
						join stakeholder_group g on g.id = c.author_group_id
						where d.slug = ? and c.title = 'Hakuna maji safi kwenye machimbo ya Nyarugusu' and g.code = 'ARTISANAL_MINER'""",
				Integer.class, DemoDialogues.GEITA))
			.isEqualTo(1);
	}

	private int count(String sql) {
		return this.jdbc.queryForObject(sql, Integer.class);
	}

}
