package org.commonground.account.web;

import org.commonground.account.AccountService;
import org.commonground.support.IntegrationTest;
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
 * The admin's accounts list keeps its filters across a change, and the console's figures
 * read as a sentence of the admin's language.
 */
class AdminAccountsIT extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accountService;

	@Test
	void aChangeMadeFromAFilteredListComesBackToThatList() throws Exception {
		WebClient admin = client(this.accounts.admin("Filtering Admin"));
		String claire = this.accounts.participant("Claire Filtered");
		long id = this.jdbc.queryForObject("select id from account where email = ?", Long.class, claire);

		Document list = Jsoup.parse(
				admin
					.perform(get("/admin/accounts").param("q", "Claire Filtered")
						.param("role", "PARTICIPANT")
						.param("status", "ACTIVE"))
					.getContentAsString());
		assertThat(list.select("form[action$=/" + id + "/suspend] input[type=hidden][name=backQ]").val())
			.isEqualTo("Claire Filtered");
		assertThat(list.select("form[action$=/" + id + "/role] input[name=backRole]").val()).isEqualTo("PARTICIPANT");

		MockHttpServletResponse suspended = admin
			.perform(post("/admin/accounts/" + id + "/suspend").param("backQ", "Claire Filtered")
				.param("backRole", "PARTICIPANT")
				.param("backStatus", "ACTIVE"));
		assertThat(suspended.getRedirectedUrl())
			.isEqualTo("/admin/accounts?q=Claire+Filtered&role=PARTICIPANT&status=ACTIVE");
		assertThat(admin.lastFlash()).containsEntry("flashSuccess", "admin.accounts.suspended");

		// Only values the list understands go back: not an unknown role, nor another
		// site.
		MockHttpServletResponse reactivated = admin
			.perform(post("/admin/accounts/" + id + "/reactivate").param("backQ", "Claire")
				.param("backRole", "OWNER")
				.param("backStatus", "//evil.example")
				.param("backPage", "2"));
		assertThat(reactivated.getRedirectedUrl()).isEqualTo("/admin/accounts?q=Claire&page=2");
	}

	@Test
	void theDashboardsFiguresFollowTheLanguagesPunctuation() throws Exception {
		// French groups thousands with a (narrow) no-break space: "1 351" in a full run.
		String frenchNumber = "\\d{1,3}([\u00a0\u202f ]\\d{3})*";
		WebClient admin = client(this.accounts.admin("Dashboard Admin"));
		admin.perform(post("/language").param("lang", "fr"));
		Document page = Jsoup.parse(admin.perform(get("/admin")).getContentAsString());
		// wholeText, as text() would turn the no-break space into a space.
		assertThat(page.select(".admin-cards .meta span").stream().map((e) -> e.wholeText()).toList())
			.anyMatch((t) -> t.matches("Actif\u00a0: " + frenchNumber))
			.anyMatch((t) -> t.matches("Ouvert\u00a0: " + frenchNumber))
			.noneMatch((t) -> t.matches(".*[^\\s\u00a0]: " + frenchNumber));
	}

	@Test
	void theListTellsAccountsThatLogInFromThoseRecordedOffline() throws Exception {
		WebClient admin = client(this.accounts.admin("Kind Admin"));
		this.accounts.participant("Kindfilter Person");
		long offline = this.accountService.createOffline("Kindfilter Workshop", "ARTISANAL_MINER", "Katoro", "sw")
			.getId();

		assertThat(names(admin, "")).contains("Kindfilter Person", "Kindfilter Workshop");
		assertThat(names(admin, "OFFLINE")).containsExactly("Kindfilter Workshop");
		assertThat(names(admin, "WEB")).containsExactly("Kindfilter Person");

		// The filter is offered, chosen, and kept across a change made from the list.
		Document list = Jsoup
			.parse(admin.perform(get("/admin/accounts").param("q", "Kindfilter").param("kind", "OFFLINE"))
				.getContentAsString());
		assertThat(list.select("select#kind option[selected]").val()).isEqualTo("OFFLINE");
		assertThat(list.select("label[for=kind]").text()).isEqualTo("Takes part");
		assertThat(list.select("form[action$=/" + offline + "/suspend] input[name=backKind]").val())
			.isEqualTo("OFFLINE");
		MockHttpServletResponse suspended = admin
			.perform(post("/admin/accounts/" + offline + "/suspend").param("backQ", "Kindfilter")
				.param("backKind", "OFFLINE"));
		assertThat(suspended.getRedirectedUrl()).isEqualTo("/admin/accounts?q=Kindfilter&kind=OFFLINE");
	}

	@Test
	void aSelfServiceDeletionRequestShowsWithItsDateAndIsAuditedAsIsItsCancellation() throws Exception {
		WebClient admin = client(this.accounts.admin("Deletion Watch Admin"));
		String leaving = this.accounts.participant("Deletionwatch Person");
		long id = this.jdbc.queryForObject("select id from account where email = ?", Long.class, leaving);
		client(leaving).perform(post("/account/delete").param("password", TestAccounts.PASSWORD));

		Document list = Jsoup
			.parse(admin.perform(get("/admin/accounts").param("q", "Deletionwatch")).getContentAsString());
		String status = list.select(".cards .card dd:has(.deletion-due)").text();
		assertThat(status).startsWith("Deletion requested: it will be carried out on").doesNotContain("Active");
		assertThat(audited(id, "ACCOUNT_DELETION_SELF_REQUESTED")).isOne();

		client(leaving);
		assertThat(audited(id, "ACCOUNT_DELETION_SELF_CANCELLED")).isOne();
		Document after = Jsoup
			.parse(admin.perform(get("/admin/accounts").param("q", "Deletionwatch")).getContentAsString());
		assertThat(after.select(".deletion-due")).isEmpty();
		assertThat(after.select(".cards .card").text()).contains("Active");
	}

	private Integer audited(long accountId, String action) {
		return this.jdbc.queryForObject(
				"select count(*) from audit_entry where subject_id = ? and actor_id = ? and action = ?", Integer.class,
				accountId, accountId, action);
	}

	private java.util.List<String> names(WebClient admin, String kind) throws Exception {
		Document list = Jsoup.parse(admin.perform(get("/admin/accounts").param("q", "Kindfilter").param("kind", kind))
			.getContentAsString());
		return list.select(".cards .card-title").eachText();
	}

	private WebClient client(String email) throws Exception {
		WebClient client = new WebClient(this.mvc, TestAccounts.newAddress());
		client.logIn(email, TestAccounts.PASSWORD);
		return client;
	}

}
