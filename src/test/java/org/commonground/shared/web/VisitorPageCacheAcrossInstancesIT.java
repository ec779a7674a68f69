package org.commonground.shared.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.commonground.account.AccountRole;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.DisplayMode;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.support.TestChallenges;
import org.commonground.support.TestDialogues;
import org.commonground.support.TwoInstances;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one database: a page one instance keeps for visitors gives way to a
 * write made through the other instance on the very next request, because both read
 * {@code page_version} from the database.
 */
class VisitorPageCacheAcrossInstancesIT {

	private final TwoInstances cluster = TwoInstances.get();

	/** Visitors: no cookies kept, so every request is a new visitor's. */
	private final HttpClient visitors = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void aCommentPostedThroughOneInstanceReachesTheVisitorsOfTheOther() throws Exception {
		String facilitator = this.cluster.accounts()
			.create("Across Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String member = this.cluster.accounts().create("Across Member", AccountRole.PARTICIPANT, "BUYER");
		TestDialogues dialogues = this.cluster.dialogues(0);
		String slug = dialogues.create(facilitator, "Kept on two instances", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		dialogues.addMember(slug, facilitator, member, DisplayMode.NAMED);
		long challenge = this.cluster.challenges(0).raise(slug, member, "Roads to the pits", "ENVIRONMENT");
		String path = "/dialogues/" + slug + "/challenges/" + challenge;
		VisitorPageCache second = this.cluster.instance(1).getBean(VisitorPageCache.class);
		// The listeners of the new challenge (its author follows it, the facilitators
		// hear
		// of it) write after the raise's commit, and a write empties the kept pages: wait
		// for them, or the second visitor below may meet a page rendered anew.
		org.springframework.jdbc.core.JdbcTemplate jdbc = this.cluster.instance(0)
			.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(30))
			.until(() -> jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
					Integer.class) == 0);

		assertThat(page(1, path)).contains("Roads to the pits");
		long served = second.served();
		assertThat(page(1, path)).contains("Roads to the pits");
		assertThat(second.served()).as("the second visitor of instance b gets the kept page").isEqualTo(served + 1);

		TestChallenges throughFirst = this.cluster.challenges(0);
		throughFirst.comment(slug, member, challenge, null, "Posted through instance a");
		assertThat(page(1, path)).contains("Posted through instance a");
		assertThat(page(0, path)).contains("Posted through instance a");

		this.cluster.challenges(1).comment(slug, member, challenge, null, "Posted through instance b");
		assertThat(page(0, path)).contains("Posted through instance b");
	}

	private String page(int instance, String path) throws IOException, InterruptedException {
		HttpResponse<String> response = this.visitors
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.cluster.port(instance) + path))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

}
