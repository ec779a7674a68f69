package org.commonground.account;

import org.commonground.support.IntegrationTest;
import org.commonground.support.Mailbox;
import org.commonground.support.TestAccounts;
import org.commonground.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A person's language outlasts their session on a device that never chose one: signing
 * out, or asking for the account to be deleted (which signs out), leaves the next pages
 * in their language; an emailed confirmation link opens in the language of the account it
 * is for.
 */
class LanguageAfterSignOutIT extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Mailbox mailbox;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void askingForDeletionSignsOutButTheFlashAndHomePageStayInTheAccountsLanguage() throws Exception {
		String email = this.accounts.create("Juma Mchimbaji", AccountRole.PARTICIPANT);
		this.jdbc.update("update account set locale = 'sw' where email = ?", email);
		WebClient device = new WebClient(this.mvc, TestAccounts.newAddress());
		device.logIn(email, TestAccounts.PASSWORD);

		MockHttpServletResponse requested = device
			.perform(post("/account/delete").param("password", TestAccounts.PASSWORD));
		assertThat(requested.getRedirectedUrl()).isEqualTo("/");
		Document home = Jsoup.parse(device.perform(get("/")).getContentAsString());
		assertThat(home.select("html").attr("lang")).isEqualTo("sw");
		assertThat(home.select(".alert").text()).startsWith("Akaunti yako itafutwa tarehe ")
			.contains("Umetoka kwenye akaunti yako");
	}

	@Test
	void signingOutKeepsTheLanguage() throws Exception {
		String email = this.accounts.create("Neema Sw", AccountRole.PARTICIPANT);
		this.jdbc.update("update account set locale = 'sw' where email = ?", email);
		WebClient device = new WebClient(this.mvc, TestAccounts.newAddress());
		device.logIn(email, TestAccounts.PASSWORD);
		device.perform(post("/logout"));
		assertThat(device.perform(get("/account/profile")).getStatus()).as("signed out").isEqualTo(302);
		assertThat(Jsoup.parse(device.perform(get("/")).getContentAsString()).select("html").attr("lang"))
			.isEqualTo("sw");
	}

	@Test
	void theConfirmationLinkOpensInTheAccountsLanguageOnAnotherDevice() throws Exception {
		String email = "amani" + System.nanoTime() + "@test.example";
		WebClient registering = new WebClient(this.mvc, TestAccounts.newAddress());
		registering.perform(post("/register").param("email", email)
			.param("displayName", "Amani")
			.param("password", "dhahabu safi ya geita")
			.param("stakeholderGroup", "ARTISANAL_MINER")
			.param("organisation", "Nyarugusu miners")
			.param("country", "TZ")
			.param("locale", "sw"));
		String link = this.mailbox.latestLink(email, "/register/confirm");

		WebClient phone = new WebClient(this.mvc, TestAccounts.newAddress());
		Document confirm = Jsoup.parse(phone.perform(get(link)).getContentAsString());
		assertThat(confirm.select("html").attr("lang")).isEqualTo("sw");
		assertThat(confirm.select("h1").text()).isEqualTo("Thibitisha anwani yako ya barua pepe");

		// A device that chose a language keeps its choice elsewhere; the link still opens
		// in the account's.
		WebClient chosen = new WebClient(this.mvc, TestAccounts.newAddress());
		chosen.perform(post("/language").param("lang", "pt"));
		assertThat(Jsoup.parse(chosen.perform(get(link)).getContentAsString()).select("h1").text())
			.isEqualTo("Thibitisha anwani yako ya barua pepe");
		assertThat(Jsoup.parse(chosen.perform(get("/")).getContentAsString()).select("html").attr("lang"))
			.isEqualTo("pt");
	}

}
