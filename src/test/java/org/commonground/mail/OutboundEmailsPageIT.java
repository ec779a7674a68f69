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

	@Autowired
	MailService mail;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void linksSecretsAreLeftOutAndAnErrorIsSaidInWords() throws Exception {
		String recipient = "masked-" + System.nanoTime() + "@example.org";
		this.mail.send(recipient, "Choose a new password",
				"Open https://dialogue.example/password/reset?token=s3cr3t-t0k3n within the hour.");
		// As when a mail server is set and refused it at every attempt.
		this.jdbc.update("update outbound_email set status = 'FAILED', error = ? where recipient = ?",
				"org.eclipse.angus.mail.util.MailConnectException: Couldn't connect to host", recipient);
		WebClient admin = new WebClient(this.mvc);
		admin.logIn(this.accounts.admin("Masking Admin"), TestAccounts.PASSWORD);
		org.jsoup.nodes.Document page = Jsoup
			.parse(admin.perform(get("/admin/emails").param("q", recipient)).getContentAsString());
		assertThat(page.select("pre.email-body").text())
			.isEqualTo("Open https://dialogue.example/password/reset?token=\u2026 within the hour.");
		assertThat(page.html()).doesNotContain("s3cr3t-t0k3n");
		assertThat(page.select("dd span").eachText()).contains("The message could not be handed to the mail server.");
		assertThat(page.select("dd details code").text())
			.startsWith("org.eclipse.angus.mail.util.MailConnectException");
		// Stored as it was: the recipient's link works. Kept here without a mail server,
		// the admin hands it over: shown whole.
		assertThat(this.jdbc.queryForObject("select body from outbound_email where recipient = ?", String.class,
				recipient))
			.contains("token=s3cr3t-t0k3n");
		this.jdbc.update("update outbound_email set status = 'STORED' where recipient = ?", recipient);
		assertThat(Jsoup.parse(admin.perform(get("/admin/emails").param("q", recipient)).getContentAsString())
			.select("pre.email-body")
			.text()).contains("token=s3cr3t-t0k3n");
	}

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
