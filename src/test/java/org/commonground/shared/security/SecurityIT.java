package org.commonground.shared.security;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.commonground.account.AccountRole;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.support.IntegrationTest;
import org.commonground.support.RealHttp;
import org.commonground.support.TestAccounts;
import org.commonground.support.TestDialogues;
import org.commonground.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

class SecurityIT extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestDialogues dialogues;

	@Value("${local.server.port}")
	int port;

	@Autowired
	@Qualifier("passwordEncoder")
	PasswordEncoder applicationsEncoder;

	@Test
	void theApplicationHashesPasswordsWithBcryptAtCostTen() {
		// The suite hashes at a lower cost (FastPasswordHashing); the application's own
		// encoder keeps the production one.
		String hash = this.applicationsEncoder.encode(TestAccounts.PASSWORD);
		assertThat(hash).startsWith("{bcrypt}$2a$10$");
		assertThat(this.applicationsEncoder.matches(TestAccounts.PASSWORD, hash)).isTrue();
		String account = this.accounts.participant("Hashed At Test Cost");
		assertThat(this.jdbc.queryForObject("select password_hash from account where email = ?", String.class, account))
			.as("the suite's own accounts")
			.startsWith("{bcrypt}$2a$04$");
	}

	@Test
	void aPostWithoutCsrfTokenIsRefused() throws Exception {
		WebClient client = new WebClient(this.mvc);
		client.perform(get("/register"));
		MockHttpServletResponse response = client.performAsIs(post("/register").param("email", "x@test.example")
			.param("displayName", "X")
			.param("password", "a long enough password")
			.param("stakeholderGroup", "OTHER"));
		assertThat(response.getStatus()).isEqualTo(403);
		MockHttpServletResponse login = client
			.performAsIs(post("/login").param("username", "x@test.example").param("password", "whatever password"));
		assertThat(login.getStatus()).isEqualTo(403);
		MockHttpServletResponse forged = client.performAsIs(post("/login").param("username", "x@test.example")
			.param("password", "whatever password")
			.param("_csrf", "forged-token-value"));
		assertThat(forged.getStatus()).isEqualTo(403);
		MockHttpServletResponse withToken = client
			.perform(post("/login").param("username", "x@test.example").param("password", "whatever password"));
		assertThat(withToken.getStatus()).as("the same request with the form's token is processed").isEqualTo(302);
	}

	@Test
	void aFormSentWithoutItsTokenSaysTheFormExpiredNotThatTheAccountLacksPermission() throws Exception {
		// A form left open in a tab while the person signed out in another: its token no
		// longer matches. Still refused (403), with a page that says what happened.
		RealHttp browser = new RealHttp(this.port);
		browser.get("/password/forgot");
		HttpResponse<String> expired = browser.postWithoutToken("/password/forgot", java.util.Map.of(), "email",
				"someone@test.example");
		assertThat(expired.statusCode()).isEqualTo(403);
		assertThat(expired.body()).contains("This form has expired")
			.contains("Go back, copy what you typed, reload the page and send the form again.")
			.doesNotContain("Your account does not have permission");
		HttpResponse<String> french = browser.postWithoutToken("/password/forgot",
				java.util.Map.of("Accept-Language", "fr"), "email", "someone@test.example");
		assertThat(french.statusCode()).isEqualTo(403);
		assertThat(french.body()).contains("Ce formulaire a expiré").doesNotContain("Votre compte n’a pas");
	}

	@Test
	void aLoginReturnsToTheLocalPageItCameFromAndNeverToAnotherSite() throws Exception {
		String email = this.accounts.participant("Returning Person");
		String page = "/dialogues/mercury-free-gold/challenges/12?before=40";
		MockHttpServletResponse back = new WebClient(this.mvc).perform(post("/login").param("username", email)
			.param("password", TestAccounts.PASSWORD)
			.param("continue", page));
		assertThat(back.getRedirectedUrl()).isEqualTo(page);
		for (String away : List.of("//evil.example", "https://evil.example", "/\\evil.example", "/\\/evil.example",
				"javascript:alert(1)", "evil.example/path", "/ok\r\nLocation: https://evil.example", "")) {
			MockHttpServletResponse home = new WebClient(this.mvc).perform(post("/login").param("username", email)
				.param("password", TestAccounts.PASSWORD)
				.param("continue", away));
			assertThat(home.getStatus()).isEqualTo(302);
			assertThat(home.getRedirectedUrl()).as("after a login with continue=%s", away).isEqualTo("/");
		}

		// The login page carries the path in its form, and a wrong password keeps it.
		WebClient visitor = new WebClient(this.mvc);
		assertThat(visitor.perform(get("/login").param("continue", "/dialogues")).getContentAsString())
			.contains("<input type=\"hidden\" name=\"continue\" value=\"/dialogues\">");
		assertThat(visitor.perform(get("/login").param("continue", "//evil.example")).getContentAsString())
			.doesNotContain("name=\"continue\"");
		assertThat(visitor
			.perform(post("/login").param("username", email)
				.param("password", "not the password at all")
				.param("continue", "/dialogues"))
			.getRedirectedUrl()).isEqualTo("/login?error&continue=%2Fdialogues");
		assertThat(visitor
			.perform(post("/login").param("username", email)
				.param("password", "not the password at all")
				.param("continue", "https://evil.example"))
			.getRedirectedUrl()).isEqualTo("/login?error");
	}

	@Test
	void aVisitorsSignInLinksOnAChallengePageComeBackToIt() throws Exception {
		String facilitator = this.accounts.create("Fatuma Facilitator", AccountRole.FACILITATOR);
		String slug = this.dialogues.create(facilitator, "Sign-in links " + System.nanoTime(), Visibility.PUBLIC,
				JoinPolicy.OPEN, true, DialogueStatus.OPEN);
		WebClient facilitating = new WebClient(this.mvc);
		facilitating.logIn(facilitator, TestAccounts.PASSWORD);
		String challenge = facilitating
			.perform(post("/dialogues/" + slug + "/challenges").param("title", "Roads close in the rains")
				.param("body", "From March to May the ore cannot reach the buyers."))
			.getRedirectedUrl();
		assertThat(challenge).startsWith("/dialogues/" + slug + "/challenges/");
		String path = challenge.replaceFirst("[?#].*$", "");

		WebClient visitor = new WebClient(this.mvc);
		visitor.perform(post("/language").param("lang", "sw"));
		org.jsoup.nodes.Document shown = org.jsoup.Jsoup.parse(visitor.perform(get(path)).getContentAsString());
		assertThat(shown.select("a:contains(Ingia ili useme)").attr("href")).isEqualTo("/login?continue=" + path);
		assertThat(shown.select("section.comments a[href^=/login]").attr("href")).isEqualTo("/login?continue=" + path);
		assertThat(shown.select("section.comments .comment-login").text())
			.isEqualTo("Ingia kama mwanachama wa mazungumzo haya ili utoe maoni.");
		assertThat(shown.select(".account-nav a[href^=/login]").attr("href")).as("the header's link")
			.isEqualTo("/login?continue=" + path);
		assertThat(org.jsoup.Jsoup.parse(visitor.perform(get("/register")).getContentAsString())
			.select(".account-nav a[href^=/login]")
			.attr("href")).as("not back to an account page").isEqualTo("/login");
		String dialogue = new WebClient(this.mvc).perform(get("/dialogues/" + slug)).getContentAsString();
		assertThat(dialogue).contains("href=\"/login?continue=/dialogues/" + slug + "\"");

		WebClient member = new WebClient(this.mvc);
		String email = this.accounts.participant("Member Coming Back");
		MockHttpServletResponse loggedIn = member.perform(post("/login").param("username", email)
			.param("password", TestAccounts.PASSWORD)
			.param("continue", shown.select("section.comments a[href^=/login]").attr("href").substring(16)));
		assertThat(loggedIn.getRedirectedUrl()).isEqualTo(path);
		assertThat(org.jsoup.Jsoup.parse(member.perform(get(path)).getContentAsString()).select(".comment-login"))
			.isEmpty();
	}

	@Test
	void unknownEmailAndWrongPasswordAnswerAlike() throws Exception {
		String email = this.accounts.participant("Known Person");
		WebClient unknown = new WebClient(this.mvc);
		WebClient wrong = new WebClient(this.mvc);
		MockHttpServletResponse first = unknown.logIn("nobody-" + System.nanoTime() + "@test.example",
				"some wrong password");
		MockHttpServletResponse second = wrong.logIn(email, "some wrong password");
		assertThat(first.getStatus()).isEqualTo(302).isEqualTo(second.getStatus());
		assertThat(first.getRedirectedUrl()).isEqualTo("/login?error").isEqualTo(second.getRedirectedUrl());
		String firstPage = unknown.perform(get("/login?error")).getContentAsString();
		String secondPage = wrong.perform(get("/login?error")).getContentAsString();
		assertThat(withoutTokens(firstPage)).contains("is not right").isEqualTo(withoutTokens(secondPage));
	}

	@Test
	void repeatedFailedLoginsFromOneAddressAreRefusedWith429WhileTheOwnerCanStillLogInElsewhere() throws Exception {
		String email = this.accounts.participant("Targeted Person");
		WebClient attacker = new WebClient(this.mvc);
		int status = 0;
		for (int attempt = 1; attempt <= 6 && status != 429; attempt++) {
			status = attacker.logIn(email, "guess number " + attempt).getStatus();
		}
		assertThat(status).isEqualTo(429);
		MockHttpServletResponse refused = attacker.logIn(email, TestAccounts.PASSWORD);
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isNotBlank();
		assertThat(attacker.perform(get("/")).getStatus()).isEqualTo(200);

		WebClient owner = new WebClient(this.mvc);
		MockHttpServletResponse ownLogin = owner.logIn(email, TestAccounts.PASSWORD);
		assertThat(ownLogin.getStatus()).isEqualTo(302);
		assertThat(ownLogin.getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void theLoginsTooManyAttemptsPageSaysHowManyMinutesAndOffersANewPassword() throws Exception {
		String email = this.accounts.participant("Waiting Person");
		RealHttp browser = new RealHttp(this.port);
		HttpResponse<String> response = null;
		for (int attempt = 1; attempt <= 6 && (response == null || response.statusCode() != 429); attempt++) {
			response = browser.submit("/login", "/login", "username", email, "password", "wrong " + attempt);
		}
		assertThat(response.statusCode()).isEqualTo(429);
		long seconds = Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
		long minutes = (seconds + 59) / 60;
		assertThat(response.body())
			.contains("Please try again in " + minutes + ((minutes == 1) ? " minute." : " minutes."))
			.doesNotContain("a few minutes")
			.contains("href=\"/password/forgot\"");
	}

	@Test
	void anEncodedLoginPathGetsNoMorePasswordChecks() throws Exception {
		String email = this.accounts.participant("Encoded Target");
		RealHttp attacker = new RealHttp(this.port);
		int checked = 0;
		for (int attempt = 1; attempt <= 8; attempt++) {
			HttpResponse<String> response = attacker.submit("/login", "/%6Cogin", "username", email, "password",
					"guess " + attempt);
			if (response.statusCode() == 302) {
				checked++;
			}
		}
		assertThat(checked).as("encoded-path attempts that reached the password check").isLessThanOrEqualTo(5);
	}

	@Test
	void parallelGuessesCannotSlipPastTheLoginLimit() throws Exception {
		String email = this.accounts.participant("Parallel Target");
		WebClient attacker = new WebClient(this.mvc);
		attacker.perform(get("/login"));
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(20);
		try {
			java.util.List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
			for (int i = 0; i < 20; i++) {
				int n = i;
				results.add(pool.submit(() -> attacker
					.perform(post("/login").param("username", email).param("password", "parallel guess " + n))
					.getStatus()));
			}
			int checked = 0;
			for (java.util.concurrent.Future<Integer> result : results) {
				if (result.get() != 429) {
					checked++;
				}
			}
			assertThat(checked).as("guesses that reached the password check").isLessThanOrEqualTo(5);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void tooManyResetRequestsGetAFriendlyTranslatedPage() throws Exception {
		RealHttp browser = new RealHttp(this.port);
		String email = "reset-flood-" + System.nanoTime() + "@test.example";
		HttpResponse<String> response = null;
		for (int attempt = 0; attempt < 4; attempt++) {
			response = browser.submit("/password/forgot", "/password/forgot", "email", email);
		}
		assertThat(response.statusCode()).isEqualTo(429);
		assertThat(response.headers().firstValue("Retry-After")).isPresent();
		assertThat(response.body()).contains("Too many attempts")
			.contains("<html lang=\"en\"")
			.containsPattern("Please try again in \\d+ minutes?\\.")
			.as("a new password is offered after a refused login only")
			.doesNotContain("Forgot your password?");
		assertThat(new WebClient(this.mvc).perform(post("/password/forgot").param("email", email)).getStatus())
			.isEqualTo(429);
	}

	@Test
	void securityHeadersArePresentOnEveryPage() throws Exception {
		for (String path : new String[] { "/", "/login", "/register", "/no-such-page" }) {
			MockHttpServletResponse response = new WebClient(this.mvc).perform(get(path));
			assertThat(response.getHeader("Content-Security-Policy")).as(path)
				.contains("default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'")
				.doesNotContain("unsafe-inline");
			assertThat(response.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
			assertThat(response.getHeader("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
			assertThat(response.getHeader("X-Frame-Options")).as(path).isEqualTo("DENY");
		}
	}

	@Test
	void visitorsGetNoSessionAndTheCsrfCookieIsHttpOnly() throws Exception {
		MockHttpServletResponse response = new WebClient(this.mvc).perform(get("/register"));
		assertThat(response.getCookie(WebClient.SESSION_COOKIE)).isNull();
		assertThat(response.getCookie("XSRF-TOKEN")).isNotNull();
		assertThat(response.getCookie("XSRF-TOKEN").isHttpOnly()).isTrue();
	}

	@Test
	void loginIssuesANewSessionId() throws Exception {
		String email = this.accounts.participant("Session Person");
		WebClient client = new WebClient(this.mvc);
		client.perform(post("/password/forgot").param("email", ""));
		client.logIn("wrong-" + email, "wrong password here");
		String before = (client.sessionCookie() != null) ? client.sessionCookie().getValue() : null;
		assertThat(before).as("a failed login keeps the typed email in a session").isNotNull();
		client.logIn(email, TestAccounts.PASSWORD);
		assertThat(client.sessionCookie().getValue()).isNotEqualTo(before);
		assertThat(client.perform(get("/account/profile")).getStatus()).isEqualTo(200);
	}

	@Test
	void aPageThatOnlyReadsWritesTheSessionsLastAccessAtMostOnceAMinute() throws Exception {
		String email = this.accounts.participant("Touch Person");
		WebClient client = new WebClient(this.mvc);
		client.logIn(email, TestAccounts.PASSWORD);
		// Spring Session's cookie carries the id in Base64.
		String id = new String(Base64.getDecoder().decode(client.sessionCookie().getValue()), StandardCharsets.UTF_8);
		long[] atLogin = lastAccessAndExpiry(id);
		assertThat(atLogin[1] - atLogin[0]).as("expiry = last access + the idle timeout").isEqualTo(30 * 60 * 1000L);
		assertThat(client.perform(get("/account/profile")).getStatus()).isEqualTo(200);
		assertThat(lastAccessAndExpiry(id)).as("read again within a minute: the row is not written")
			.containsExactly(atLogin);
		this.jdbc.update("""
				UPDATE spring_session SET last_access_time = last_access_time - 120000,
				                          expiry_time = expiry_time - 120000
				WHERE session_id = ?""", id);
		long before = System.currentTimeMillis();
		assertThat(client.perform(get("/account/profile")).getStatus()).isEqualTo(200);
		long[] touched = lastAccessAndExpiry(id);
		assertThat(touched[0]).as("two minutes after the last write, the last access moves on")
			.isBetween(before, System.currentTimeMillis());
		assertThat(touched[1] - touched[0]).isEqualTo(30 * 60 * 1000L);
	}

	private long[] lastAccessAndExpiry(String sessionId) {
		return this.jdbc.queryForObject("SELECT last_access_time, expiry_time FROM spring_session WHERE session_id = ?",
				(row, n) -> new long[] { row.getLong(1), row.getLong(2) }, sessionId);
	}

	@Test
	void onlyTheHealthEndpointOfActuatorIsExposed() throws Exception {
		MockHttpServletResponse health = new WebClient(this.mvc).perform(get("/actuator/health"));
		assertThat(health.getStatus()).isEqualTo(200);
		assertThat(health.getContentAsString()).contains("\"status\":\"UP\"");
		assertThat(new WebClient(this.mvc).perform(get("/actuator/health/liveness")).getStatus()).isEqualTo(200);
		assertThat(new WebClient(this.mvc).perform(get("/actuator/health/readiness")).getStatus()).isEqualTo(200);
		WebClient admin = new WebClient(this.mvc);
		admin.logIn(this.accounts.admin("Actuator Admin"), TestAccounts.PASSWORD);
		for (String endpoint : new String[] { "/actuator/env", "/actuator/beans", "/actuator/metrics",
				"/actuator/info" }) {
			assertThat(admin.perform(get(endpoint)).getStatus()).as(endpoint).isEqualTo(404);
		}
	}

	@Test
	void errorPagesShowNoTechnicalDetail() throws Exception {
		HttpResponse<String> response = new RealHttp(this.port).get("/no-such-page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found")
			.contains("<html lang=\"en\"")
			.doesNotContain("Exception")
			.doesNotContain("at org.");
		HttpResponse<String> badRequest = new RealHttp(this.port).get("/admin/accounts?page=notanumber");
		assertThat(badRequest.statusCode()).isEqualTo(302);
	}

	@Test
	void adminPagesAreNotFoundForParticipantsAndFacilitators() throws Exception {
		// Like every page a user may not see: not found, rather than "not allowed".
		for (String person : List.of(this.accounts.participant("Curious Participant"),
				this.accounts.create("Curious Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY"))) {
			WebClient client = new WebClient(this.mvc);
			client.logIn(person, TestAccounts.PASSWORD);
			for (String path : List.of("/admin", "/admin/accounts", "/admin/emails", "/admin/audit")) {
				assertThat(client.perform(get(path)).getStatus()).as(path).isEqualTo(404);
				assertThat(client.perform(get(path).accept("application/json")).getStatus()).as(path).isEqualTo(404);
			}
			assertThat(client.perform(post("/admin/emails/1/resend")).getStatus()).isEqualTo(404);
			// A change without its CSRF token is still refused as such.
			assertThat(client.performAsIs(post("/admin/emails/1/resend")).getStatus()).isEqualTo(403);
		}
		// Visitors are asked to log in (the admin console's address is documented).
		assertThat(new WebClient(this.mvc).perform(get("/admin/accounts")).getRedirectedUrl()).endsWith("/login");
	}

	private static String withoutTokens(String html) {
		return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "").replaceAll("value=\"[^\"]*@test.example\"", "");
	}

}
