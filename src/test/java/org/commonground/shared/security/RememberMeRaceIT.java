package org.commonground.shared.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

import org.commonground.support.IntegrationTest;
import org.commonground.support.Parallel;
import org.commonground.support.RealHttp;
import org.commonground.support.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser that reopens several tabs at once sends one remember-me cookie in parallel
 * requests: every one is recognised, none is taken for cookie theft, and the person stays
 * remembered.
 */
class RememberMeRaceIT extends IntegrationTest {

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${local.server.port}")
	int port;

	@Test
	void fiveParallelTabsWithOneRememberMeCookieAreAllRecognisedAndThePersonStaysRemembered() throws Exception {
		String email = this.accounts.participant("Many Tabs Person");
		HttpResponse<String> login = new RealHttp(this.port).submit("/login", "/login", "username", email, "password",
				TestAccounts.PASSWORD, "remember-me", "true");
		assertThat(login.statusCode()).isEqualTo(302);
		String setCookie = rememberMeHeader(login).orElseThrow();
		String cookie = cookieValue(setCookie);

		HttpClient client = HttpClient.newHttpClient();
		List<HttpResponse<String>> tabs = Parallel.run(5,
				() -> client.send(profile(cookie), HttpResponse.BodyHandlers.ofString()));

		assertThat(tabs).extracting(HttpResponse::statusCode).containsOnly(200);
		assertThat(tabs).allSatisfy((tab) -> assertThat(tab.body()).contains("Many Tabs Person"));
		String newest = cookie;
		for (HttpResponse<String> tab : tabs) {
			Optional<String> renewed = rememberMeHeader(tab);
			if (renewed.isPresent()) {
				assertThat(renewed.get()).doesNotContain("Max-Age=0").contains("SameSite=Lax");
				newest = cookieValue(renewed.get());
			}
		}
		assertThat(this.jdbc.queryForObject("select count(*) from persistent_logins where username = ?", Integer.class,
				email))
			.as("the remembered login survives")
			.isEqualTo(1);
		HttpResponse<String> later = client.send(profile(newest), HttpResponse.BodyHandlers.ofString());
		assertThat(later.statusCode()).isEqualTo(200);
		assertThat(later.body()).contains("Many Tabs Person");
		assertThat(setCookie).contains("SameSite=Lax").contains("HttpOnly");
	}

	@Test
	void aForgedValueOfARememberedSeriesEndsTheRememberedLoginsWithoutAnError() throws Exception {
		String email = this.accounts.participant("Stolen Cookie Person");
		HttpResponse<String> login = new RealHttp(this.port).submit("/login", "/login", "username", email, "password",
				TestAccounts.PASSWORD, "remember-me", "true");
		String cookie = cookieValue(rememberMeHeader(login).orElseThrow());
		String series = new String(java.util.Base64.getDecoder().decode(cookie)).split(":")[0];
		String forged = java.util.Base64.getEncoder()
			.withoutPadding()
			.encodeToString((series + ":forgedvalue").getBytes(java.nio.charset.StandardCharsets.UTF_8));

		HttpResponse<String> thief = HttpClient.newHttpClient()
			.send(profile(forged), HttpResponse.BodyHandlers.ofString());
		assertThat(thief.statusCode()).as("a visitor's answer, not an error").isEqualTo(302);
		assertThat(thief.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		assertThat(this.jdbc.queryForObject("select count(*) from persistent_logins where username = ?", Integer.class,
				email))
			.isZero();
	}

	private HttpRequest profile(String rememberMe) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/account/profile"))
			.header("Cookie", "remember-me=" + rememberMe)
			.header("Accept", "text/html")
			.build();
	}

	private static Optional<String> rememberMeHeader(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith("remember-me="))
			.findFirst();
	}

	private static String cookieValue(String setCookie) {
		return setCookie.substring("remember-me=".length(), setCookie.indexOf(';'));
	}

}
