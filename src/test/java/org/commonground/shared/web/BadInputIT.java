package org.commonground.shared.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.commonground.account.AccountRole;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.DisplayMode;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.support.IntegrationTest;
import org.commonground.support.TestAccounts;
import org.commonground.support.TestChallenges;
import org.commonground.support.TestDialogues;
import org.commonground.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Bad input never reaches the database nor gives 500: a NUL byte or invalid UTF-8 in any
 * parameter answers 400 in list filters, admin filters and form posts alike, and so does
 * a page number out of range.
 */
class BadInputIT extends IntegrationTest {

	private static final String NUL = "\u0000";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Autowired
	TestChallenges challenges;

	@Value("${local.server.port}")
	int port;

	@Test
	void aLanguageChangeAskedToReturnThroughDotSegmentsReturnsHome() throws Exception {
		for (String back : new String[] { "/..//evil.example", "/.//evil.example", "/%2e%2e//evil.example" }) {
			MockHttpServletResponse answer = new WebClient(this.mvc)
				.perform(post("/language").param("lang", "fr").param("return", back));
			assertThat(answer.getRedirectedUrl()).as(back).isEqualTo("/");
		}
		assertThat(new WebClient(this.mvc).perform(post("/language").param("lang", "fr").param("return", "/dialogues"))
			.getRedirectedUrl()).isEqualTo("/dialogues");
	}

	@Test
	void nulBytesAndOutOfRangePageNumbersAnswer400NeverServerErrors() throws Exception {
		String facilitator = this.accounts.create("Bad Input Facilitator", AccountRole.FACILITATOR);
		String member = this.accounts.participant("Bad Input Member");
		String admin = this.accounts.admin("Bad Input Admin");
		String slug = this.dialogues.create(facilitator, "Bad input", Visibility.PUBLIC, JoinPolicy.OPEN, false,
				DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, member, DisplayMode.NAMED);
		long challenge = this.challenges.raise(slug, facilitator, "A challenge");
		String base = "/dialogues/" + slug;
		WebClient visitor = new WebClient(this.mvc);
		WebClient asMember = client(member);
		WebClient asAdmin = client(admin);

		List<Case> cases = List
			.of(new Case(visitor, "theme NUL", () -> get("/dialogues").param("theme", NUL)),
					new Case(visitor, "NUL in a parameter name", () -> get("/dialogues").param("x" + NUL, "1")),
					new Case(visitor, "huge page", () -> get("/dialogues").param("page", "2147483647")),
					new Case(visitor, "negative page", () -> get("/dialogues").param("page", "-1")),
					new Case(visitor, "non-numeric page", () -> get("/dialogues").param("page", "two")),
					new Case(visitor, "challenge filter NUL", () -> get(base + "/challenges").param("theme", NUL)),
					new Case(visitor, "challenge sort NUL", () -> get(base + "/challenges").param("sort", NUL)),
					new Case(visitor, "challenge cursor NUL", () -> get(base + "/challenges").param("after", NUL)),
					new Case(visitor, "comment cursor non-numeric", () -> get(base + "/challenges/" + challenge).param(
							"before", "x")),
					new Case(
							visitor, "comment cursor too long", () -> get(
									base + "/challenges/" + challenge)
								.param("before", "99999999999999999999")),
					new Case(visitor, "login NUL",
							() -> post("/login").param("username", "a" + NUL + "@test.example").param("password", "x")),
					new Case(visitor, "registration NUL",
							() -> post("/register").param("email", "nul-" + System.nanoTime() + "@test.example")
								.param("displayName", "Nul" + NUL + "Person")
								.param("password", "a long enough password 42")
								.param("stakeholderGroup", "OTHER")),
					new Case(asAdmin, "admin accounts NUL", () -> get("/admin/accounts").param("q", NUL)),
					new Case(asAdmin, "admin accounts huge page",
							() -> get("/admin/accounts").param("page", "2147483647")),
					new Case(asAdmin, "admin accounts negative page", () -> get("/admin/accounts").param("page", "-3")),
					new Case(asAdmin, "admin dialogues huge page",
							() -> get("/admin/dialogues").param("page", "2147483647")),
					new Case(asAdmin, "admin emails NUL", () -> get("/admin/emails").param("q", NUL)),
					new Case(asAdmin, "admin emails huge page", () -> get("/admin/emails").param("page", "2147483647")),
					new Case(asAdmin, "admin audit actor NUL", () -> get("/admin/audit").param("actor", NUL)),
					new Case(asAdmin, "admin audit dialogue NUL", () -> get("/admin/audit").param("dialogue", NUL)),
					new Case(asAdmin, "admin audit cursor", () -> get("/admin/audit").param("before", "-x")),
					new Case(asAdmin, "admin queue NUL", () -> get("/admin/moderation").param("dialogue", NUL)),
					new Case(asAdmin, "admin queue cursor NUL", () -> get("/admin/moderation").param("after", NUL)),
					new Case(asMember, "challenge NUL",
							() -> post(base + "/challenges").param("title", "Title" + NUL)
								.param("body", "Body")
								.param("formToken", "nul1")),
					new Case(asMember, "comment NUL",
							() -> post(base + "/challenges/" + challenge + "/comments").param("body", "Hello" + NUL)),
					new Case(asMember, "profile NUL",
							() -> post("/account/profile").param("displayName", "Me" + NUL)
								.param("stakeholderGroup", "OTHER")
								.param("organisation", "Org")
								.param("country", "TZ")
								.param("region", "Geita")
								.param("locale", "en")));

		List<String> wrong = new ArrayList<>();
		for (Case c : cases) {
			int status;
			try {
				status = c.client().perform(c.request().get()).getStatus();
			}
			catch (Exception ex) {
				status = 500;
			}
			if (status != 400 && status != 404) {
				wrong.add(c.name() + ": " + status);
			}
		}
		assertThat(wrong).as("requests that did not answer 400 or 404").isEmpty();
	}

	@Test
	void theServerAnswersInvalidUtf8AndNulWithItsOwnErrorPage() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		for (String query : List.of("theme=%00", "theme=%C3%28", "page=2147483647")) {
			HttpResponse<String> response = client
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/dialogues?" + query))
					.header("Accept", "text/html")
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(query).isEqualTo(400);
			assertThat(response.body()).as(query).contains("<html lang=\"en\"").doesNotContain("Exception");
		}
	}

	private WebClient client(String email) throws Exception {
		WebClient client = new WebClient(this.mvc);
		client.logIn(email, TestAccounts.PASSWORD);
		return client;
	}

	private record Case(WebClient client, String name, Supplier<MockHttpServletRequestBuilder> request) {
	}

}
