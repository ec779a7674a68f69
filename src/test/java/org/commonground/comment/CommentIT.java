package org.commonground.comment;

import java.util.List;

import org.commonground.account.AccountRole;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.DisplayMode;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.support.IntegrationTest;
import org.commonground.support.Parallel;
import org.commonground.support.TestAccounts;
import org.commonground.support.TestChallenges;
import org.commonground.support.TestDialogues;
import org.commonground.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The comment module through challenge threads: nesting, Markdown, history, deletion,
 * form tokens, htmx, parallel posting and long threads.
 */
class CommentIT extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Autowired
	TestChallenges challenges;

	@Autowired
	JdbcTemplate jdbc;

	String facilitator;

	String miner;

	String ngo;

	String buyer;

	String slug;

	long challenge;

	String path;

	@BeforeEach
	void challengeInADialogue() {
		this.facilitator = this.accounts.create("Fatma Facilitator", AccountRole.FACILITATOR, "RESEARCH");
		this.miner = this.accounts.create("Juma Miner", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		this.ngo = this.accounts.create("Nadia Ngo", AccountRole.PARTICIPANT, "CIVIL_SOCIETY");
		this.buyer = this.accounts.create("Ben Buyer", AccountRole.PARTICIPANT, "BUYER");
		this.slug = this.dialogues.create(this.facilitator, "Comments", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		this.dialogues.addMember(this.slug, this.facilitator, this.miner, DisplayMode.PSEUDONYMOUS);
		this.dialogues.addMember(this.slug, this.facilitator, this.ngo, DisplayMode.NAMED);
		this.dialogues.addMember(this.slug, this.facilitator, this.buyer, DisplayMode.NAMED);
		this.challenge = this.challenges.raise(this.slug, this.miner, "Prices are unfair");
		this.path = "/dialogues/" + this.slug + "/challenges/" + this.challenge;
	}

	@Test
	void repliesNestTwoLevelsEachSpeakingAsTheirGroup() throws Exception {
		WebClient ngo = client(this.ngo);
		String top = ngo.perform(post(this.path + "/comments").param("body", "We saw **the same** in Rwamagasa."))
			.getRedirectedUrl();
		assertThat(top).matches(this.path + "#comment-\\d+");
		long topId = Long.parseLong(top.substring(top.indexOf("#comment-") + 9));
		String reply = client(this.buyer)
			.perform(post(this.path + "/comments").param("body", "We pay the LBMA fix.").param("parentId", "" + topId))
			.getRedirectedUrl();
		long replyId = Long.parseLong(reply.substring(reply.indexOf("#comment-") + 9));
		assertThat(reply).startsWith("/dialogues/" + this.slug + "/comments/" + topId + "?after=");
		long deepest = this.challenges.comment(this.slug, this.miner, this.challenge, replyId, "Not at the pit.");
		MockHttpServletResponse tooDeep = client(this.ngo)
			.perform(post(this.path + "/comments").param("body", "Fourth level").param("parentId", "" + deepest));
		assertThat(tooDeep.getStatus()).isEqualTo(200);
		Document compose = Jsoup.parse(tooDeep.getContentAsString());
		assertThat(compose.select(".field-error").text()).contains("Replies go two levels deep");
		assertThat(compose.select("textarea[name=body]").text()).isEqualTo("Fourth level");

		Document page = Jsoup.parse(new WebClient(this.mvc).perform(get(this.path)).getContentAsString());
		assertThat(page.select("#comment-" + topId + " > article .prose strong").text()).isEqualTo("the same");
		assertThat(page.select("#replies-" + topId + " > #comment-" + replyId)).hasSize(1);
		assertThat(page.select("#replies-" + replyId + " > #comment-" + deepest)).hasSize(1);
		assertThat(page.select("#comment-" + topId + " > article .speaking-as").text())
			.isEqualTo("speaking as Civil society or NGO");
		assertThat(page.select("#comment-" + deepest + " .author").text()).isEqualTo("Artisanal miner · Geita");
		assertThat(page.text()).doesNotContain("Juma Miner");
		Document asMember = Jsoup.parse(client(this.buyer).perform(get(this.path)).getContentAsString());
		assertThat(asMember.select("#comment-" + deepest + " .reply-box")).isEmpty();
		assertThat(asMember.select("#comment-" + replyId + " > article .reply-box a.reply-link").attr("href"))
			.isEqualTo("/dialogues/" + this.slug + "/comments/" + replyId + "/reply");
		assertThat(asMember.select("form.comment-form")).as("one form on the page: the new comment's").hasSize(1);
		assertThat(this.jdbc.queryForObject("select comment_count from challenge where id = ?", Integer.class,
				this.challenge))
			.isEqualTo(3);
	}

	@Test
	void replyingOpensTheFormOnAPageOfItsOwnOrInPlaceWithHtmx() throws Exception {
		long top = this.challenges.comment(this.slug, this.ngo, this.challenge, null, "Scales are **rigged**");
		long reply = this.challenges.comment(this.slug, this.buyer, this.challenge, top, "Not ours");
		long deepest = this.challenges.comment(this.slug, this.miner, this.challenge, reply, "Yours too");
		String replyPath = "/dialogues/" + this.slug + "/comments/" + top + "/reply";
		WebClient buyer = client(this.buyer);

		// Without JavaScript: a page with the comment and the form.
		MockHttpServletResponse page = buyer.perform(get(replyPath));
		assertThat(page.getStatus()).isEqualTo(200);
		Document compose = Jsoup.parse(page.getContentAsString());
		assertThat(compose.select("#comment-" + top + " .prose strong").text()).isEqualTo("rigged");
		assertThat(compose.select("#comment-" + top + " .reply-box")).as("no link to the page itself").isEmpty();
		assertThat(compose.select("form#reply-form-" + top + " input[name=parentId]").val()).isEqualTo("" + top);
		assertThat(compose.select("#reply-body-" + top).hasAttr("autofocus"))
			.as("the page is read from its heading, not from the field")
			.isFalse();
		assertThat(compose.select(".alert.error")).as("no error before anything was posted").isEmpty();
		String posted = buyer
			.perform(post("/dialogues/" + this.slug + "/comments").param("body", "Come and weigh at ours")
				.param("parentId", compose.select("form#reply-form-" + top + " input[name=parentId]").val()))
			.getRedirectedUrl();
		assertThat(posted).startsWith("/dialogues/" + this.slug + "/comments/" + top + "?after=");

		// With htmx: the form alone, to replace the link; a vision page's version rides
		// along.
		Document fragment = Jsoup
			.parse(buyer.perform(get(replyPath).param("pageVersion", "3").header("HX-Request", "true"))
				.getContentAsString());
		assertThat(fragment.select("header.site-header")).as("a fragment, not a page").isEmpty();
		assertThat(fragment.select("form#reply-form-" + top).attr("data-hx-post"))
			.isEqualTo("/dialogues/" + this.slug + "/comments");
		assertThat(fragment.select("form#reply-form-" + top + " input[name=pageVersion]").val()).isEqualTo("3");
		assertThat(fragment.select("form#reply-form-" + top + " input[name=_csrf]").val()).isNotEmpty();
		assertThat(fragment.select("#reply-body-" + top).hasAttr("autofocus"))
			.as("the link the focus was on is gone: the field takes it")
			.isTrue();

		// Who may not reply gets no form: a visitor is sent to sign in; two levels deep,
		// another dialogue's comment or someone who is not a member: not found. With htmx
		// the browser is sent on (HX-Redirect), not given a page to put in place.
		assertThat(new WebClient(this.mvc).perform(get(replyPath)).getRedirectedUrl()).endsWith("/login");
		MockHttpServletResponse visitorInPlace = new WebClient(this.mvc)
			.perform(get(replyPath).header("HX-Request", "true"));
		assertThat(visitorInPlace.getStatus()).isEqualTo(204);
		assertThat(visitorInPlace.getHeader("HX-Redirect")).isEqualTo("/login");
		String deepestReply = "/dialogues/" + this.slug + "/comments/" + deepest + "/reply";
		assertThat(buyer.perform(get(deepestReply)).getStatus()).isEqualTo(404);
		assertThat(buyer.perform(get(deepestReply).header("HX-Request", "true")).getHeader("HX-Redirect"))
			.isEqualTo("/dialogues/" + this.slug + "/comments/" + deepest);
		String other = this.dialogues.create(this.facilitator, "Elsewhere", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		assertThat(buyer.perform(get("/dialogues/" + other + "/comments/" + top + "/reply")).getStatus())
			.isEqualTo(404);
		String outsider = this.accounts.create("Olga Outsider", AccountRole.PARTICIPANT, "GOVERNMENT");
		assertThat(client(outsider).perform(get(replyPath)).getStatus()).isEqualTo(404);
	}

	@Test
	void editsKeepAHistoryAndDeletionLeavesAPlaceholderAndTheReplies() throws Exception {
		long mine = this.challenges.comment(this.slug, this.ngo, this.challenge, null, "First words");
		long reply = this.challenges.comment(this.slug, this.buyer, this.challenge, mine, "A reply that stays");
		String commentPath = "/dialogues/" + this.slug + "/comments/" + mine;
		assertThat(client(this.buyer).perform(get(commentPath + "/edit")).getStatus()).isEqualTo(404);
		assertThat(client(this.buyer).perform(post(commentPath + "/delete")).getStatus()).isEqualTo(404);

		WebClient ngo = client(this.ngo);
		assertThat(ngo.perform(post(commentPath + "/edit").param("body", "Better words").param("version", "0"))
			.getRedirectedUrl()).isEqualTo(this.path + "#comment-" + mine);
		MockHttpServletResponse stale = ngo
			.perform(post(commentPath + "/edit").param("body", "My stale words").param("version", "0"));
		assertThat(stale.getStatus()).isEqualTo(409);
		assertThat(Jsoup.parse(stale.getContentAsString()).select("textarea#body").text()).isEqualTo("My stale words");

		Document page = Jsoup.parse(new WebClient(this.mvc).perform(get(this.path)).getContentAsString());
		assertThat(page.select("#comment-" + mine + " > article .prose").text()).isEqualTo("Better words");
		String historyLink = page.select("#comment-" + mine + " > article a.edited").attr("href");
		assertThat(historyLink).isEqualTo(commentPath + "/history");
		Document history = Jsoup.parse(new WebClient(this.mvc).perform(get(historyLink)).getContentAsString());
		assertThat(history.select(".history .prose").eachText()).containsExactly("Better words", "First words");

		assertThat(ngo.perform(post(commentPath + "/delete")).getRedirectedUrl())
			.isEqualTo(this.path + "#comment-" + mine);
		Document after = Jsoup.parse(new WebClient(this.mvc).perform(get(this.path)).getContentAsString());
		assertThat(after.select("#comment-" + mine + " > article .placeholder").text())
			.contains("deleted by its author");
		assertThat(after.select("#comment-" + mine + " > article .prose")).isEmpty();
		assertThat(after.select("#replies-" + mine + " #comment-" + reply + " .prose").text())
			.isEqualTo("A reply that stays");
		assertThat(after.text()).doesNotContain("Better words").doesNotContain("First words");
		assertThat(new WebClient(this.mvc).perform(get(historyLink)).getStatus()).isEqualTo(404);
		assertThat(this.jdbc.queryForObject("select count(*) from comment_revision where comment_id = ?", Integer.class,
				mine))
			.isZero();
		assertThat(this.jdbc.queryForObject("select body_source from comment where id = ?", String.class, mine))
			.isNull();
	}

	@Test
	void aDoubleClickOrReloadPostsOnce() throws Exception {
		WebClient ngo = client(this.ngo);
		List<String> locations = Parallel.run(2,
				() -> ngo
					.perform(post(this.path + "/comments").param("body", "Clicked twice")
						.param("formToken", "AbC123tokenForThisForm"))
					.getRedirectedUrl());
		String reload = ngo
			.perform(post(this.path + "/comments").param("body", "Clicked twice")
				.param("formToken", "AbC123tokenForThisForm"))
			.getRedirectedUrl();
		assertThat(locations).containsOnly(reload);
		assertThat(comments("Clicked twice")).isEqualTo(1);
		ngo.perform(post(this.path + "/comments").param("body", "Clicked twice").param("formToken", "AnotherForm"));
		assertThat(comments("Clicked twice")).as("a new form is a new comment").isEqualTo(2);
	}

	@Test
	void withHtmxTheCommentAppearsInPlaceAndTheFormComesBackFresh() throws Exception {
		WebClient ngo = client(this.ngo);
		MockHttpServletResponse inPlace = ngo.perform(post(this.path + "/comments").header("HX-Request", "true")
			.param("body", "Posted *in place*")
			.param("formToken", "htmxForm1"));
		assertThat(inPlace.getStatus()).isEqualTo(200);
		Document fragment = Jsoup.parse(inPlace.getContentAsString());
		assertThat(fragment.select("header.site-header")).as("a fragment, not a page").isEmpty();
		assertThat(fragment.select("form#comment-form textarea").text()).isEmpty();
		assertThat(fragment.select("form#comment-form input[name=formToken]").val()).isNotEqualTo("htmxForm1");
		assertThat(fragment.select("form#comment-form [role=status]").text()).contains("posted");
		assertThat(fragment.select("[data-hx-swap-oob='afterbegin:#comments'] li.comment .prose em").text())
			.isEqualTo("in place");
		long id = this.jdbc.queryForObject("select id from comment where form_token = 'htmxForm1'", Long.class);

		MockHttpServletResponse reply = ngo.perform(post(this.path + "/comments").header("HX-Request", "true")
			.param("body", "A reply in place")
			.param("parentId", "" + id));
		assertThat(
				Jsoup.parse(reply.getContentAsString()).select("[data-hx-swap-oob='beforeend:#replies-" + id + "'] li"))
			.hasSize(1);
		MockHttpServletResponse blank = ngo
			.perform(post(this.path + "/comments").header("HX-Request", "true").param("body", " "));
		assertThat(blank.getStatus()).isEqualTo(200);
		Document refused = Jsoup.parse(blank.getContentAsString());
		assertThat(refused.select("form#comment-form .field-error").text()).contains("Write something first.");
		// The button the focus was on is swapped out: htmx puts it on the field in error,
		// and the error is said aloud.
		assertThat(refused.select("form#comment-form .field-error").attr("role")).isEqualTo("alert");
		assertThat(refused.select("form#comment-form textarea[autofocus][aria-invalid=true]")).hasSize(1);
		assertThat(Jsoup.parse(ngo.perform(post(this.path + "/comments").param("body", " ")).getContentAsString())
			.select("textarea[autofocus]")).as("without JavaScript the page is as before").isEmpty();

		Document page = Jsoup.parse(ngo.perform(get(this.path)).getContentAsString());
		// Every comment form posts to the comment module's one route, naming its target.
		String route = "/dialogues/" + this.slug + "/comments";
		assertThat(page.select("form#comment-form").attr("data-hx-post")).isEqualTo(route);
		assertThat(page.select("form#comment-form").attr("action")).isEqualTo(route);
		assertThat(page.select("form#comment-form input[name=targetType]").val()).isEqualTo("CHALLENGE");
		assertThat(page.select("form#comment-form input[name=targetId]").val())
			.isEqualTo(this.path.substring(this.path.lastIndexOf('/') + 1));
		assertThat(page.select("form.comment-form[id^=reply-form] input[name=targetType]")).isEmpty();
		assertThat(page.select("script[src*=htmx]")).hasSize(1);
	}

	@Test
	void thePublishedChallengeRouteSendsThePostOnToTheCommentRouteKeepingMethodAndBody() throws Exception {
		WebClient ngo = client(this.ngo);
		String id = this.path.substring(this.path.lastIndexOf('/') + 1);
		MockHttpServletResponse alias = ngo.performAsIs(post(this.path + "/comments").param("body", "Via the old route")
			.param("_csrf", "not checked before the redirect"));
		assertThat(alias.getStatus()).as("a forged post is refused before any redirect").isEqualTo(403);
		MockHttpServletResponse answered = ngo
			.perform(post(this.path + "/comments").param("body", "Via the old route"));
		assertThat(answered.getRedirectedUrl()).as("posted, then shown on the challenge")
			.startsWith(this.path + "#comment-");
		assertThat(comments("Via the old route")).isEqualTo(1);
		assertThat(new CommentTarget("CHALLENGE", Long.parseLong(id), "", null).postingPath(this.slug))
			.isEqualTo("/dialogues/" + this.slug + "/comments?targetType=CHALLENGE&targetId=" + id);
		MockHttpServletResponse braces = ngo
			.perform(post("/dialogues/{slug}/challenges/1/comments", "{x}").param("body", "Odd slug"));
		assertThat(braces.getStatus()).as("a slug is never a URI template").isNotEqualTo(500);
	}

	@Test
	void aPostThatNamesNoTargetOrAnUnknownOneIsNotFound() throws Exception {
		WebClient ngo = client(this.ngo);
		String route = "/dialogues/" + this.slug + "/comments";
		assertThat(ngo.perform(post(route).param("body", "About nothing")).getStatus()).isEqualTo(404);
		assertThat(ngo
			.perform(post(route).param("body", "About a meeting").param("targetType", "MEETING").param("targetId", "1"))
			.getStatus()).isEqualTo(404);
		assertThat(ngo
			.perform(post(route).param("body", "On a paragraph of a challenge")
				.param("targetType", "CHALLENGE")
				.param("targetId", this.path.substring(this.path.lastIndexOf('/') + 1))
				.param("anchor", "p1"))
			.getStatus()).isEqualTo(404);
		assertThat(comments("About nothing") + comments("About a meeting") + comments("On a paragraph of a challenge"))
			.isZero();
	}

	@Test
	void fiftyCommentsPostedInParallelMakeFiftyRows() throws Exception {
		List<String> members = List.of(this.ngo, this.buyer, this.miner, this.facilitator);
		Parallel.run(50, (Parallel.IndexedTask<Long>) (i) -> this.challenges.comment(this.slug,
				members.get(i % members.size()), this.challenge, null, "Parallel comment " + i));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from comment where target_id = ? and body_source like 'Parallel comment %'",
				Integer.class, this.challenge))
			.isEqualTo(50);
		assertThat(this.jdbc.queryForObject("select comment_count from challenge where id = ?", Integer.class,
				this.challenge))
			.isEqualTo(50);
	}

	@Test
	void longThreadsPageByKeysetWithMoreRepliesLinksThatWorkWithoutJavaScript() throws Exception {
		this.challenges.bulkComments(this.slug, this.ngo, this.challenge, 45, 1);
		WebClient visitor = new WebClient(this.mvc);
		Document first = Jsoup.parse(visitor.perform(get(this.path)).getContentAsString());
		assertThat(first.select("#comments > li.comment")).hasSize(20);
		assertThat(first.select("#comments > li.comment").first().select("> article .prose").text())
			.isEqualTo("Bulk comment 45");
		assertThat(first.select("#comments > li.comment").first().select("> .replies > li")).hasSize(3);
		String more = first.select("#comments > li.comment").first().select("> .more-replies a").attr("href");
		assertThat(first.select(".more-replies a").first().text()).isEqualTo("2 more replies");

		Document replies = Jsoup.parse(visitor.perform(get(more)).getContentAsString());
		assertThat(replies.select(".comment-list.single > li > .replies > li")).hasSize(5);

		String older = first.select("a[rel=next]").attr("href");
		Document second = Jsoup.parse(visitor.perform(get(older)).getContentAsString());
		assertThat(second.select("#comments > li.comment > article .prose").eachText()).hasSize(20)
			.startsWith("Bulk comment 25")
			.endsWith("Bulk comment 6");
		Document third = Jsoup
			.parse(visitor.perform(get(second.select("a[rel=next]").attr("href"))).getContentAsString());
		assertThat(third.select("#comments > li.comment")).hasSize(5);
		assertThat(third.select("a[rel=next]")).isEmpty();
		assertThat(third.select("a:contains(Back to the newest comments)")).hasSize(1);
	}

	@Autowired
	org.commonground.dialogue.DialogueService dialogueService;

	@Autowired
	org.commonground.shared.security.AppSecurityProperties securityProperties;

	@Test
	void postingHasAPerAccountLimitAnsweredWith429OrInTheFormWithHtmx() throws Exception {
		String busy = this.accounts.create("Busy Poster", AccountRole.PARTICIPANT, "RESEARCH");
		this.dialogues.addMember(this.slug, this.facilitator, busy, DisplayMode.NAMED);
		WebClient client = client(busy);
		int allowed = this.securityProperties.rateLimits().postingPerAccount().capacity();
		for (int i = 0; i < allowed; i++) {
			assertThat(client.perform(post(this.path + "/comments").param("body", "Post " + i)).getStatus())
				.isEqualTo(302);
		}
		// The allowance refills gradually (capacity per period), so a post or two may
		// still pass while the loop ran; the limit must bite soon after.
		MockHttpServletResponse refused = client.perform(post(this.path + "/comments").param("body", "One too many"));
		for (int extra = 0; extra < 50 && refused.getStatus() == 302; extra++) {
			refused = client.perform(post(this.path + "/comments").param("body", "Post past the limit " + extra));
		}
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isNotBlank();
		// With htmx the refusal comes in the form (here too a refilled post may pass
		// first).
		String kept = "Kept text";
		Document form = null;
		for (int attempt = 0; attempt < 50; attempt++) {
			kept = "Kept text " + attempt;
			form = Jsoup
				.parse(client.perform(post(this.path + "/comments").header("HX-Request", "true").param("body", kept))
					.getContentAsString());
			if (!form.select("#comment-form .field-error").isEmpty()) {
				break;
			}
		}
		assertThat(form.select("#comment-form .field-error").text()).contains("wait a few minutes");
		assertThat(form.select("#comment-form textarea").text()).isEqualTo(kept);
		assertThat(comments(kept)).isZero();
		assertThat(
				client(this.ngo).perform(post(this.path + "/comments").param("body", "Others still post")).getStatus())
			.isEqualTo(302);
	}

	@Test
	void whenTheDialogueClosesAuthorsCanNoLongerEditButCanStillDelete() throws Exception {
		long mine = this.challenges.comment(this.slug, this.ngo, this.challenge, null, "Said while open");
		this.dialogues.as(this.facilitator, (me) -> {
			this.dialogueService.changeStatus(this.slug, DialogueStatus.CLOSED, me);
			return null;
		});
		WebClient ngo = client(this.ngo);
		String commentPath = "/dialogues/" + this.slug + "/comments/" + mine;
		Document edit = Jsoup.parse(ngo.perform(get(commentPath + "/edit")).getContentAsString());
		assertThat(edit.select(".alert.info").text()).contains("You can no longer edit this comment");
		assertThat(edit.select("form[action$=/edit]")).isEmpty();
		assertThat(ngo.perform(post(commentPath + "/edit").param("body", "Changed later").param("version", "0"))
			.getContentAsString()).contains("You can no longer edit this comment");
		assertThat(this.jdbc.queryForObject("select body_source from comment where id = ?", String.class, mine))
			.isEqualTo("Said while open");
		assertThat(ngo.perform(post(commentPath + "/delete")).getStatus()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select status from comment where id = ?", String.class, mine))
			.isEqualTo("DELETED");
	}

	private WebClient client(String email) throws Exception {
		WebClient client = new WebClient(this.mvc, TestAccounts.newAddress());
		client.logIn(email, TestAccounts.PASSWORD);
		return client;
	}

	private int comments(String body) {
		return this.jdbc.queryForObject("select count(*) from comment where target_id = ? and body_source = ?",
				Integer.class, this.challenge, body);
	}

}
