package org.commonground.shared.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonground.support.TestAccounts;
import org.commonground.support.TwoInstances;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application on one database share the rate limits' buckets and the
 * sessions: an attacker who spreads attempts over both gets the limit once, and a person
 * signed in through one instance is signed in on the other (no sticky sessions needed).
 */
class RateLimitAcrossInstancesIT {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final TwoInstances cluster = TwoInstances.get();

	/** One browser: one cookie jar for both instances, as behind one load balancer. */
	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	void attemptsTakenOnEitherInstanceComeOutOfOneBudget() {
		RateLimiter first = this.cluster.instance(0).getBean(RateLimiter.class);
		RateLimiter second = this.cluster.instance(1).getBean(RateLimiter.class);
		AppSecurityProperties.Limit threePerHour = new AppSecurityProperties.Limit(3, Duration.ofHours(1));
		String subject = "subject-" + System.nanoTime();

		assertThat(first.tryConsume("cluster-test", threePerHour, subject)).isZero();
		assertThat(second.tryConsume("cluster-test", threePerHour, subject)).isZero();
		assertThat(first.tryConsume("cluster-test", threePerHour, subject)).isZero();

		assertThat(second.isExhausted("cluster-test", threePerHour, subject)).isTrue();
		assertThat(second.tryConsume("cluster-test", threePerHour, subject)).isPositive();
		assertThat(first.tryConsume("cluster-test", threePerHour, subject)).isPositive();

		second.refund("cluster-test", threePerHour, subject);
		assertThat(first.tryConsume("cluster-test", threePerHour, subject)).isZero();
	}

	@Test
	void theLoginLimitPerAccountHoldsAcrossInstances() throws Exception {
		String email = this.cluster.participant("Targeted Person");
		int limit = this.cluster.instance(0)
			.getBean(AppSecurityProperties.class)
			.rateLimits()
			.loginPerAccount()
			.capacity();
		for (int attempt = 0; attempt < limit; attempt++) {
			HttpResponse<String> refused = login(attempt % 2, email, "not the password " + attempt);
			assertThat(refused.statusCode()).as("attempt %d", attempt).isEqualTo(302);
			assertThat(refused.headers().firstValue("Location"))
				.hasValueSatisfying((to) -> assertThat(to).contains("error"));
		}

		assertThat(login(0, email, TestAccounts.PASSWORD).statusCode()).isEqualTo(429);
		assertThat(login(1, email, TestAccounts.PASSWORD).statusCode()).isEqualTo(429);
	}

	@Test
	void aPersonSignedInThroughOneInstanceIsSignedInOnTheOther() throws Exception {
		String email = this.cluster.participant("Roaming Person");
		HttpResponse<String> signedIn = login(0, email, TestAccounts.PASSWORD);
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).doesNotContain("error"));

		HttpResponse<String> profile = get(1, "/account/profile");

		assertThat(profile.statusCode()).isEqualTo(200);
		assertThat(profile.body()).contains("Roaming Person");
	}

	private HttpResponse<String> login(int instance, String email, String password)
			throws IOException, InterruptedException {
		Matcher csrf = CSRF.matcher(get(instance, "/login").body());
		assertThat(csrf.find()).isTrue();
		String form = "_csrf=" + encode(csrf.group(1)) + "&username=" + encode(email) + "&password=" + encode(password);
		return this.browser.send(HttpRequest.newBuilder(url(instance, "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(int instance, String path) throws IOException, InterruptedException {
		return this.browser.send(HttpRequest.newBuilder(url(instance, path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI url(int instance, String path) {
		return URI.create("http://localhost:" + this.cluster.port(instance) + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
