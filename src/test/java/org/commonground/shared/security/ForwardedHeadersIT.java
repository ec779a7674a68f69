package org.commonground.shared.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.commonground.support.IntegrationTest;
import org.commonground.support.RealHttp;
import org.commonground.support.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no trusted proxy configured (the default), X-Forwarded-For and X-Forwarded-Proto
 * are ignored, even from the loopback address: rotating them neither escapes the login
 * limit nor makes a plain request look secure.
 */
class ForwardedHeadersIT extends IntegrationTest {

	@Autowired
	TestAccounts accounts;

	@Value("${local.server.port}")
	int port;

	@Test
	void rotatingXForwardedForDoesNotEscapeTheLoginLimit() throws Exception {
		String email = this.accounts.participant("Forwarded Target");
		RealHttp attacker = new RealHttp(this.port);
		int status = 0;
		for (int attempt = 1; attempt <= 6; attempt++) {
			status = attacker
				.submit("/login", "/login", Map.of("X-Forwarded-For", "203.0.113." + attempt), "username", email,
						"password", "guess number " + attempt)
				.statusCode();
		}
		assertThat(status).as("the sixth guess for one account from one real address").isEqualTo(429);
	}

	@Test
	void xForwardedProtoFromAnUntrustedAddressDoesNotMakeTheRequestSecure() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/"))
				.header("X-Forwarded-Proto", "https")
				.header("X-Forwarded-For", "203.0.113.9")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

}
