package org.commonground.mail;

import org.commonground.support.IntegrationTest;
import org.commonground.support.TestAccounts;
import org.commonground.support.WebClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The admins' list of outgoing emails says what a search found. */
class OutboundEmailsPageIT extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Test
	void aSearchWithoutMatchSaysSoNotThatThereAreNoEmails() throws Exception {
		WebClient admin = new WebClient(this.mvc);
		admin.logIn(this.accounts.admin("Emails Admin"), TestAccounts.PASSWORD);
		String page = admin.perform(get("/admin/emails").param("q", "nobody-<b>-here.example")).getContentAsString();
		assertThat(Jsoup.parse(page).select("main p").eachText())
			.contains("No email matches \u201cnobody-<b>-here.example\u201d.")
			.doesNotContain("No emails yet.");
		assertThat(page).doesNotContain("<b>-here");
	}

}
