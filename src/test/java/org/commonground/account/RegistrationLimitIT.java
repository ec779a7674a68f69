package org.commonground.account;

import org.commonground.shared.security.AppSecurityProperties;
import org.commonground.shared.security.RateLimiter;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The registration limits of walk W3: a workshop's shared hotspot registers a room, forms
 * shown again for a mistake cost nothing, and the limit, when reached, is said on the
 * form with what was typed kept.
 */
class RegistrationLimitIT extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Mailbox mailbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RateLimiter limiter;

	@Autowired
	AppSecurityProperties security;

	private static MockHttpServletRequestBuilder registration(String email, String name) {
		return registration(email, name, "a workshop participant's passphrase");
	}

	private static MockHttpServletRequestBuilder registration(String email, String name, String password) {
		return post("/register").param("email", email)
			.param("displayName", name)
			.param("password", password)
			.param("stakeholderGroup", "ARTISANAL_MINER")
			.param("organisation", "Geita cooperative")
			.param("country", "TZ")
			.param("locale", "fr");
	}

	@Test
	void aRoomOfThirtyRegistersOnOneHotspotAfterManyCorrectedForms() throws Exception {
		String hotspot = TestAccounts.newAddress();
		for (int typo = 0; typo < 15; typo++) {
			MockHttpServletResponse refused = new WebClient(this.mvc, hotspot)
				.perform(registration("typo" + typo + "@exemplo", "Typo " + typo));
			assertThat(refused.getStatus()).isEqualTo(200);
			MockHttpServletResponse shortPassword = new WebClient(this.mvc, hotspot)
				.perform(registration("short" + typo + System.nanoTime() + "@test.example", "Short", "short"));
			assertThat(shortPassword.getStatus()).isEqualTo(200);
			MockHttpServletResponse commonPassword = new WebClient(this.mvc, hotspot).perform(
					registration("common" + typo + System.nanoTime() + "@test.example", "Common", "password123456"));
			assertThat(commonPassword.getStatus()).isEqualTo(200);
		}
		long room = System.nanoTime();
		for (int person = 0; person < 30; person++) {
			MockHttpServletResponse accepted = new WebClient(this.mvc, hotspot)
				.perform(registration("room" + room + "-" + person + "@test.example", "Participant " + person));
			assertThat(accepted.getRedirectedUrl()).as("participant %d", person).isEqualTo("/register/sent");
		}
		assertThat(this.jdbc.queryForObject("select count(*) from account where email like ?", Integer.class,
				"room" + room + "-%"))
			.isEqualTo(30);
	}

	@Test
	void theLimitOfOneConnectionIsSaidOnTheFormWithWhatWasTypedKept() throws Exception {
		String address = TestAccounts.newAddress();
		AppSecurityProperties.Limit limit = this.security.rateLimits().registrationPerAddress();
		for (int used = 0; used < limit.capacity(); used++) {
			this.limiter.tryConsume("register-address", limit, address);
		}
		String email = "blocked" + System.nanoTime() + "@test.example";
		MockHttpServletResponse response = new WebClient(this.mvc, address)
			.perform(registration(email, "Mariam Blocked"));
		assertThat(response.getStatus()).isEqualTo(429);
		assertThat(response.getHeader("Retry-After")).isNotBlank();
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select(".error-summary").text())
			.contains("Many accounts have been created from this connection")
			.contains("minute");
		assertThat(page.select("input#email").val()).isEqualTo(email);
		assertThat(page.select("input#displayName").val()).isEqualTo("Mariam Blocked");
		assertThat(page.select("input#organisation").val()).isEqualTo("Geita cooperative");
		assertThat(page.select("input#password").val()).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from account where email = ?", Integer.class, email))
			.isZero();
		assertThat(this.mailbox.subjects(email)).isEmpty();
	}

	@Test
	void oneEmailAddressGetsAtMostThreeRegistrationEmailsAnHourAnsweredAlike() throws Exception {
		String email = "flooded" + System.nanoTime() + "@test.example";
		for (int attempt = 0; attempt < 5; attempt++) {
			MockHttpServletResponse response = new WebClient(this.mvc).perform(registration(email, "Flood " + attempt));
			assertThat(response.getRedirectedUrl()).isEqualTo("/register/sent");
		}
		assertThat(this.mailbox.subjects(email)).hasSize(3);
		assertThat(this.jdbc.queryForObject("select display_name from account where email = ?", String.class, email))
			.isEqualTo("Flood 2");
	}

}
