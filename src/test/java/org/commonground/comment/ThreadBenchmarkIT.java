package org.commonground.comment;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.commonground.account.AccountRole;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.DisplayMode;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.support.IntegrationTest;
import org.commonground.support.TestAccounts;
import org.commonground.support.TestChallenges;
import org.commonground.support.TestDialogues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * P2, a benchmark, not part of the normal run: latency of the first page of a
 * 100,000-comment thread against a 50-comment thread, and of keyset page 1,000 against
 * page 1, over real HTTP to the running application. Prints the figures for
 * docs/benchmarks.md; asserts only that every answer is a 200 with the expected comments.
 * Run: {@code ./mvnw verify -Dtest=NoSuch -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=ThreadBenchmarkIT -Dbenchmarks=true}
 */
@EnabledIfSystemProperty(named = "benchmarks", matches = "true")
class ThreadBenchmarkIT extends IntegrationTest {

	private static final int ROUNDS = 300;

	@Value("${local.server.port}")
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Autowired
	TestChallenges challenges;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aHundredThousandCommentThreadOpensAsFastAsAFiftyCommentOne() throws Exception {
		String facilitator = this.accounts.create("Bench Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String member = this.accounts.create("Bench Member", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		String slug = this.dialogues.create(facilitator, "Benchmark", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, member, DisplayMode.PSEUDONYMOUS);
		long small = this.challenges.raise(slug, member, "Fifty comments");
		long large = this.challenges.raise(slug, member, "A hundred thousand comments");
		this.challenges.bulkComments(slug, member, small, 50, 20);
		this.challenges.bulkComments(slug, member, large, 100_000, 20);
		this.jdbc.execute("analyze comment");
		long newest = this.jdbc.queryForObject("select max(id) from comment where target_id = ? and parent_id is null",
				Long.class, large);
		String base = "http://localhost:" + this.port + "/dialogues/" + slug + "/challenges/";
		String smallPage = base + small;
		String largePage = base + large;
		long before = newest - 999L * 20;
		String deepPage = base + large + "?before=" + before;
		// Page 1,000 gets replies like page 1, so that the two pages have the same shape.
		this.jdbc.update("""
				insert into comment (dialogue_id, target_type, target_id, parent_id, depth, author_id, author_group_id,
				                     body_source, body_html, created_at)
				select p.dialogue_id, p.target_type, p.target_id, p.id, 1, p.author_id, p.author_group_id,
				       'Bulk reply', '<p>Bulk reply</p>', now()
				from comment p cross join generate_series(1, 5)
				where p.target_id = ? and p.parent_id is null and p.id < ? and p.id >= ? - 20""", large, before,
				before);
		this.jdbc.update("""
				update comment p set reply_count = 5
				where p.target_id = ? and p.parent_id is null and p.id < ? and p.id >= ? - 20""", large, before,
				before);

		HttpClient http = HttpClient.newHttpClient();
		for (int i = 0; i < 100; i++) {
			fetch(http, smallPage);
			fetch(http, largePage);
			fetch(http, deepPage);
		}
		List<Long> smallTimes = new ArrayList<>();
		List<Long> largeTimes = new ArrayList<>();
		List<Long> deepTimes = new ArrayList<>();
		for (int i = 0; i < ROUNDS; i++) {
			smallTimes.add(fetch(http, smallPage));
			largeTimes.add(fetch(http, largePage));
			deepTimes.add(fetch(http, deepPage));
		}
		System.out.printf("P2 first page, 50 comments: median %.2f ms, p95 %.2f ms%n", median(smallTimes) / 1e6,
				p95(smallTimes) / 1e6);
		System.out.printf("P2 first page, 100,000 comments: median %.2f ms, p95 %.2f ms, ratio %.2f%n",
				median(largeTimes) / 1e6, p95(largeTimes) / 1e6, (double) median(largeTimes) / median(smallTimes));
		System.out.printf("P2 keyset page 1,000 of 100,000: median %.2f ms, p95 %.2f ms, ratio to page 1 %.2f%n",
				median(deepTimes) / 1e6, p95(deepTimes) / 1e6, (double) median(deepTimes) / median(largeTimes));
		String deep = http
			.send(HttpRequest.newBuilder(URI.create(deepPage)).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(deep).contains("Bulk comment " + (100_000 - 999 * 20 - 1)).contains("2 more replies");
	}

	private static long fetch(HttpClient http, String url) throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
				HttpResponse.BodyHandlers.ofString());
		long took = System.nanoTime() - start;
		assertThat(response.statusCode()).isEqualTo(200);
		return took;
	}

	private static long median(List<Long> times) {
		List<Long> sorted = new ArrayList<>(times);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

	private static long p95(List<Long> times) {
		List<Long> sorted = new ArrayList<>(times);
		Collections.sort(sorted);
		return sorted.get((int) (sorted.size() * 0.95));
	}

}
