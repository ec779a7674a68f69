package org.commonground.demo;

import org.commonground.account.AccountService;
import org.commonground.support.IntegrationTest;
import org.commonground.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataIT extends IntegrationTest {

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoDialogues demoDialogues;

	@Test
	void loadsOneAccountPerStakeholderGroupAndLoadingTwiceChangesNothing() throws Exception {
		DemoDataLoader loader = new DemoDataLoader(this.accounts, this.demoDialogues);
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

}
