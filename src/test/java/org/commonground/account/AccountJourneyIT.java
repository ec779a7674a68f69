package org.commonground.account;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;

import org.commonground.support.IntegrationTest;
import org.commonground.support.Mailbox;
import org.commonground.support.RealHttp;
import org.commonground.support.TestAccounts;
import org.commonground.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

class AccountJourneyIT extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Mailbox mailbox;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Value("${local.server.port}")
	int port;

	private static MockHttpServletRequestBuilder registration(String email, String displayName, String password) {
		return post("/register").param("email", email)
			.param("displayName", displayName)
			.param("password", password)
			.param("stakeholderGroup", "ARTISANAL_MINER")
			.param("organisation", "Nyarugusu miners")
			.param("country", "TZ")
			.param("locale", "sw");
	}

	private static String token(String link) {
		return link.substring(link.indexOf("token=") + 6);
	}

	private static MockHttpServletRequestBuilder confirmation(String link, String password) {
		return post("/register/confirm").param("token", token(link)).param("password", password);
	}

	@Test
	void registeringSendsAConfirmationLinkThatSignsThePersonInOnceWithTheirPassword() throws Exception {
		String email = "neema" + System.nanoTime() + "@test.example";
		WebClient browser = new WebClient(this.mvc);
		MockHttpServletResponse registered = browser.perform(registration(email, "Neema", "dhahabu safi ya geita"));
		assertThat(registered.getRedirectedUrl()).isEqualTo("/register/sent");
		assertThat(this.mailbox.subjects(email)).hasSize(1);

		assertThat(browser.logIn(email, "dhahabu safi ya geita").getRedirectedUrl())
			.isEqualTo("/login?error&reason=unconfirmed");

		String link = this.mailbox.latestLink(email, "/register/confirm");
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(browser.perform(get(link)).getContentAsString());
		assertThat(page.select("input[name=token]").attr("value")).isEqualTo(token(link));
		assertThat(page.select("input#password").attr("autocomplete")).isEqualTo("current-password");
		assertThat(page.select("label[for=password]").text()).isNotBlank();

		// The link alone, or with another password, neither confirms nor signs in.
		MockHttpServletResponse bare = browser.perform(post("/register/confirm").param("token", token(link)));
		assertThat(bare.getStatus()).isEqualTo(200);
		assertThat(org.jsoup.Jsoup.parse(bare.getContentAsString()).select("input#password").attr("aria-invalid"))
			.isEqualTo("true");
		MockHttpServletResponse wrong = browser.perform(confirmation(link, "not the password chosen"));
		assertThat(wrong.getStatus()).isEqualTo(200);
		org.jsoup.nodes.Document wrongPage = org.jsoup.Jsoup.parse(wrong.getContentAsString());
		assertThat(wrongPage.select("#password-error").text()).as("in the account's language")
			.contains("Hili si nenosiri la usajili wa mwisho");
		assertThat(wrongPage.select("input#password").attr("value")).isEmpty();
		assertThat(wrongPage.select("a[href=/password/forgot]")).isNotEmpty();
		assertThat(browser.perform(get("/account/profile")).getRedirectedUrl()).endsWith("/login");
		assertThat(this.jdbc.queryForObject("select email_confirmed_at is null from account where email = ?",
				Boolean.class, email))
			.isTrue();

		MockHttpServletResponse confirmed = browser.perform(confirmation(link, "dhahabu safi ya geita"));
		assertThat(confirmed.getRedirectedUrl()).isEqualTo("/");
		String home = browser.perform(get("/")).getContentAsString();
		assertThat(home).contains("Neema").contains("lang=\"sw\"");
		assertThat(home).as("a new account is not welcomed back")
			.contains("Karibu, Neema.")
			.doesNotContain("Karibu tena");
		WebClient later = new WebClient(this.mvc);
		later.logIn(email, "dhahabu safi ya geita");
		assertThat(later.perform(get("/")).getContentAsString()).as("a returning one is")
			.contains("Karibu tena, Neema.");

		WebClient other = new WebClient(this.mvc);
		MockHttpServletResponse reused = other.perform(confirmation(link, "dhahabu safi ya geita"));
		assertThat(reused.getStatus()).isEqualTo(200);
		assertThat(reused.getContentAsString()).contains("does not work any more");
	}

	/**
	 * The pre-registration takeover of the walk W3: someone registers the address of
	 * another person with a password of their own; the owner, who registers too, must
	 * neither be signed in to an account with the first password nor leave it to them.
	 */
	@Test
	void whoeverRegisteredAnAddressFirstCannotTakeOverTheAccountItsOwnerConfirms() throws Exception {
		String email = "victim" + System.nanoTime() + "@test.example";
		WebClient attacker = new WebClient(this.mvc);
		MockHttpServletResponse first = attacker.perform(registration(email, "Attacker", "attacker knows this one"));
		Object firstFlash = attacker.lastFlash().get("registeredEmail");
		String firstLink = this.mailbox.latestLink(email, "/register/confirm");

		WebClient owner = new WebClient(this.mvc);
		MockHttpServletResponse second = owner.perform(registration(email, "Real Owner", "victim own secret phrase"));
		assertThat(second.getStatus()).isEqualTo(first.getStatus());
		assertThat(second.getRedirectedUrl()).isEqualTo(first.getRedirectedUrl()).isEqualTo("/register/sent");
		assertThat(owner.lastFlash().get("registeredEmail")).isEqualTo(firstFlash);
		assertThat(this.mailbox.subjects(email)).hasSize(2);
		String secondEmail = this.mailbox.latestBody(email);
		assertThat(secondEmail).as("the second email does not send the owner back to the first link")
			.doesNotContain(token(firstLink))
			.contains("viungo vya barua pepe za awali havifanyi kazi tena")
			.contains("/password/forgot")
			.doesNotContain("Attacker");
		assertThat(this.jdbc.queryForObject("select display_name from account where email = ?", String.class, email))
			.as("the latest registration wins")
			.isEqualTo("Real Owner");

		// The first link no longer works, with any password.
		assertThat(owner.perform(get(firstLink)).getContentAsString()).contains("does not work any more");
		assertThat(owner.perform(confirmation(firstLink, "attacker knows this one")).getContentAsString())
			.contains("does not work any more");

		// The latest link asks for the owner's password: the attacker's does not confirm.
		String latestLink = this.mailbox.latestLink(email, "/register/confirm");
		assertThat(owner.perform(confirmation(latestLink, "attacker knows this one")).getContentAsString())
			.contains("id=\"password-error\"");
		assertThat(owner.perform(confirmation(latestLink, "victim own secret phrase")).getRedirectedUrl())
			.isEqualTo("/");
		assertThat(owner.perform(get("/account/profile")).getContentAsString()).contains("Real Owner");

		assertThat(new WebClient(this.mvc).logIn(email, "attacker knows this one").getRedirectedUrl())
			.isEqualTo("/login?error");
		assertThat(new WebClient(this.mvc).logIn(email, "victim own secret phrase").getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void theOwnerWhoOpensTheLinkOfARegistrationTheyDidNotMakeIsNotSignedIn() throws Exception {
		String email = "target" + System.nanoTime() + "@test.example";
		new WebClient(this.mvc).perform(registration(email, "Attacker", "attacker knows this one"));
		String link = this.mailbox.latestLink(email, "/register/confirm");
		WebClient owner = new WebClient(this.mvc);
		assertThat(owner.perform(post("/register/confirm").param("token", token(link))).getStatus()).isEqualTo(200);
		assertThat(owner.perform(confirmation(link, "what the owner would use")).getContentAsString())
			.contains("id=\"password-error\"");
		assertThat(owner.perform(get("/account/profile")).getRedirectedUrl()).endsWith("/login");
		assertThat(new WebClient(this.mvc).logIn(email, "attacker knows this one").getRedirectedUrl())
			.as("still unconfirmed")
			.isEqualTo("/login?error&reason=unconfirmed");
	}

	@Test
	void theOwnerOfAPendingAddressWhoDoesNotKnowItsPasswordChoosesTheirOwn() throws Exception {
		String email = "owner" + System.nanoTime() + "@test.example";
		new WebClient(this.mvc).perform(registration(email, "Real Owner", "owner password 2 long"));
		// Someone else registers last: their password is the one the link asks for.
		new WebClient(this.mvc).perform(registration(email, "Attacker", "attacker password 1"));
		assertThat(this.mailbox.latestBody(email)).contains("/password/forgot");
		WebClient owner = new WebClient(this.mvc);
		owner.perform(post("/password/forgot").param("email", email));
		String link = this.mailbox.awaitLink(email, "/password/reset");
		MockHttpServletResponse reset = owner.perform(
				post("/password/reset").param("token", token(link)).param("newPassword", "the owner's own password"));
		assertThat(reset.getRedirectedUrl()).isEqualTo("/login");
		assertThat(new WebClient(this.mvc).logIn(email, "attacker password 1").getRedirectedUrl())
			.isEqualTo("/login?error");
		assertThat(new WebClient(this.mvc).logIn(email, "the owner's own password").getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void aNewConfirmationLinkIsSentOnlyToAPendingAddressAndTheAnswerIsTheSameForAll() throws Exception {
		String pending = "resend" + System.nanoTime() + "@test.example";
		new WebClient(this.mvc).perform(registration(pending, "Resend Person", "resend person password"));
		String firstLink = this.mailbox.latestLink(pending, "/register/confirm");
		String confirmed = this.accounts.participant("Confirmed Already");
		String unknown = "nobody" + System.nanoTime() + "@test.example";

		WebClient visitor = new WebClient(this.mvc);
		org.jsoup.nodes.Document login = org.jsoup.Jsoup
			.parse(visitor.perform(get("/login?error&reason=unconfirmed")).getContentAsString());
		assertThat(login.select(".alert a[href=/register/resend]")).isNotEmpty();
		assertThat(org.jsoup.Jsoup.parse(visitor.perform(get("/register/sent")).getContentAsString())
			.select("a[href=/register/resend]")).isNotEmpty();
		assertThat(org.jsoup.Jsoup.parse(visitor.perform(get("/register/resend")).getContentAsString())
			.select("input#email[type=email]")).isNotEmpty();

		MockHttpServletResponse bad = visitor.perform(post("/register/resend").param("email", "not-an-email"));
		assertThat(bad.getStatus()).isEqualTo(200);
		assertThat(org.jsoup.Jsoup.parse(bad.getContentAsString()).select("#email-error").text()).isNotBlank();

		List<String> answers = new java.util.ArrayList<>();
		for (String email : List.of(pending, confirmed, unknown)) {
			MockHttpServletResponse response = new WebClient(this.mvc)
				.perform(post("/register/resend").param("email", " " + email.toUpperCase() + " "));
			answers.add(response.getStatus() + " " + response.getRedirectedUrl() + " " + response.getContentAsString());
		}
		assertThat(answers).allSatisfy((answer) -> assertThat(answer).isEqualTo(answers.get(0)));
		assertThat(answers.get(0)).startsWith("302 /register/resend/sent");
		assertThat(visitor.perform(get("/register/resend/sent")).getStatus()).isEqualTo(200);

		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> this.mailbox.subjects(pending).size() == 2);
		String newLink = this.mailbox.latestLink(pending, "/register/confirm");
		assertThat(newLink).isNotEqualTo(firstLink);
		assertThat(new WebClient(this.mvc).perform(get(firstLink)).getContentAsString())
			.contains("does not work any more");
		WebClient owner = new WebClient(this.mvc);
		assertThat(owner.perform(confirmation(newLink, "resend person password")).getRedirectedUrl()).isEqualTo("/");
		assertThat(this.mailbox.subjects(confirmed)).isEmpty();
		assertThat(this.mailbox.subjects(unknown)).isEmpty();
	}

	@Test
	void aWrongPasswordGetsTheSameAnswerAsAnUnknownAddressWhateverTheAccountsState() throws Exception {
		String unconfirmed = "unconfirmed" + System.nanoTime() + "@test.example";
		new WebClient(this.mvc).perform(registration(unconfirmed, "Unconfirmed", "unconfirmed password 1"));
		String suspended = this.accounts.participant("Suspended For Login");
		this.jdbc.update("update account set status = 'SUSPENDED' where email = ?", suspended);
		String active = this.accounts.participant("Active For Login");
		String unknown = "nobody" + System.nanoTime() + "@test.example";

		RealHttp http = new RealHttp(this.port);
		List<String> answers = new java.util.ArrayList<>();
		for (String email : List.of(unknown, active, unconfirmed, suspended)) {
			HttpResponse<String> response = http.submit("/login", "/login", "username", email, "password",
					"not the right password");
			assertThat(response.statusCode()).isEqualTo(302);
			answers.add(response.headers().firstValue("Location").orElseThrow() + " " + response.body());
		}
		assertThat(answers).allSatisfy((answer) -> assertThat(answer).isEqualTo(answers.get(0)));
		assertThat(answers.get(0)).doesNotContain("reason").contains("/login?error");

		assertThat(http.submit("/login", "/login", "username", unconfirmed, "password", "unconfirmed password 1")
			.headers()
			.firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("reason=unconfirmed"));
		assertThat(http.submit("/login", "/login", "username", suspended, "password", TestAccounts.PASSWORD)
			.headers()
			.firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("reason=suspended"));
	}

	@Test
	void registeringWithAKnownAddressLooksTheSameAndTellsTheOwner() throws Exception {
		String email = this.accounts.participant("Existing Person");
		WebClient browser = new WebClient(this.mvc);
		MockHttpServletResponse response = browser.perform(registration(email, "Impostor", "another long password"));
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).isEqualTo("/register/sent");
		assertThat(this.mailbox.latestBody(email)).contains("you already have one");
		assertThat(this.jdbc.queryForObject("select display_name from account where email = ?", String.class, email))
			.isEqualTo("Existing Person");
	}

	@Test
	void anAddressWithoutADotInItsDomainIsRefusedBesideTheField() throws Exception {
		MockHttpServletResponse response = new WebClient(this.mvc)
			.perform(post("/register").param("email", "juma@example")
				.param("displayName", "Juma Dotless")
				.param("password", "a long enough passphrase for juma")
				.param("stakeholderGroup", "ARTISANAL_MINER")
				.param("country", "TZ")
				.param("locale", "en"));
		assertThat(response.getStatus()).isEqualTo(200);
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(response.getContentAsString());
		assertThat(page.select("#email-error").text()).contains("with a dot in the part after the @");
		assertThat(page.select("input#email").attr("value")).isEqualTo("juma@example");
		assertThat(this.jdbc.queryForObject("select count(*) from account where email = 'juma@example'", Integer.class))
			.isZero();
	}

	@Test
	void aFormWithErrorsIsShownAgainWithTheInputKeptAndEachErrorBesideItsField() throws Exception {
		WebClient browser = new WebClient(this.mvc);
		MockHttpServletResponse response = browser.perform(post("/register").param("email", "not-an-email")
			.param("displayName", "Joseph <Masanja>")
			.param("password", "short")
			.param("stakeholderGroup", "NO_SUCH_GROUP")
			.param("organisation", "Geita Regional Miners' Association")
			.param("country", "ZZ")
			.param("locale", "fr"));
		assertThat(response.getStatus()).isEqualTo(200);
		String page = response.getContentAsString();
		assertThat(page).contains("value=\"not-an-email\"")
			.contains("value=\"Joseph &lt;Masanja&gt;\"")
			.contains("Geita Regional Miners&#39; Association");
		assertThat(page).containsPattern("id=\"email-error\"[\\s\\S]*?valid email address")
			.containsPattern("id=\"password-error\"[\\s\\S]*?12")
			.contains("id=\"stakeholderGroup-error\"")
			.contains("id=\"country-error\"")
			.contains("aria-invalid=\"true\"");
		assertThat(page).doesNotContain("value=\"short\"");
		String summary = page.substring(page.indexOf("error-summary"),
				page.indexOf("</ul>", page.indexOf("error-summary")));
		assertThat(summary.indexOf("href=\"#email\"")).as("errors listed in the order of the fields")
			.isLessThan(summary.indexOf("href=\"#password\""))
			.isGreaterThan(-1);
		assertThat(summary.indexOf("href=\"#password\"")).isLessThan(summary.indexOf("href=\"#stakeholderGroup\""));
		assertThat(summary.indexOf("href=\"#stakeholderGroup\"")).isLessThan(summary.indexOf("href=\"#country\""));
		org.jsoup.nodes.Document document = org.jsoup.Jsoup.parse(page);
		assertThat(document.select("input#password").attr("minlength"))
			.as("the policy's length, for password managers and the phone's keyboard")
			.isEqualTo("12");
		assertThat(document.select("input#password").attr("maxlength")).isEqualTo("128");
		for (String field : java.util.List.of("email", "password", "stakeholderGroup", "country")) {
			assertThat(document.select(".error-summary a[href=#" + field + "]").text())
				.as("the summary names the field %s", field)
				.startsWith(document.select("label[for=" + field + "]").text())
				.matches(".+ ?: .+");
		}
	}

	@Test
	void aCommonPasswordIsRefused() throws Exception {
		MockHttpServletResponse response = new WebClient(this.mvc)
			.perform(registration("common" + System.nanoTime() + "@test.example", "Common", "unbelievable"));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("id=\"password-error\"").contains("too common");
	}

	@Test
	void theWeakPasswordsOfTheSecurityReviewAreRefusedBesideTheField() throws Exception {
		for (String weak : List.of("password123456", "aaaaaaaaaaaaaaa", "1234567890123")) {
			MockHttpServletResponse response = new WebClient(this.mvc)
				.perform(registration("weak" + System.nanoTime() + "@test.example", "Weak", weak));
			assertThat(response.getStatus()).as(weak).isEqualTo(200);
			assertThat(response.getContentAsString()).as(weak).contains("id=\"password-error\"");
		}
		String email = "personal" + System.nanoTime() + "@test.example";
		MockHttpServletResponse personal = new WebClient(this.mvc)
			.perform(registration(email, "Rehema Mwakasege", "Rehema Mwakasege"));
		assertThat(personal.getStatus()).isEqualTo(200);
		assertThat(personal.getContentAsString()).contains("id=\"password-error\"").contains("your name");
		assertThat(this.mailbox.subjects(email)).isEmpty();
	}

	@Test
	void aResetRequestAnswersBeforeItsEmailIsWrittenAndAlikeForAnUnknownAddress() throws Exception {
		String email = this.accounts.participant("Background Reset");
		String ghost = "ghost" + System.nanoTime() + "@test.example";
		WebClient phone = new WebClient(this.mvc);
		MockHttpServletResponse known;
		MockHttpServletResponse unknown;
		// While this transaction holds the outbound-email table, no email can be written:
		// a reply that waited for its email would never come.
		try (Connection holder = this.dataSource.getConnection()) {
			holder.setAutoCommit(false);
			try (Statement statement = holder.createStatement()) {
				statement.execute("lock table outbound_email in exclusive mode");
			}
			try {
				known = assertTimeoutPreemptively(Duration.ofSeconds(30),
						() -> phone.perform(post("/password/forgot").param("email", email)),
						"the reply waited for the email to be written");
				unknown = assertTimeoutPreemptively(Duration.ofSeconds(30),
						() -> phone.perform(post("/password/forgot").param("email", ghost)));
			}
			finally {
				holder.rollback();
			}
		}
		assertThat(known.getStatus()).isEqualTo(unknown.getStatus()).isEqualTo(302);
		assertThat(known.getRedirectedUrl()).isEqualTo(unknown.getRedirectedUrl()).isEqualTo("/password/forgot/sent");
		assertThat(known.getContentAsString()).isEqualTo(unknown.getContentAsString());
		this.mailbox.awaitLink(email, "/password/reset");
		assertThat(this.mailbox.subjects(email)).containsExactly("Choose a new Common Ground password");
		assertThat(this.mailbox.subjects(ghost)).isEmpty();
	}

	@Test
	void passwordResetAnswersAlikeAndItsLinkWorksOnceAndEndsOtherSessions() throws Exception {
		String email = this.accounts.participant("Forgetful Person");
		WebClient laptop = new WebClient(this.mvc);
		laptop.logIn(email, TestAccounts.PASSWORD);
		assertThat(laptop.perform(get("/account/profile")).getStatus()).isEqualTo(200);

		WebClient phone = new WebClient(this.mvc);
		MockHttpServletResponse known = phone.perform(post("/password/forgot").param("email", email.toUpperCase()));
		MockHttpServletResponse unknown = phone.perform(post("/password/forgot").param("email", "ghost@test.example"));
		assertThat(known.getRedirectedUrl()).isEqualTo("/password/forgot/sent").isEqualTo(unknown.getRedirectedUrl());
		String link = this.mailbox.awaitLink(email, "/password/reset");
		assertThat(this.mailbox.subjects("ghost@test.example")).isEmpty();

		String token = link.substring(link.indexOf("token=") + 6);
		assertThat(phone.perform(get(link)).getContentAsString()).contains("newPassword");
		MockHttpServletResponse weak = phone
			.perform(post("/password/reset").param("token", token).param("newPassword", "123456"));
		assertThat(weak.getStatus()).isEqualTo(200);
		assertThat(weak.getContentAsString()).contains("id=\"newPassword-error\"");

		MockHttpServletResponse reset = phone
			.perform(post("/password/reset").param("token", token).param("newPassword", "my new long password"));
		assertThat(reset.getRedirectedUrl()).isEqualTo("/login");
		assertThat(laptop.perform(get("/account/profile")).getRedirectedUrl()).endsWith("/login");
		assertThat(new WebClient(this.mvc).logIn(email, "my new long password").getRedirectedUrl()).isEqualTo("/");

		MockHttpServletResponse again = phone
			.perform(post("/password/reset").param("token", token).param("newPassword", "yet another password"));
		assertThat(again.getContentAsString()).contains("does not work any more");
	}

	@Test
	void changingThePasswordEndsTheOtherSessionsButKeepsThisOne() throws Exception {
		String email = this.accounts.participant("Careful Person");
		WebClient laptop = new WebClient(this.mvc);
		WebClient phone = new WebClient(this.mvc);
		laptop.logIn(email, TestAccounts.PASSWORD);
		phone.logIn(email, TestAccounts.PASSWORD);

		MockHttpServletResponse wrong = laptop
			.perform(post("/account/password").param("currentPassword", "not my password")
				.param("newPassword", "a brand new password"));
		assertThat(wrong.getContentAsString()).contains("id=\"currentPassword-error\"");
		// The form names the account for password managers, without sending it.
		org.jsoup.nodes.Element username = org.jsoup.Jsoup.parse(wrong.getContentAsString())
			.selectFirst("form input[autocomplete=username]");
		assertThat(username.val()).isEqualTo(email);
		assertThat(username.hasAttr("name")).isFalse();

		MockHttpServletResponse changed = laptop
			.perform(post("/account/password").param("currentPassword", TestAccounts.PASSWORD)
				.param("newPassword", "a brand new password"));
		assertThat(changed.getRedirectedUrl()).isEqualTo("/account/profile");
		assertThat(laptop.perform(get("/account/profile")).getStatus()).isEqualTo(200);
		assertThat(phone.perform(get("/account/profile")).getRedirectedUrl()).endsWith("/login");
		assertThat(this.mailbox.subjects(email)).contains("Your Common Ground password was changed");
	}

	@Test
	void changingThePasswordEndsTheResetLinksAskedForBefore() throws Exception {
		String email = this.accounts.participant("Reset Then Change");
		new WebClient(this.mvc).perform(post("/password/forgot").param("email", email));
		String link = this.mailbox.awaitLink(email, "/password/reset");
		WebClient laptop = new WebClient(this.mvc);
		laptop.logIn(email, TestAccounts.PASSWORD);
		laptop.perform(post("/account/password").param("currentPassword", TestAccounts.PASSWORD)
			.param("newPassword", "a changed password now"));
		assertThat(new WebClient(this.mvc).perform(get(link)).getContentAsString()).contains("does not work any more")
			.doesNotContain("newPassword");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from account_token t join account a on a.id = t.account_id where a.email = ? and t.purpose = 'RESET_PASSWORD'",
				Integer.class, email))
			.isZero();
	}

	@Test
	void theCurrentPasswordIsRefusedAsTheNewOneBesideItsField() throws Exception {
		String email = this.accounts.participant("Same Password");
		WebClient laptop = new WebClient(this.mvc);
		laptop.logIn(email, TestAccounts.PASSWORD);
		MockHttpServletResponse same = laptop
			.perform(post("/account/password").param("currentPassword", TestAccounts.PASSWORD)
				.param("newPassword", TestAccounts.PASSWORD));
		assertThat(same.getStatus()).isEqualTo(200);
		assertThat(org.jsoup.Jsoup.parse(same.getContentAsString()).select("#newPassword-error").text())
			.contains("The new password is the one you have now.");
		assertThat(this.mailbox.subjects(email)).doesNotContain("Your Common Ground password was changed");
	}

	@Test
	void aResetRequestForAnAddressWithSpacesAroundItIsAccepted() throws Exception {
		String email = this.accounts.participant("Spaced Address");
		MockHttpServletResponse asked = new WebClient(this.mvc)
			.perform(post("/password/forgot").param("email", "  " + email + " "));
		assertThat(asked.getRedirectedUrl()).isEqualTo("/password/forgot/sent");
		assertThat(this.mailbox.awaitLink(email, "/password/reset")).contains("token=");
	}

	@Test
	void theEmailAddressChangesOnlyWhenTheLinkSentToTheNewAddressIsOpened() throws Exception {
		String email = this.accounts.participant("Moving Address");
		String taken = this.accounts.participant("Owner Of Taken");
		String fresh = "new" + System.nanoTime() + "@moved.example";
		WebClient laptop = new WebClient(this.mvc);
		WebClient phone = new WebClient(this.mvc);
		laptop.logIn(email, TestAccounts.PASSWORD);
		phone.logIn(email, TestAccounts.PASSWORD);
		assertThat(org.jsoup.Jsoup.parse(laptop.perform(get("/account/profile")).getContentAsString())
			.select("a[href=/account/email]")
			.text()).isEqualTo("Change email address");
		assertThat(laptop.perform(get("/account/email")).getContentAsString()).contains(email);

		org.jsoup.nodes.Document wrong = org.jsoup.Jsoup.parse(laptop
			.perform(post("/account/email").param("newEmail", fresh).param("currentPassword", "not my password"))
			.getContentAsString());
		assertThat(wrong.select("#currentPassword-error").text()).contains("This is not your current password.");
		assertThat(wrong.select("input[name=newEmail]").attr("value")).isEqualTo(fresh);
		org.jsoup.nodes.Document same = org.jsoup.Jsoup.parse(
				laptop
					.perform(post("/account/email").param("newEmail", email.toUpperCase())
						.param("currentPassword", TestAccounts.PASSWORD))
					.getContentAsString());
		assertThat(same.select("#newEmail-error").text()).contains("This is already your email address.");

		// Another account's address: answered alike, its owner is told, nothing changes.
		MockHttpServletResponse toTaken = laptop
			.perform(post("/account/email").param("newEmail", taken).param("currentPassword", TestAccounts.PASSWORD));
		assertThat(toTaken.getRedirectedUrl()).isEqualTo("/account/profile");
		assertThat(this.mailbox.subjects(taken))
			.containsExactly("Someone tried to use your address for another account");
		assertThat(this.mailbox.subjects(email)).isEmpty();

		MockHttpServletResponse asked = laptop
			.perform(post("/account/email").param("newEmail", " " + fresh.toUpperCase() + " ")
				.param("currentPassword", TestAccounts.PASSWORD));
		assertThat(asked.getRedirectedUrl()).isEqualTo("/account/profile");
		assertThat(this.mailbox.subjects(fresh)).containsExactly("Confirm your new Common Ground email address");
		assertThat(this.mailbox.subjects(email)).containsExactly("Your Common Ground email address is being changed");
		assertThat(this.mailbox.latestBody(email)).contains("n***@moved.example")
			.doesNotContain(fresh)
			.contains("/password/forgot");
		assertThat(this.jdbc.queryForObject("select count(*) from account where email = ?", Integer.class, email))
			.isOne();
		String link = this.mailbox.latestLink(fresh, "/account/email/confirm");
		assertThat(new WebClient(this.mvc)
			.perform(get("/password/reset?token=" + link.substring(link.indexOf("token=") + 6)))
			.getContentAsString()).as("not a reset link").contains("does not work any more");

		// Only the account that asked can use the link.
		WebClient other = new WebClient(this.mvc);
		other.logIn(taken, TestAccounts.PASSWORD);
		org.jsoup.nodes.Document notTheirs = org.jsoup.Jsoup.parse(other.perform(get(link)).getContentAsString());
		assertThat(notTheirs.text()).contains("does not work any more");
		// An email-change link leads to asking for the change again, not to a password
		// link.
		assertThat(notTheirs.select(".narrow a[href]").eachAttr("href")).contains("/account/email")
			.doesNotContain("/password/forgot");
		String token = link.substring(link.indexOf("token=") + 6);
		assertThat(other.perform(post("/account/email/confirm").param("token", token)).getContentAsString())
			.contains("does not work any more");

		assertThat(laptop.perform(get(link)).getContentAsString()).contains(fresh);
		MockHttpServletResponse confirmed = laptop.perform(post("/account/email/confirm").param("token", token));
		assertThat(confirmed.getRedirectedUrl()).isEqualTo("/account/profile");
		assertThat(this.jdbc.queryForObject("select count(*) from account where email = ?", Integer.class, fresh))
			.isOne();
		assertThat(laptop.perform(get("/account/profile")).getContentAsString()).contains(fresh);
		assertThat(phone.perform(get("/account/profile")).getRedirectedUrl()).endsWith("/login");
		org.jsoup.nodes.Document usedTwice = org.jsoup.Jsoup
			.parse(laptop.perform(post("/account/email/confirm").param("token", token)).getContentAsString());
		assertThat(usedTwice.text()).contains("does not work any more");
		assertThat(usedTwice.select(".narrow a[href]").eachAttr("href")).containsExactly("/account/email");
		assertThat(new WebClient(this.mvc).logIn(fresh, TestAccounts.PASSWORD).getRedirectedUrl()).isEqualTo("/");
		assertThat(new WebClient(this.mvc).logIn(email, TestAccounts.PASSWORD).getRedirectedUrl()).contains("error");
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from audit_entry e join account a on a.id = e.subject_id where a.email = ? and e.action = 'ACCOUNT_EMAIL_CHANGED'",
					Integer.class, fresh) == 1);
	}

	/** Walk W3: a reset link sent to the old address must not undo an address change. */
	@Test
	void linksSentToTheOldAddressStopWorkingOnceTheAddressIsChanged() throws Exception {
		String email = this.accounts.participant("Old Mailbox");
		String fresh = "moved" + System.nanoTime() + "@moved.example";
		new WebClient(this.mvc).perform(post("/password/forgot").param("email", email));
		String resetLink = this.mailbox.awaitLink(email, "/password/reset");

		WebClient laptop = new WebClient(this.mvc);
		laptop.logIn(email, TestAccounts.PASSWORD);
		laptop.perform(post("/account/email").param("newEmail", fresh).param("currentPassword", TestAccounts.PASSWORD));
		String changeLink = this.mailbox.latestLink(fresh, "/account/email/confirm");
		assertThat(laptop.perform(post("/account/email/confirm").param("token", token(changeLink))).getRedirectedUrl())
			.isEqualTo("/account/profile");

		WebClient oldMailbox = new WebClient(this.mvc);
		assertThat(oldMailbox.perform(get(resetLink)).getContentAsString()).contains("does not work any more")
			.doesNotContain("newPassword");
		assertThat(oldMailbox
			.perform(post("/password/reset").param("token", token(resetLink))
				.param("newPassword", "whoever reads the old mailbox"))
			.getContentAsString()).contains("does not work any more");
		assertThat(new WebClient(this.mvc).logIn(fresh, TestAccounts.PASSWORD).getRedirectedUrl()).isEqualTo("/");
		assertThat(new WebClient(this.mvc).logIn(fresh, "whoever reads the old mailbox").getRedirectedUrl())
			.isEqualTo("/login?error");
	}

	@Test
	void editingTheProfileChangesNameGroupAndLanguage() throws Exception {
		String email = this.accounts.participant("Before Edit");
		WebClient browser = new WebClient(this.mvc);
		browser.logIn(email, TestAccounts.PASSWORD);
		MockHttpServletResponse saved = browser.perform(post("/account/profile").param("displayName", "After Edit")
			.param("stakeholderGroup", "GOVERNMENT")
			.param("organisation", "Ministry of Minerals")
			.param("country", "TZ")
			.param("region", "Geita")
			.param("locale", "pt"));
		assertThat(saved.getRedirectedUrl()).isEqualTo("/account/profile");
		String page = browser.perform(get("/account/profile")).getContentAsString();
		assertThat(page).contains("lang=\"pt\"").contains("After Edit").contains("Ministry of Minerals");
		assertThat(page).containsPattern("<option value=\"GOVERNMENT\" selected=\"selected\">");
	}

	@Test
	void theLanguageComesFromTheAccountThenTheCookieThenTheBrowser() throws Exception {
		WebClient visitor = new WebClient(this.mvc);
		assertThat(visitor.perform(get("/").header("Accept-Language", "es-MX,es;q=0.9")).getContentAsString())
			.contains("<html lang=\"es\"");
		assertThat(visitor.perform(get("/").header("Accept-Language", "de-DE")).getContentAsString())
			.contains("<html lang=\"en\"");
		MockHttpServletResponse switched = visitor
			.perform(post("/language").param("lang", "fr").param("return", "/register"));
		assertThat(switched.getRedirectedUrl()).isEqualTo("/register");
		assertThat(switched.getCookie("cg_lang").getValue()).isEqualTo("fr");
		assertThat(this.mvc.perform(get("/").cookie(switched.getCookie("cg_lang")).header("Accept-Language", "es"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("<html lang=\"fr\"");

		String email = this.accounts.participant("Swahili Speaker");
		WebClient member = new WebClient(this.mvc);
		member.logIn(email, TestAccounts.PASSWORD);
		member.perform(post("/language").param("lang", "sw").param("return", "https://evil.example/"));
		assertThat(this.jdbc.queryForObject("select locale from account where email = ?", String.class, email))
			.isEqualTo("sw");
		assertThat(member.perform(get("/").header("Accept-Language", "fr")).getContentAsString())
			.contains("<html lang=\"sw\"");
	}

	@Test
	void aDisplayNameWithMarkupIsShownAsTextEverywhere() throws Exception {
		String payload = "<img src=x onerror=alert(1)>";
		String email = this.accounts.participant(payload);
		WebClient member = new WebClient(this.mvc);
		member.logIn(email, TestAccounts.PASSWORD);
		WebClient admin = new WebClient(this.mvc);
		admin.logIn(this.accounts.admin("XSS Checking Admin"), TestAccounts.PASSWORD);
		List<String> pages = List.of(member.perform(get("/")).getContentAsString(),
				member.perform(get("/account/profile")).getContentAsString(),
				member.perform(get("/account/password")).getContentAsString(),
				admin.perform(get("/admin/accounts").param("q", email)).getContentAsString());
		for (String page : pages) {
			assertThat(page).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain(payload);
		}
	}

	@Test
	void suspendingAnAccountEndsItsSessionsAtOnceAndBlocksLogin() throws Exception {
		String email = this.accounts.participant("To Be Suspended");
		long id = this.jdbc.queryForObject("select id from account where email = ?", Long.class, email);
		WebClient member = new WebClient(this.mvc);
		member.perform(post("/login").param("username", email)
			.param("password", TestAccounts.PASSWORD)
			.param("remember-me", "true"));
		assertThat(member.perform(get("/account/profile")).getStatus()).isEqualTo(200);
		assertThat(this.jdbc.queryForObject("select count(*) from persistent_logins where username = ?", Integer.class,
				email))
			.isEqualTo(1);

		WebClient admin = new WebClient(this.mvc);
		admin.logIn(this.accounts.admin("Suspending Admin"), TestAccounts.PASSWORD);
		MockHttpServletResponse suspended = admin
			.perform(post("/admin/accounts/" + id + "/suspend").param("confirmed", "true"));
		assertThat(suspended.getRedirectedUrl()).isEqualTo("/admin/accounts");

		assertThat(member.perform(get("/account/profile")).getRedirectedUrl()).endsWith("/login");
		assertThat(this.jdbc.queryForObject("select count(*) from persistent_logins where username = ?", Integer.class,
				email))
			.isZero();
		assertThat(new WebClient(this.mvc).logIn(email, TestAccounts.PASSWORD).getRedirectedUrl())
			.isEqualTo("/login?error&reason=suspended");

		admin.perform(post("/admin/accounts/" + id + "/reactivate"));
		assertThat(new WebClient(this.mvc).logIn(email, TestAccounts.PASSWORD).getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void adminsSearchAccountsAndChangeRolesButNotTheirOwn() throws Exception {
		String email = this.accounts.participant("Future Facilitator Zawadi");
		long id = this.jdbc.queryForObject("select id from account where email = ?", Long.class, email);
		String adminEmail = this.accounts.admin("Role Admin");
		long adminId = this.jdbc.queryForObject("select id from account where email = ?", Long.class, adminEmail);
		WebClient admin = new WebClient(this.mvc);
		admin.logIn(adminEmail, TestAccounts.PASSWORD);

		String found = admin.perform(get("/admin/accounts").param("q", "zawadi")).getContentAsString();
		assertThat(found).contains("Future Facilitator Zawadi").contains("1 account<");

		admin.perform(post("/admin/accounts/" + id + "/role").param("role", "FACILITATOR"));
		assertThat(admin.lastFlash().get("flashSuccess")).isEqualTo("admin.accounts.role-changed");
		assertThat(this.jdbc.queryForObject("select role from account where id = ?", String.class, id))
			.isEqualTo("FACILITATOR");
		String facilitators = admin.perform(get("/admin/accounts").param("role", "FACILITATOR").param("q", "zawadi"))
			.getContentAsString();
		assertThat(facilitators).contains("Future Facilitator Zawadi");
		// The role it already has: nothing happens, and the page says so.
		admin.perform(post("/admin/accounts/" + id + "/role").param("role", "FACILITATOR"));
		assertThat(admin.lastFlash().get("flashSuccess")).isNull();
		assertThat(admin.lastFlash().get("flashInfo")).isEqualTo("admin.accounts.role-unchanged");
		admin.perform(post("/language").param("lang", "es"));
		String back = admin.perform(post("/admin/accounts/" + id + "/role").param("role", "FACILITATOR"))
			.getRedirectedUrl();
		assertThat(admin.perform(get(back)).getContentAsString()).contains("Sin cambios: la cuenta ya tiene ese rol.");
		admin.perform(post("/language").param("lang", "en"));

		admin.perform(post("/admin/accounts/" + adminId + "/suspend").param("confirmed", "true"));
		admin.perform(post("/admin/accounts/" + adminId + "/role").param("role", "PARTICIPANT"));
		assertThat(this.jdbc.queryForObject("select role || status from account where id = ?", String.class, adminId))
			.isEqualTo("ADMINACTIVE");
	}

	@Test
	void rememberMeKeepsAPersonLoggedInAfterTheSessionEnds() throws Exception {
		String email = this.accounts.participant("Remembered Person");
		WebClient phone = new WebClient(this.mvc);
		MockHttpServletResponse login = phone.perform(post("/login").param("username", email)
			.param("password", TestAccounts.PASSWORD)
			.param("remember-me", "true"));
		jakarta.servlet.http.Cookie rememberMe = login.getCookie("remember-me");
		assertThat(rememberMe).isNotNull();
		assertThat(rememberMe.isHttpOnly()).isTrue();

		MockHttpServletResponse later = this.mvc
			.perform(get("/account/profile").cookie(rememberMe).with(WebClient.from(phone.address())))
			.andReturn()
			.getResponse();
		assertThat(later.getStatus()).isEqualTo(200);
		assertThat(later.getContentAsString()).contains("Remembered Person");

		MockHttpServletResponse without = this.mvc
			.perform(get("/account/profile").with(WebClient.from(phone.address())))
			.andReturn()
			.getResponse();
		assertThat(without.getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void aPasswordChangeKeepsThisDevicesRememberedLoginAndEndsTheOthers() throws Exception {
		String email = this.accounts.participant("Remembered Changer");
		WebClient laptop = rememberedLogin(email);
		WebClient phone = rememberedLogin(email);
		assertThat(laptop
			.perform(post("/account/password").param("currentPassword", TestAccounts.PASSWORD)
				.param("newPassword", "a brand new remembered password"))
			.getRedirectedUrl()).isEqualTo("/account/profile");
		laptop.closeBrowser();
		phone.closeBrowser();
		assertThat(laptop.perform(get("/account/profile")).getStatus()).as("this device stays remembered")
			.isEqualTo(200);
		assertThat(phone.perform(get("/account/profile")).getRedirectedUrl()).endsWith("/login");
		assertThat(this.jdbc.queryForObject("select count(*) from persistent_logins where username = ?", Integer.class,
				email))
			.isOne();
	}

	@Test
	void anEmailChangeKeepsThisDevicesRememberedLoginUnderTheNewAddress() throws Exception {
		String email = this.accounts.participant("Remembered Mover");
		String fresh = "remembered" + System.nanoTime() + "@moved.example";
		WebClient laptop = rememberedLogin(email);
		WebClient phone = rememberedLogin(email);
		laptop.perform(post("/account/email").param("newEmail", fresh).param("currentPassword", TestAccounts.PASSWORD));
		String link = this.mailbox.latestLink(fresh, "/account/email/confirm");
		assertThat(laptop
			.perform(post("/account/email/confirm").param("token", link.substring(link.indexOf("token=") + 6)))
			.getRedirectedUrl()).isEqualTo("/account/profile");
		laptop.closeBrowser();
		phone.closeBrowser();
		MockHttpServletResponse remembered = laptop.perform(get("/account/profile"));
		assertThat(remembered.getStatus()).isEqualTo(200);
		assertThat(remembered.getContentAsString()).contains(fresh);
		assertThat(phone.perform(get("/account/profile")).getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void loggingOutOnOneDeviceEndsOnlyThatDevicesRememberedLogin() throws Exception {
		String email = this.accounts.participant("Cyber Cafe Visitor");
		WebClient phone = rememberedLogin(email);
		WebClient cafe = new WebClient(this.mvc);
		cafe.logIn(email, TestAccounts.PASSWORD);
		assertThat(cafe.perform(post("/logout")).getRedirectedUrl()).isEqualTo("/?signedOut");
		WebClient laptop = rememberedLogin(email);
		assertThat(laptop.perform(post("/logout")).getRedirectedUrl()).isEqualTo("/?signedOut");
		phone.closeBrowser();
		assertThat(phone.perform(get("/account/profile")).getStatus()).as("the phone stays remembered").isEqualTo(200);
		assertThat(this.jdbc.queryForObject("select count(*) from persistent_logins where username = ?", Integer.class,
				email))
			.as("the laptop's series is gone, the phone's stays")
			.isOne();
		assertThat(phone.perform(post("/logout")).getRedirectedUrl()).isEqualTo("/?signedOut");
		assertThat(this.jdbc.queryForObject("select count(*) from persistent_logins where username = ?", Integer.class,
				email))
			.isZero();
	}

	private WebClient rememberedLogin(String email) throws Exception {
		WebClient device = new WebClient(this.mvc, TestAccounts.newAddress());
		MockHttpServletResponse login = device.perform(post("/login").param("username", email)
			.param("password", TestAccounts.PASSWORD)
			.param("remember-me", "true"));
		assertThat(login.getCookie("remember-me")).isNotNull();
		return device;
	}

	@Test
	void theFirstAdminComesFromConfiguration() {
		assertThat(this.jdbc.queryForObject(
				"select count(*) from account where email = ? and role = 'ADMIN' and email_confirmed_at is not null",
				Integer.class, ADMIN_EMAIL))
			.isEqualTo(1);
	}

	@Test
	void adminsReadTheStoredEmails() throws Exception {
		String email = this.accounts.participant("Mail Reader");
		new WebClient(this.mvc).perform(post("/password/forgot").param("email", email));
		this.mailbox.awaitLink(email, "/password/reset");
		WebClient admin = new WebClient(this.mvc);
		admin.logIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		String page = admin.perform(get("/admin/emails").param("q", email)).getContentAsString();
		assertThat(page).contains("Choose a new Common Ground password").contains("/password/reset?token=");
	}

}
