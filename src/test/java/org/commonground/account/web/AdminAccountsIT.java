package org.commonground.account.web;

import org.commonground.account.AccountService;
import org.commonground.support.IntegrationTest;
import org.commonground.support.TestAccounts;
import org.commonground.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
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
			.perform(post("/admin/accounts/" + id + "/suspend").param("confirmed", "true")
				.param("backQ", "Claire Filtered")
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
	void theDashboardCountsAccountsWaitingForTheirDeletionAndLinksToThem() throws Exception {
		String leaving = this.accounts.participant("Dashboard Leaver");
		WebClient leaver = client(leaving);
		leaver.perform(post("/account/delete").param("password", TestAccounts.PASSWORD));
		long waiting = this.jdbc.queryForObject(
				"select count(*) from account where deletion_requested_at is not null and erased_at is null",
				Long.class);
		assertThat(waiting).isPositive();
		WebClient admin = client(this.accounts.admin("Deletions Dashboard Admin"));
		Document page = Jsoup.parse(admin.perform(get("/admin")).getContentAsString());
		Elements link = page.select(".admin-cards a.deletion-requested");
		assertThat(link.attr("href")).isEqualTo("/admin/accounts?status=DELETION_REQUESTED");
		assertThat(link.text()).isEqualTo("Deletion requested: " + waiting);
		Document list = Jsoup.parse(admin.perform(get(link.attr("href"))).getContentAsString());
		assertThat(list.text()).contains("Dashboard Leaver");
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
			.perform(post("/admin/accounts/" + offline + "/suspend").param("confirmed", "true")
				.param("backQ", "Kindfilter")
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

	@Test
	void suspendingAndMakingSomeoneAnAdminNeedATickedBoxCheckedOnTheServer() throws Exception {
		WebClient admin = client(this.accounts.admin("Confirming Admin"));
		String target = this.accounts.participant("Confirmtarget Person");
		long id = this.jdbc.queryForObject("select id from account where email = ?", Long.class, target);

		Document list = Jsoup
			.parse(admin.perform(get("/admin/accounts").param("q", "Confirmtarget")).getContentAsString());
		assertThat(list.select("form[action$=/" + id + "/suspend] input[type=checkbox][name=confirmed]")).hasSize(1);
		assertThat(list.select("form[action$=/" + id + "/role] input[type=checkbox][name=confirmed]")).hasSize(1);

		MockHttpServletResponse unticked = admin
			.perform(post("/admin/accounts/" + id + "/suspend").param("backQ", "Confirmtarget"));
		assertThat(unticked.getRedirectedUrl()).isEqualTo("/admin/accounts?q=Confirmtarget#account-" + id);
		assertThat(this.jdbc.queryForObject("select status from account where id = ?", String.class, id))
			.isEqualTo("ACTIVE");
		// The page the redirect names (a flash attribute matches its query string).
		Document again = Jsoup.parse(admin.perform(get("/admin/accounts?q=Confirmtarget")).getContentAsString());
		assertThat(again.select("#suspend-confirm-" + id + "-error").text())
			.endsWith("Tick the box to confirm the suspension.");
		assertThat(again.select("#suspend-confirm-" + id).attr("aria-describedby"))
			.isEqualTo("suspend-confirm-" + id + "-error");

		admin.perform(post("/admin/accounts/" + id + "/role").param("role", "ADMIN").param("backQ", "Confirmtarget"));
		assertThat(this.jdbc.queryForObject("select role from account where id = ?", String.class, id))
			.isEqualTo("PARTICIPANT");
		Document roleUnticked = Jsoup.parse(admin.perform(get("/admin/accounts?q=Confirmtarget")).getContentAsString());
		assertThat(roleUnticked.select("#role-confirm-" + id + "-error").text())
			.endsWith("Tick the box to confirm making this account an Admin.");
		assertThat(roleUnticked.select("#role-" + id + " option[selected]").eachAttr("value"))
			.as("the role asked for stays chosen")
			.containsExactly("ADMIN");
		// Other roles need no box.
		admin.perform(post("/admin/accounts/" + id + "/role").param("role", "FACILITATOR"));
		assertThat(this.jdbc.queryForObject("select role from account where id = ?", String.class, id))
			.isEqualTo("FACILITATOR");
		admin.perform(post("/admin/accounts/" + id + "/role").param("role", "ADMIN").param("confirmed", "true"));
		assertThat(this.jdbc.queryForObject("select role from account where id = ?", String.class, id))
			.isEqualTo("ADMIN");
		admin.perform(post("/admin/accounts/" + id + "/suspend").param("confirmed", "true"));
		assertThat(this.jdbc.queryForObject("select status from account where id = ?", String.class, id))
			.isEqualTo("SUSPENDED");

		// The audit log says each role change as old → new.
		Document audit = Jsoup.parse(admin
			.perform(get("/admin/audit").param("action", "ACCOUNT_ROLE_CHANGED").param("actor", "Confirming Admin"))
			.getContentAsString());
		assertThat(audit.select("tbody tr .role-change").eachText()).containsExactly("Facilitator → Admin",
				"Participant → Facilitator");
	}

	@Test
	void theStatusFilterOffersDeletionRequestedAndIgnoresAnUnknownStatus() throws Exception {
		WebClient admin = client(this.accounts.admin("Status Filter Admin"));
		String leaving = this.accounts.participant("Statusfilter Leaving");
		this.accounts.participant("Statusfilter Staying");
		client(leaving).perform(post("/account/delete").param("password", TestAccounts.PASSWORD));

		Document requested = Jsoup.parse(
				admin.perform(get("/admin/accounts").param("q", "Statusfilter").param("status", "DELETION_REQUESTED"))
					.getContentAsString());
		assertThat(requested.select("select#status option[selected]").text()).isEqualTo("Deletion requested");
		assertThat(requested.select(".cards .card-title").eachText()).containsExactly("Statusfilter Leaving");

		MockHttpServletResponse bogus = admin
			.perform(get("/admin/accounts").param("q", "Statusfilter").param("status", "BOGUS"));
		assertThat(bogus.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(bogus.getContentAsString()).select(".cards .card-title").eachText())
			.containsExactlyInAnyOrder("Statusfilter Leaving", "Statusfilter Staying");
	}

	@Test
	void theAuditLogTellsARenamedThemeFromARetiredOne() throws Exception {
		WebClient admin = client(this.accounts.admin("Theme Audit Admin"));
		String code = "AUDITED_" + (char) ('A' + (System.nanoTime() % 26))
				+ (char) ('A' + (System.nanoTime() / 7 % 26));
		admin.perform(post("/admin/themes/new").param("code", code).param("labels[en]", "Artisanal finance"));
		admin.perform(post("/admin/themes/" + code).param("labels[en]", "Finance for miners").param("active", "true"));
		admin.perform(post("/admin/themes/" + code).param("labels[en]", "Finance for miners").param("active", "false"));
		Document audit = Jsoup.parse(
				admin.perform(get("/admin/audit").param("action", "THEMES_CHANGED").param("actor", "Theme Audit Admin"))
					.getContentAsString());
		assertThat(audit.select("tbody tr .label-changes").eachText()).containsExactly("retired", "renamed", "added");
	}

	@Test
	void theAdminNavOffersEveryAdminPageFoldedIntoOneDisclosure() throws Exception {
		WebClient admin = client(this.accounts.admin("Nav Admin"));
		Document page = Jsoup.parse(admin.perform(get("/admin/accounts")).getContentAsString());
		assertThat(page.select(".main-nav .admin-menu details summary").text()).isEqualTo("Administration");
		assertThat(page.select(".main-nav .admin-menu details").hasAttr("open")).as("folded without JavaScript")
			.isFalse();
		assertThat(page.select(".main-nav .admin-menu details a").eachAttr("href")).containsExactlyInAnyOrder("/admin",
				"/admin/accounts", "/admin/dialogues", "/admin/moderation", "/admin/audit", "/admin/emails",
				"/admin/sms", "/admin/newsletter", "/admin/api-tokens", "/admin/stakeholder-groups", "/admin/themes");
		assertThat(page.select(".main-nav > ul > li > a[href^=/admin]")).as("no admin link outside the disclosure")
			.isEmpty();
		WebClient participant = client(this.accounts.participant("Nav Participant"));
		assertThat(Jsoup.parse(participant.perform(get("/dialogues")).getContentAsString()).select(".admin-menu"))
			.isEmpty();
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
