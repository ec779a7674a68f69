package org.commonground.api.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.commonground.account.AccountRole;
import org.commonground.api.ApiProperties;
import org.commonground.api.ApiTokenService;
import org.commonground.api.OpenDataNightly;
import org.commonground.api.ApiTokenService.IssuedToken;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.DisplayMode;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.moderation.ModerationDecisions;
import org.commonground.moderation.ModerationReason;
import org.commonground.shared.security.RateLimiter;
import org.commonground.support.IntegrationTest;
import org.commonground.support.SqlStatements;
import org.commonground.support.TestAccounts;
import org.commonground.support.TestChallenges;
import org.commonground.support.TestDialogues;
import org.commonground.support.WebClient;
import org.commonground.support.Zips;
import org.commonground.comment.CommentPosting;
import org.commonground.comment.NewComment;
import org.commonground.map.ActorDetails;
import org.commonground.map.ActorKind;
import org.commonground.map.MapService;
import org.commonground.map.RelationDetails;
import org.commonground.map.RelationType;
import org.commonground.meeting.MeetingDetails;
import org.commonground.meeting.MeetingKind;
import org.commonground.meeting.MeetingService;
import org.commonground.resource.ResourceDetails;
import org.commonground.resource.ResourceKind;
import org.commonground.resource.ResourceService;
import org.commonground.vision.Disposition;
import org.commonground.vision.Stance;
import org.commonground.vision.VisionService;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The open read API through the real filter chain: the OpenAPI document against real
 * answers of every documented path, cursor paging, ETags, the rate limit, tokens (issued
 * and revoked by an admin, audited) and what never appears.
 */
class ApiIT extends IntegrationTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Autowired
	TestChallenges challenges;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	ModerationDecisions moderation;

	@Autowired
	VisionService visions;

	@Autowired
	OpenDataNightly nightly;

	@Autowired
	RateLimiter limiter;

	@Autowired
	CommentPosting comments;

	@Autowired
	MeetingService meetings;

	@Autowired
	ResourceService resources;

	@Autowired
	MapService maps;

	@Autowired
	ApiProperties properties;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${local.server.port}")
	int port;

	@Test
	void everyDocumentedPathAnswersAsItsSchemaSays() throws Exception {
		String facilitator = this.accounts.create("Contract Facilitator", AccountRole.FACILITATOR);
		String member = this.accounts.participant("Contract Member");
		String slug = this.dialogues.create(facilitator, "Contract", Visibility.PUBLIC, JoinPolicy.OPEN, false,
				DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, member, DisplayMode.NAMED);
		long challenge = this.challenges.raise(slug, member, "A documented challenge", "MERCURY_HEALTH");
		long comment = this.challenges.comment(slug, member, challenge, null, "A documented comment");
		this.challenges.comment(slug, facilitator, challenge, comment, "A documented reply");
		this.dialogues.as(facilitator,
				(me) -> this.visions.publish(slug, me, "# Vision\n\nFirst paragraph.\n\nSecond one.", "First", null));
		String key = this.dialogues.as(facilitator,
				(me) -> this.visions.version(slug, me, 0, Locale.ENGLISH)
					.paragraphs()
					.stream()
					.filter((p) -> !p.paragraph().isHeading())
					.findFirst()
					.orElseThrow()
					.paragraph()
					.getKey());
		String secondKey = this.dialogues.paragraphKey(slug, 2);
		long[] draftComments = this.dialogues.as(member, (me) -> {
			this.visions.setStance(slug, me, 1, key, Stance.AGREE);
			long onParagraph = this.comments
				.post(slug, me, this.visions.commentTarget(slug, me, 1, key), new NewComment("Say more", null, null))
				.id();
			long reply = this.comments
				.post(slug, me, this.visions.commentTarget(slug, me, 1, key),
						new NewComment("And more", onParagraph, null))
				.id();
			long onWhole = this.comments
				.post(slug, me, this.visions.commentTarget(slug, me, 1, null), new NewComment("Overall", null, null))
				.id();
			long onSecond = this.comments
				.post(slug, me, this.visions.commentTarget(slug, me, 1, secondKey),
						new NewComment("Drop it", null, null))
				.id();
			return new long[] { onParagraph, reply, onWhole, onSecond };
		});
		long draftComment = draftComments[0];
		this.dialogues.as(facilitator, (me) -> {
			this.visions.answer(slug, me, draftComment, Disposition.INCORPORATED, "Said more", null);
			this.visions.answer(slug, me, draftComments[1], Disposition.NOTED, "Heard", null);
			this.visions.answer(slug, me, draftComments[2], Disposition.PARTLY_INCORPORATED, "In part", null);
			this.visions.answer(slug, me, draftComments[3], Disposition.INCORPORATED, "Dropped", null);
			this.meetings.create(slug,
					new MeetingDetails(MeetingKind.WORKSHOP, "A documented workshop", "Geita",
							LocalDateTime.parse("2026-03-10T08:00"), LocalDateTime.parse("2026-03-10T17:00"),
							ZoneId.of("Africa/Dar_es_Salaam"), List.of("sw"), List.of(me.getId()), ""),
					me);
			this.resources.create(slug, me,
					new ResourceDetails(ResourceKind.LINK, "A documented link", "Summary", "", "", List.of("en"), "",
							"", List.of(), List.of(mercuryTheme()), "CC BY 4.0", null, "https://example.org/a", ""),
					null, null);
			long miners = this.maps.saveActor(slug, me, null,
					new ActorDetails("Miners", ActorKind.ASSOCIATION, null, "Geita", 3, "Safe work", "licences|Geita"),
					null, null);
			long dealers = this.maps.saveActor(slug, me, null,
					new ActorDetails("Dealers", ActorKind.COMPANY, null, "Geita", 4, "Gold", ""), null, null);
			this.maps.saveRelation(slug, me, null,
					new RelationDetails(miners, dealers, RelationType.SELLS_GOLD_TO, 2, null), List.of());
			return null;
		});
		WebClient client = new WebClient(this.mvc);

		JsonNode openapi = json(client.performAsIs(get("/api/v1/openapi.json")));
		assertThat(openapi.path("info").path("title").asString()).isEqualTo("Common Ground read API");
		assertThat(openapi.path("components")
			.path("securitySchemes")
			.path("personalAccessToken")
			.path("scheme")
			.asString()).isEqualTo("bearer");
		assertThat(openapi.path("paths").path("/api/v1/dialogues").path("get").path("responses").has("400")).isTrue();
		assertThat(openapi.path("paths").path("/api/v1/dialogues").path("get").path("responses").has("401")).isTrue();
		Set<String> paths = new LinkedHashSet<>();
		openapi.path("paths").properties().forEach((e) -> paths.add(e.getKey()));
		assertThat(paths).containsExactlyInAnyOrder("/api/v1/dialogues", "/api/v1/dialogues/{slug}",
				"/api/v1/dialogues/{slug}/challenges", "/api/v1/dialogues/{slug}/challenges/{id}",
				"/api/v1/dialogues/{slug}/meetings", "/api/v1/dialogues/{slug}/vision",
				"/api/v1/dialogues/{slug}/resources", "/api/v1/dialogues/{slug}/map");
		for (String path : paths) {
			JsonNode schema = responseSchema(openapi, path);
			assertThat(schema.isMissingNode()).as("schema of %s", path).isFalse();
			String url = path.replace("{slug}", slug).replace("{id}", Long.toString(challenge));
			MockHttpServletResponse response = client.performAsIs(get(url));
			assertThat(response.getStatus()).as(url).isEqualTo(200);
			assertThat(response.getContentType()).as(url).startsWith("application/json");
			List<String> problems = new ArrayList<>();
			List<String> checked = new ArrayList<>();
			check(openapi, json(response), schema, url, problems, checked);
			assertThat(problems).as(url).isEmpty();
			// The check saw the answer's values, not an empty schema.
			assertThat(checked).as(url).hasSizeGreaterThan(6);
		}
		// The map gives what the form collects: an actor's tags one by one.
		assertThat(json(client.performAsIs(get("/api/v1/dialogues/" + slug + "/map"))).toString())
			.contains("\"tags\":[\"licences\",\"Geita\"]");
		// Every operation documents its answer and the API's errors, all JSON in one
		// shape;
		// none of the site's HTML error pages (a GET never answers 409).
		assertThat(openapi.toString()).doesNotContain("*/*");
		for (String path : paths) {
			JsonNode responses = openapi.path("paths").path(path).path("get").path("responses");
			Set<String> codes = new LinkedHashSet<>();
			responses.properties().forEach((e) -> codes.add(e.getKey()));
			assertThat(codes).as(path).containsExactlyInAnyOrder("200", "400", "401", "404", "429");
			for (String code : List.of("400", "401", "404", "429")) {
				assertThat(responses.path(code)
					.path("content")
					.path("application/json")
					.path("schema")
					.path("$ref")
					.asString()).as(path + " " + code).isEqualTo("#/components/schemas/ErrorJson");
			}
		}
		JsonNode schemas = openapi.path("components").path("schemas");
		assertThat(enumOf(schemas, "ErrorJson", "error")).contains("not_found", "bad_request", "unauthorized",
				"too_many_requests", "method_not_allowed");
		List<String> problems = new ArrayList<>();
		check(openapi, json(client.performAsIs(get("/api/v1/dialogues/no-such-dialogue"))),
				responses(openapi, "/api/v1/dialogues/{slug}", "404"), "404", problems, new ArrayList<>());
		assertThat(problems).isEmpty();
		// Codes name all their values.
		assertThat(enumOf(schemas, "DialogueJson", "status")).containsExactlyElementsOf(names(DialogueStatus.values()));
		assertThat(enumOf(schemas, "DialogueJson", "visibility")).containsExactlyElementsOf(names(Visibility.values()));
		assertThat(enumOf(schemas, "ChallengeJson", "status"))
			.containsExactlyElementsOf(names(org.commonground.challenge.ChallengeStatus.values()));
		assertThat(enumOf(schemas, "ChallengeDetailJson", "status"))
			.containsExactlyElementsOf(names(org.commonground.challenge.ChallengeStatus.values()));
		assertThat(enumOf(schemas, "MeetingJson", "kind")).containsExactlyElementsOf(names(MeetingKind.values()));
		assertThat(enumOf(schemas, "MeetingJson", "status")).containsExactly("SCHEDULED", "CANCELLED");
		assertThat(enumOf(schemas, "ParagraphJson", "verdict"))
			.containsExactlyElementsOf(names(org.commonground.vision.CommonGround.Verdict.values()));
		assertThat(enumOf(schemas, "DispositionJson", "disposition"))
			.containsExactlyElementsOf(names(Disposition.values()));
		assertThat(enumOf(schemas, "ResourceJson", "kind")).containsExactlyElementsOf(names(ResourceKind.values()));
		assertThat(enumOf(schemas, "ActorJson", "kind")).containsExactlyElementsOf(names(ActorKind.values()));
		assertThat(enumOf(schemas, "RelationJson", "type")).containsExactlyElementsOf(names(RelationType.values()));
		assertThat(enumOf(schemas, "RelationJson", "status"))
			.containsExactlyElementsOf(names(org.commonground.map.RelationStatus.values()));
		// Meeting times: RFC 3339 with the offset of the meeting's zone, and the zone.
		assertThat(schemas.path("MeetingJson").path("properties").path("start").path("format").asString())
			.isEqualTo("date-time");
		JsonNode meeting = json(client.performAsIs(get("/api/v1/dialogues/" + slug + "/meetings"))).path("items")
			.get(0);
		assertThat(meeting.path("start").asString()).isEqualTo("2026-03-10T08:00:00+03:00");
		assertThat(meeting.path("end").asString()).isEqualTo("2026-03-10T17:00:00+03:00");
		assertThat(meeting.path("timeZone").asString()).isEqualTo("Africa/Dar_es_Salaam");

		JsonNode vision = json(client.performAsIs(get("/api/v1/dialogues/" + slug + "/vision")));
		assertThat(vision.path("dispositions").get(0).path("disposition").asString()).isEqualTo("INCORPORATED");
		List<Long> agreeing = new ArrayList<>();
		vision.path("paragraphs").forEach((p) -> {
			if (p.path("key").asString().equals(key)) {
				agreeing.add(p.path("stances").path("agree").asLong());
			}
		});
		assertThat(agreeing).containsExactly(1L);
		// Paragraphs are numbered as the site numbers them (the heading is not counted);
		// position keeps counting it. A heading's verdict is NO_STANCES, as documented.
		JsonNode heading = vision.path("paragraphs").get(0);
		assertThat(heading.path("heading").asBoolean()).isTrue();
		assertThat(heading.path("number").isNull()).isTrue();
		assertThat(heading.path("position").asInt()).isEqualTo(1);
		assertThat(heading.path("verdict").asString()).isEqualTo("NO_STANCES");
		assertThat(schemas.path("ParagraphJson").path("properties").path("verdict").path("description").asString())
			.contains("NO_STANCES for a heading");
		JsonNode first = vision.path("paragraphs").get(1);
		assertThat(first.path("number").asInt()).isEqualTo(1);
		assertThat(first.path("position").asInt()).isEqualTo(2);
		// Group and themes as codes, as the vision's byGroup and the map give groups; the
		// names beside them.
		JsonNode listed = json(client.performAsIs(get("/api/v1/dialogues/" + slug + "/challenges"))).path("items")
			.get(0);
		JsonNode detail = json(client.performAsIs(get("/api/v1/dialogues/" + slug + "/challenges/" + challenge)));
		for (JsonNode c : List.of(listed, detail)) {
			assertThat(c.path("authorGroup").asString()).isEqualTo("ARTISANAL_MINER");
			assertThat(c.path("authorGroupLabel").asString()).isEqualTo("Artisanal miner");
			assertThat(c.path("themes").get(0).asString()).isEqualTo("MERCURY_HEALTH");
			assertThat(c.path("themeLabels").get(0).asString()).isEqualTo("Mercury and health");
		}
		assertThat(detail.path("thread").path("items").get(0).path("authorGroup").asString()).isIn("ARTISANAL_MINER");
		JsonNode resource = json(client.performAsIs(get("/api/v1/dialogues/" + slug + "/resources"))).path("items")
			.get(0);
		assertThat(resource.path("themes").get(0).asString()).as("a resource's themes are codes too")
			.isEqualTo("MERCURY_HEALTH");
		assertThat(resource.path("themeLabels").get(0).asString()).isEqualTo("Mercury and health");
		List<String> byGroup = new ArrayList<>();
		first.path("byGroup").forEach((g) -> byGroup.add(g.path("group").asString()));
		assertThat(byGroup).contains("ARTISANAL_MINER");

		// The answers are those of the "you said, we did" page: on a paragraph, on a
		// reply, on the version as a whole, and on a paragraph the next version drops.
		this.dialogues.as(facilitator,
				(me) -> this.visions.publish(slug, me, "# Vision\n\nFirst paragraph.", "Second", null));
		JsonNode second = json(client.performAsIs(get("/api/v1/dialogues/" + slug + "/vision")));
		Map<Long, JsonNode> answered = new java.util.HashMap<>();
		second.path("dispositions").forEach((d) -> answered.put(d.path("commentId").asLong(), d));
		assertThat(answered).containsOnlyKeys(draftComments[0], draftComments[1], draftComments[2], draftComments[3]);
		assertThat(answered.get(draftComments[0]).path("on").asString()).isEqualTo("PARAGRAPH");
		assertThat(answered.get(draftComments[0]).path("paragraphNumber").asInt()).isEqualTo(1);
		assertThat(answered.get(draftComments[1]).path("paragraphNumber").asInt()).isEqualTo(1);
		assertThat(answered.get(draftComments[2]).path("on").asString()).isEqualTo("WHOLE_VERSION");
		assertThat(answered.get(draftComments[2]).path("paragraphNumber").isNull()).isTrue();
		assertThat(answered.get(draftComments[3]).path("on").asString()).isEqualTo("REMOVED_PARAGRAPH");
		org.jsoup.nodes.Document said = org.jsoup.Jsoup
			.parse(client.performAsIs(get("/dialogues/" + slug + "/vision/you-said-we-did"))
				.getContentAsString(StandardCharsets.UTF_8));
		assertThat(said.select("li.said")).hasSize(answered.size());
		// The open data's copy says the same.
		JsonNode archived = JSON.readTree(
				Zips.unzip(client.performAsIs(get("/dialogues/" + slug + "/open-data.zip")).getContentAsByteArray())
					.get("dialogue.json"));
		assertThat(archived.path("vision").path("dispositions")).hasSize(4);
	}

	@Test
	void listsPageWithCursorsUntilTheLastPage() throws Exception {
		String facilitator = this.accounts.create("Paging Facilitator", AccountRole.FACILITATOR);
		String slug = this.dialogues.create(facilitator, "Paging", Visibility.PUBLIC, JoinPolicy.OPEN, false,
				DialogueStatus.OPEN);
		Set<Long> raised = new HashSet<>();
		for (int i = 0; i < 45; i++) {
			raised.add(this.challenges.raise(slug, facilitator, "Paged challenge " + i));
		}
		WebClient client = new WebClient(this.mvc);
		List<Long> seen = new ArrayList<>();
		String next = "/api/v1/dialogues/" + slug + "/challenges";
		int pages = 0;
		while (next != null) {
			JsonNode page = json(client.performAsIs(get(next)));
			page.path("items").forEach((item) -> seen.add(item.path("id").asLong()));
			next = page.path("next").isNull() ? null : page.path("next").asString();
			pages++;
			assertThat(pages).isLessThan(10);
		}
		assertThat(pages).isEqualTo(3);
		assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(raised);
		assertThat(client.performAsIs(get("/api/v1/dialogues/" + slug + "/challenges").param("cursor", "bm9wZQ"))
			.getStatus()).isEqualTo(400);
		// A cursor of the right list whose position is not one the list gives.
		for (String position : new String[] { "x", "12.x", "-5", "" }) {
			String forged = java.util.Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(("challenges:" + position).getBytes(StandardCharsets.UTF_8));
			MockHttpServletResponse refused = client
				.performAsIs(get("/api/v1/dialogues/" + slug + "/challenges").param("cursor", forged));
			assertThat(refused.getStatus()).as(position).isEqualTo(400);
			assertThat(json(refused).path("error").asString()).isEqualTo("bad_request");
		}
	}

	@Test
	void anUnchangedAnswerIsNotModified() throws Exception {
		String facilitator = this.accounts.create("Etag Facilitator", AccountRole.FACILITATOR);
		String slug = this.dialogues.create(facilitator, "Etag", Visibility.PUBLIC, JoinPolicy.OPEN, false,
				DialogueStatus.OPEN);
		WebClient client = new WebClient(this.mvc);
		MockHttpServletResponse first = client.performAsIs(get("/api/v1/dialogues/" + slug));
		assertThat(first.getStatus()).isEqualTo(200);
		String etag = first.getHeader("ETag");
		assertThat(etag).isNotBlank();
		assertThat(first.getHeader("Cache-Control")).contains("public").contains("max-age=60");
		MockHttpServletResponse again = client
			.performAsIs(get("/api/v1/dialogues/" + slug).header("If-None-Match", etag));
		assertThat(again.getStatus()).isEqualTo(304);
		assertThat(again.getContentAsByteArray()).isEmpty();
		this.challenges.raise(slug, facilitator, "A change");
		MockHttpServletResponse list = client.performAsIs(get("/api/v1/dialogues/" + slug + "/challenges"));
		MockHttpServletResponse changed = client.performAsIs(
				get("/api/v1/dialogues/" + slug + "/challenges").header("If-None-Match", list.getHeader("ETag")));
		assertThat(changed.getStatus()).isEqualTo(304);
		this.challenges.raise(slug, facilitator, "Another change");
		assertThat(client
			.performAsIs(
					get("/api/v1/dialogues/" + slug + "/challenges").header("If-None-Match", list.getHeader("ETag")))
			.getStatus()).isEqualTo(200);
	}

	@Test
	void aClientOverItsLimitIsToldWhenToComeBack() throws Exception {
		String admin = this.accounts.admin("Limit Admin");
		String reader = this.accounts.participant("Limit Reader");
		IssuedToken token = this.dialogues.as(admin, (me) -> this.tokens.issue(me, reader, "Limit test"));
		WebClient client = new WebClient(this.mvc);
		assertThat(client.performAsIs(get("/api/v1/dialogues").header("Authorization", "Bearer " + token.secret()))
			.getStatus()).isEqualTo(200);
		String subject = ApiClientFilter.tokenSubject(token.id());
		while (!this.limiter.isExhausted(ApiClientFilter.LIMIT_NAME, this.properties.ratePerClient(), subject)) {
			this.limiter.tryConsume(ApiClientFilter.LIMIT_NAME, this.properties.ratePerClient(), subject);
		}
		// The bucket refills as time passes: on a slow machine a token may come back
		// between
		// draining it and the request, which then takes it; the next requests find it
		// empty.
		MockHttpServletResponse limited = client
			.performAsIs(get("/api/v1/dialogues").header("Authorization", "Bearer " + token.secret()));
		for (int i = 0; i < 20 && limited.getStatus() == 200; i++) {
			limited = client.performAsIs(get("/api/v1/dialogues").header("Authorization", "Bearer " + token.secret()));
		}
		assertThat(limited.getStatus()).isEqualTo(429);
		assertThat(Long.parseLong(limited.getHeader("Retry-After"))).isPositive();
		assertThat(json(limited).path("error").asString()).isEqualTo("too_many_requests");
		// Another client (no token, its own address) is not limited.
		assertThat(new WebClient(this.mvc).performAsIs(get("/api/v1/dialogues")).getStatus()).isEqualTo(200);
	}

	@Test
	void aTokenStopsWhileItsAccountWaitsForDeletionAndWorksAgainOnceTheOwnerKeepsIt() throws Exception {
		String admin = this.accounts.admin("Deletion Admin");
		String reader = this.accounts.participant("Leaving Reader");
		IssuedToken token = this.dialogues.as(admin, (me) -> this.tokens.issue(me, reader, "Leaving"));
		WebClient api = new WebClient(this.mvc);
		assertThat(api.performAsIs(get("/api/v1/dialogues").header("Authorization", "Bearer " + token.secret()))
			.getStatus()).isEqualTo(200);

		WebClient owner = new WebClient(this.mvc);
		owner.logIn(reader, TestAccounts.PASSWORD);
		owner.perform(post("/account/delete").param("password", TestAccounts.PASSWORD));
		assertThat(this.jdbc.queryForObject("SELECT deletion_requested_at IS NOT NULL FROM account WHERE email = ?",
				Boolean.class, reader))
			.isTrue();
		MockHttpServletResponse pending = api
			.performAsIs(get("/api/v1/dialogues").header("Authorization", "Bearer " + token.secret()));
		assertThat(pending.getStatus()).as("logged out everywhere: the token too").isEqualTo(401);
		assertThat(pending.getHeader("WWW-Authenticate")).isEqualTo("Bearer");

		// Signing in during the grace period keeps the account, and its token with it.
		new WebClient(this.mvc).logIn(reader, TestAccounts.PASSWORD);
		assertThat(api.performAsIs(get("/api/v1/dialogues").header("Authorization", "Bearer " + token.secret()))
			.getStatus()).isEqualTo(200);
	}

	@Test
	void noTokenIsIssuedForASuspendedAccountOrOneWhoseDeletionIsPending() throws Exception {
		String admin = this.accounts.admin("Refusing Admin");
		String suspended = this.accounts.participant("Suspended Reader");
		String leaving = this.accounts.participant("Leaving Soon");
		this.jdbc.update("UPDATE account SET status = 'SUSPENDED' WHERE email = ?", suspended);
		this.jdbc.update("UPDATE account SET deletion_requested_at = now() WHERE email = ?", leaving);
		WebClient adminClient = new WebClient(this.mvc);
		adminClient.logIn(admin, TestAccounts.PASSWORD);
		for (String email : List.of(suspended, leaving)) {
			MockHttpServletResponse refused = adminClient
				.perform(post("/admin/api-tokens").param("email", email).param("label", "Would not work"));
			assertThat(refused.getStatus()).as("the form again, not a redirect to a secret").isEqualTo(200);
			org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(refused.getContentAsString(StandardCharsets.UTF_8));
			assertThat(page.select("#email-error").text())
				.contains("This account is suspended or its deletion is pending");
			assertThat(page.select("#email").attr("aria-invalid")).isEqualTo("true");
			assertThat(page.select("#email").attr("value")).isEqualTo(email);
		}
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM api_token WHERE label = 'Would not work'", Long.class))
			.isZero();
	}

	@Test
	void aTokenReadsWhatItsAccountMayReadUntilRevoked() throws Exception {
		String facilitator = this.accounts.create("Token Facilitator", AccountRole.FACILITATOR);
		String member = this.accounts.participant("Token Member");
		String outsider = this.accounts.participant("Token Outsider");
		String admin = this.accounts.admin("Token Admin");
		String slug = this.dialogues.create(facilitator, "Members only", Visibility.MEMBERS_ONLY, JoinPolicy.INVITE,
				false, DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, member, DisplayMode.NAMED);
		long challenge = this.challenges.raise(slug, member, "A members' challenge");

		// Issued from the admin page: the secret is shown once, and audited.
		WebClient adminClient = new WebClient(this.mvc);
		adminClient.logIn(admin, TestAccounts.PASSWORD);
		MockHttpServletResponse issued = adminClient
			.perform(post("/admin/api-tokens").param("email", member).param("label", "Research project"));
		// Post/redirect/get: the secret is on the page the redirect shows, once.
		assertThat(issued.getRedirectedUrl()).isEqualTo("/admin/api-tokens");
		String page = adminClient.perform(get("/admin/api-tokens")).getContentAsString(StandardCharsets.UTF_8);
		int start = page.indexOf("cg_");
		assertThat(start).isPositive();
		String secret = page.substring(start, page.indexOf('<', start));
		long tokenId = this.jdbc.queryForObject("SELECT max(id) FROM api_token", Long.class);
		assertThat(org.jsoup.Jsoup.parse(page).select(".alert.success").text()).contains("Token #" + tokenId);
		String reloaded = adminClient.perform(get("/admin/api-tokens")).getContentAsString(StandardCharsets.UTF_8);
		assertThat(reloaded).contains("Research project").doesNotContain(secret);
		// The list tells tokens apart by their number, and says it was not used yet.
		assertThat(org.jsoup.Jsoup.parse(reloaded)
			.select(".card:has(.token-number:contains(#" + tokenId + ")) .token-used")
			.text()).isEqualTo("Not used yet");
		assertThat(
				org.jsoup.Jsoup.parse(reloaded).select(".card-title:contains(Research project) .token-number").text())
			.isEqualTo("#" + tokenId);
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM api_token WHERE label = 'Research project'", Long.class))
			.as("reloading the page issued no second token")
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM api_token WHERE secret_hash LIKE ?", Long.class,
				"%" + secret + "%"))
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE action = 'API_TOKEN_ISSUED' AND note = 'Research project'",
				Long.class))
			.isEqualTo(1);
		MockHttpServletResponse unknown = adminClient
			.perform(post("/admin/api-tokens").param("email", "nobody@test.example").param("label", "Kept label"));
		assertThat(unknown.getContentAsString(StandardCharsets.UTF_8)).contains("Kept label")
			.contains("nobody@test.example");
		// With the purpose empty too, both errors in the first round.
		org.jsoup.nodes.Document both = org.jsoup.Jsoup.parse(
				adminClient.perform(post("/admin/api-tokens").param("email", "nobody@test.example").param("label", ""))
					.getContentAsString(StandardCharsets.UTF_8));
		assertThat(both.select("#email-error").text()).endsWith("There is no account with this email.");
		assertThat(both.select("#email").attr("aria-invalid")).isEqualTo("true");
		assertThat(both.select("#label-error").text()).endsWith("Please fill this in.");

		WebClient client = new WebClient(this.mvc);
		String dialogue = "/api/v1/dialogues/" + slug;
		assertThat(client.performAsIs(get(dialogue)).getStatus()).isEqualTo(404);
		assertThat(client.performAsIs(get(dialogue + "/challenges")).getStatus()).isEqualTo(404);
		assertThat(client.performAsIs(get(dialogue).header("Authorization", "Bearer " + secret)).getStatus())
			.isEqualTo(200);
		// The admins see that it is used (noted to the hour: one write per token and
		// hour).
		java.sql.Timestamp used = this.jdbc.queryForObject("SELECT last_used_at FROM api_token WHERE id = ?",
				java.sql.Timestamp.class, tokenId);
		assertThat(used).isNotNull();
		assertThat(org.jsoup.Jsoup
			.parse(adminClient.perform(get("/admin/api-tokens")).getContentAsString(StandardCharsets.UTF_8))
			.select(".card:has(.token-number:contains(#" + tokenId + ")) .token-used")
			.text()).startsWith("Last used (to the hour)");
		MockHttpServletResponse challenges = client
			.performAsIs(get(dialogue + "/challenges").header("Authorization", "Bearer " + secret));
		assertThat(json(challenges).path("items").get(0).path("id").asLong()).isEqualTo(challenge);
		assertThat(challenges.getHeader("Cache-Control")).contains("private").doesNotContain("public");
		assertThat(this.jdbc.queryForObject("SELECT last_used_at FROM api_token WHERE id = ?", java.sql.Timestamp.class,
				tokenId))
			.as("not written again within the hour")
			.isEqualTo(used);
		// Stateless: no session cookie, and nothing but reading.
		assertThat(challenges.getHeaders("Set-Cookie")).isEmpty();
		MockHttpServletResponse posted = client
			.performAsIs(post(dialogue + "/challenges").header("Authorization", "Bearer " + secret));
		assertThat(posted.getStatus()).isEqualTo(405);
		assertThat(posted.getHeader("Allow")).contains("GET").doesNotContain("POST");
		assertThat(slugs(client.performAsIs(get("/api/v1/dialogues").header("Authorization", "Bearer " + secret))))
			.contains(slug);
		assertThat(slugs(client.performAsIs(get("/api/v1/dialogues")))).doesNotContain(slug);
		assertThat(client.performAsIs(get(dialogue).header("Authorization", "Bearer cg_not-a-token")).getStatus())
			.isEqualTo(401);

		// A token of someone else reads only what they may: not this dialogue.
		IssuedToken outsiders = this.dialogues.as(admin, (me) -> this.tokens.issue(me, outsider, "Outsider"));
		assertThat(
				client.performAsIs(get(dialogue).header("Authorization", "Bearer " + outsiders.secret())).getStatus())
			.isEqualTo(404);

		long id = this.jdbc.queryForObject("SELECT id FROM api_token WHERE label = 'Research project'", Long.class);
		// It cannot be undone: without the box ticked nothing happens, and the page says
		// so beside that token's box.
		MockHttpServletResponse unconfirmed = adminClient.perform(post("/admin/api-tokens/" + id + "/revoke"));
		assertThat(unconfirmed.getStatus()).isEqualTo(200);
		assertThat(unconfirmed.getContentAsString(StandardCharsets.UTF_8))
			.contains("<a href=\"#revoke-confirm-" + id + "\">")
			.containsPattern("id=\"revoke-confirm-" + id
					+ "\"[^>]*aria-invalid=\"true\" aria-describedby=\"revoke-confirm-" + id + "-error\"");
		assertThat(this.jdbc.queryForObject("SELECT revoked_at IS NULL FROM api_token WHERE id = ?", Boolean.class, id))
			.isTrue();
		MockHttpServletResponse revoking = adminClient
			.perform(post("/admin/api-tokens/" + id + "/revoke").param("confirmed", "true"));
		assertThat(revoking.getStatus()).isEqualTo(302);
		// The confirmation is said once (a flash), not by the address, so a reload does
		// not say it again.
		assertThat(revoking.getRedirectedUrl()).isEqualTo("/admin/api-tokens");
		assertThat(adminClient.lastFlash()).containsEntry("flashSuccess", "api.tokens.revoked-flash");
		adminClient.perform(get("/admin/api-tokens?revoked"));
		assertThat(adminClient.perform(get("/admin/api-tokens?revoked")).getContentAsString())
			.doesNotContain("The token was revoked.");
		MockHttpServletResponse revoked = client.performAsIs(get(dialogue).header("Authorization", "Bearer " + secret));
		assertThat(revoked.getStatus()).isEqualTo(401);
		assertThat(revoked.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE action = 'API_TOKEN_REVOKED' AND subject_id = ?", Long.class,
				id))
			.isEqualTo(1);

		// Only admins reach the token page.
		WebClient participant = new WebClient(this.mvc);
		participant.logIn(member, TestAccounts.PASSWORD);
		assertThat(participant.perform(get("/admin/api-tokens")).getStatus()).isEqualTo(404);
		assertThat(participant.perform(post("/admin/api-tokens").param("email", member).param("label", "Mine"))
			.getStatus()).isEqualTo(404);
	}

	/**
	 * Errors that never reach the API's controller (an unknown path, a method other than
	 * GET, a query the server cannot decode) go through the servlet container's error
	 * page, which MockMvc does not run: asked of the real server, raw, as a client would.
	 */
	@Test
	void errorsOutsideTheControllersComeInTheDocumentedShape() throws Exception {
		String facilitator = this.accounts.create("Errors Facilitator", AccountRole.FACILITATOR);
		String slug = this.dialogues.create(facilitator, "Errors", Visibility.PUBLIC, JoinPolicy.OPEN, false,
				DialogueStatus.OPEN);
		record Case(String method, String path, int status, String error) {
		}
		for (Case c : List.of(new Case("GET", "/api/v1/nope", 404, "not_found"),
				new Case("GET", "/api/v1/dialogues/" + slug + "/nope", 404, "not_found"),
				new Case("GET", "/api/v1/dialogues?cursor=%%%", 400, "bad_request"),
				new Case("GET", "/api/v1/dialogues/" + slug + "/resources?cursor=%%%", 400, "bad_request"),
				new Case("POST", "/api/v1/dialogues", 405, "method_not_allowed"),
				new Case("DELETE", "/api/v1/dialogues/" + slug, 405, "method_not_allowed"),
				new Case("PUT", "/api/v1/dialogues/" + slug + "/challenges", 405, "method_not_allowed"))) {
			String answer = raw(c.method(), c.path());
			String head = answer.substring(0, answer.indexOf("\r\n\r\n"));
			String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
			String where = c.method() + " " + c.path();
			assertThat(head).as(where).startsWith("HTTP/1.1 " + c.status());
			assertThat(head.toLowerCase(Locale.ROOT)).as(where)
				.contains("content-type: application/json")
				.doesNotContain("set-cookie");
			JsonNode error = JSON.readTree(body);
			Set<String> fields = new HashSet<>();
			error.properties().forEach((e) -> fields.add(e.getKey()));
			assertThat(fields).as(where + " " + body).containsExactlyInAnyOrder("status", "error");
			assertThat(error.path("status").asInt()).as(where).isEqualTo(c.status());
			assertThat(error.path("error").asString()).as(where).isEqualTo(c.error());
			if (c.status() == 405) {
				assertThat(head).as(where).containsPattern("(?i)allow: GET");
			}
		}
	}

	/** One request over a plain socket (the JDK's client refuses a query such as %%%). */
	private String raw(String method, String path) throws Exception {
		try (java.net.Socket socket = new java.net.Socket("localhost", this.port)) {
			socket.getOutputStream()
				.write((method + " " + path + " HTTP/1.0\r\nHost: localhost\r\nAccept: */*\r\n"
						+ "Content-Length: 0\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void hiddenContentNeverAppears() throws Exception {
		String facilitator = this.accounts.create("Hiding Facilitator", AccountRole.FACILITATOR);
		String member = this.accounts.participant("Hiding Member");
		String admin = this.accounts.admin("Hiding Admin");
		String slug = this.dialogues.create(facilitator, "Hiding", Visibility.PUBLIC, JoinPolicy.OPEN, false,
				DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, member, DisplayMode.NAMED);
		long shown = this.challenges.raise(slug, member, "A shown challenge");
		long hidden = this.challenges.raise(slug, member, "A hidden challenge");
		this.challenges.comment(slug, member, shown, null, "A shown comment");
		long hiddenComment = this.challenges.comment(slug, member, shown, null, "A hidden comment");
		this.dialogues.as(facilitator, (me) -> {
			this.moderation.hide(slug, me, "challenges", hidden, ModerationReason.OFF_TOPIC, null);
			this.moderation.hide(slug, me, "comments", hiddenComment, ModerationReason.OFF_TOPIC, null);
			return null;
		});
		// Not for visitors, and not for the facilitator's own token either.
		IssuedToken token = this.dialogues.as(admin, (me) -> this.tokens.issue(me, facilitator, "Facilitator"));
		for (String authorization : new String[] { null, "Bearer " + token.secret() }) {
			WebClient client = new WebClient(this.mvc);
			var list = get("/api/v1/dialogues/" + slug + "/challenges");
			var detail = get("/api/v1/dialogues/" + slug + "/challenges/" + shown);
			var hiddenDetail = get("/api/v1/dialogues/" + slug + "/challenges/" + hidden);
			if (authorization != null) {
				list.header("Authorization", authorization);
				detail.header("Authorization", authorization);
				hiddenDetail.header("Authorization", authorization);
			}
			String listed = client.performAsIs(list).getContentAsString(StandardCharsets.UTF_8);
			assertThat(listed).contains("A shown challenge").doesNotContain("A hidden challenge");
			String shownDetail = client.performAsIs(detail).getContentAsString(StandardCharsets.UTF_8);
			assertThat(shownDetail).contains("A shown comment").doesNotContain("A hidden comment");
			assertThat(client.performAsIs(hiddenDetail).getStatus()).isEqualTo(404);
			// Counts are of what can be read: the hidden comment is not counted.
			assertThat(json(client.performAsIs(list)).path("items").get(0).path("comments").asInt()).isEqualTo(1);
			JsonNode detailJson = json(client.performAsIs(detail));
			assertThat(detailJson.path("comments").asInt()).isEqualTo(1);
			assertThat(detailJson.path("thread").path("items")).hasSize(1);
		}
		// And the site's pages: the hidden comment is a placeholder in the thread, not a
		// comment in the count (the list and the dialogue page's highlights).
		WebClient visitor = new WebClient(this.mvc);
		for (String page : List.of("/dialogues/" + slug + "/challenges", "/dialogues/" + slug)) {
			org.jsoup.nodes.Document html = org.jsoup.Jsoup
				.parse(visitor.performAsIs(get(page)).getContentAsString(StandardCharsets.UTF_8));
			assertThat(html.text()).as(page).contains("1 comment").doesNotContain("2 comments");
		}
		// So do the open data: the challenge's count is the rows of the comments table.
		Map<String, String> files = Zips
			.unzip(new WebClient(this.mvc).performAsIs(get("/dialogues/" + slug + "/open-data.zip"))
				.getContentAsByteArray());
		assertThat(csv(files.get("comments.csv"))).hasSize(1);
		assertThat(csv(files.get("challenges.csv"))).singleElement()
			.satisfies((row) -> assertThat(row.get("comments")).isEqualTo("1"));
	}

	@Test
	void aPublicDialoguesOpenDataComeInOneZipWithADataDictionary() throws Exception {
		String facilitator = this.accounts.create("Open Data Facilitator", AccountRole.FACILITATOR);
		String slug = this.dialogues.create(facilitator, "Open data", Visibility.PUBLIC, JoinPolicy.OPEN, false,
				DialogueStatus.OPEN);
		String closed = this.dialogues.create(facilitator, "Closed data", Visibility.MEMBERS_ONLY, JoinPolicy.INVITE,
				false, DialogueStatus.OPEN);
		long shown = this.challenges.raise(slug, facilitator, "=An exported challenge");
		this.challenges.comment(slug, facilitator, shown, null, "An exported comment");
		long hidden = this.challenges.raise(slug, facilitator, "A challenge left out");
		this.dialogues.as(facilitator, (me) -> {
			this.moderation.hide(slug, me, "challenges", hidden, ModerationReason.OFF_TOPIC, null);
			return this.visions.publish(slug, me, "# Vision\n\nAn exported paragraph.", "First", null);
		});
		WebClient client = new WebClient(this.mvc);
		MockHttpServletResponse response = client.performAsIs(get("/dialogues/" + slug + "/open-data.zip"));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/zip");
		Map<String, String> files = Zips.unzip(response.getContentAsByteArray());
		assertThat(files).containsOnlyKeys("README.txt", "data-dictionary.csv", "dialogue.csv", "challenges.csv",
				"comments.csv", "meetings.csv", "vision-paragraphs.csv", "resources.csv", "map-actors.csv",
				"map-relations.csv", "dialogue.json");
		// A cell that starts like a formula is shown, not run.
		assertThat(files.get("challenges.csv")).contains("'=An exported challenge")
			.doesNotContain("A challenge left out");
		assertThat(files.get("comments.csv")).contains("An exported comment");
		assertThat(files.get("vision-paragraphs.csv")).contains("An exported paragraph.");
		assertThat(files.get("dialogue.json")).contains("An exported comment").doesNotContain("A challenge left out");
		// Every CSV file starts with the UTF-8 byte order mark, as export.csv does (Excel
		// reads it as UTF-8 then).
		files.forEach((name, content) -> {
			if (name.endsWith(".csv")) {
				assertThat(content).as(name).startsWith("\uFEFF");
			}
		});
		// The README says when it was made, that it is a nightly snapshot and why
		// English.
		assertThat(files.get("README.txt")).containsPattern("Generated at \\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z")
			.contains("snapshot made once a night", "English only");
		// Every column of every CSV file is described in the dictionary.
		List<String> dictionary = files.get("data-dictionary.csv").lines().skip(1).toList();
		files.forEach((name, content) -> {
			if (name.endsWith(".csv") && !name.equals("data-dictionary.csv")) {
				for (String column : content.substring(1).lines().findFirst().orElseThrow().split(",")) {
					assertThat(dictionary).as(name + " " + column)
						.anyMatch((l) -> l.startsWith(name + "," + column + ","));
				}
			}
		});
		assertThat(client
			.performAsIs(
					get("/dialogues/" + slug + "/open-data.zip").header("If-None-Match", response.getHeader("ETag")))
			.getStatus()).isEqualTo(304);
		assertThat(client.performAsIs(get("/dialogues/" + closed + "/open-data.zip")).getStatus()).isEqualTo(404);
		assertThat(client.performAsIs(get("/dialogues/no-such-dialogue/open-data.zip")).getStatus()).isEqualTo(404);
	}

	@Test
	void theOpenDataZipIsMadeEveryNightAndServedWithItsDate() throws Exception {
		String facilitator = this.accounts.create("Nightly Facilitator", AccountRole.FACILITATOR);
		String slug = this.dialogues.create(facilitator, "Nightly data", Visibility.PUBLIC, JoinPolicy.OPEN, false,
				DialogueStatus.OPEN);
		long challenge = this.challenges.raise(slug, facilitator, "Before the night");
		// Three pages of comments (20 a page): the archive reads them page by page but
		// counts the thread once, not once a page (every count reads the whole thread).
		for (int i = 1; i <= 45; i++) {
			this.challenges.comment(slug, facilitator, challenge, null, "Evening comment " + i);
		}
		WebClient client = new WebClient(this.mvc);
		// No archive yet: one is made at once, and kept.
		SqlStatements.Count<MockHttpServletResponse> made = SqlStatements.page(() -> {
			try {
				return client.performAsIs(get("/dialogues/" + slug + "/open-data.zip"));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		assertThat(
				made.statements().stream().filter((sql) -> sql.contains("first_replies") && sql.contains("count(*)")))
			.as("the thread's count: once in the list of challenges, once for the challenge")
			.hasSize(2);
		MockHttpServletResponse first = made.result();
		assertThat(zipText(first)).contains("Evening comment 1", "Evening comment 45");
		assertThat(first.getStatus()).isEqualTo(200);
		assertThat(first.getHeader("Last-Modified")).isNotBlank();
		assertThat(zipText(first)).contains("Before the night");
		long comment = this.challenges.comment(slug, facilitator, challenge, null, "Said during the day");
		MockHttpServletResponse sameDay = client.performAsIs(get("/dialogues/" + slug + "/open-data.zip"));
		assertThat(sameDay.getHeader("ETag")).as("the kept archive until the night").isEqualTo(first.getHeader("ETag"));
		assertThat(zipText(sameDay)).doesNotContain("Said during the day");

		assertThat(this.nightly.produceAll()).isPositive();
		MockHttpServletResponse night = client.performAsIs(get("/dialogues/" + slug + "/open-data.zip"));
		assertThat(night.getHeader("ETag")).isNotEqualTo(first.getHeader("ETag"));
		assertThat(zipText(night)).contains("Said during the day");
		// Its files are dated when it was made, not 1970; the same content made again the
		// next night keeps its ETag.
		try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(
				new java.io.ByteArrayInputStream(night.getContentAsByteArray()))) {
			for (java.util.zip.ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				assertThat(entry.getTime()).as(entry.getName())
					.isGreaterThan(java.time.Instant.parse("2020-01-01T00:00:00Z").toEpochMilli());
			}
		}
		this.nightly.produceAll();
		assertThat(client.performAsIs(get("/dialogues/" + slug + "/open-data.zip")).getHeader("ETag"))
			.isEqualTo(night.getHeader("ETag"));
		assertThat(this.jdbc.queryForObject("select count(*) from open_data_archive where dialogue_slug = ?",
				Integer.class, slug))
			.isEqualTo(1);
		// Hidden by a moderator: gone from the download at once, not the next night.
		this.dialogues.as(facilitator, (me) -> {
			this.moderation.hide(slug, me, "comments", comment, ModerationReason.PERSONAL_INFORMATION, null);
			return null;
		});
		assertThat(zipText(client.performAsIs(get("/dialogues/" + slug + "/open-data.zip"))))
			.doesNotContain("Said during the day");
	}

	private static String zipText(MockHttpServletResponse response) throws Exception {
		return String.join("", Zips.unzip(response.getContentAsByteArray()).values());
	}

	@Test
	void eachPublicDialoguesOpenDataIsLinkedFromItsPageAndFromTheApiPage() throws Exception {
		String facilitator = this.accounts.create("Linked Data Facilitator", AccountRole.FACILITATOR);
		String open = this.dialogues.create(facilitator, "Linked open data", Visibility.PUBLIC, JoinPolicy.OPEN, false,
				DialogueStatus.OPEN);
		String membersOnly = this.dialogues.create(facilitator, "Unlinked members data", Visibility.MEMBERS_ONLY,
				JoinPolicy.INVITE, false, DialogueStatus.OPEN);
		WebClient visitor = new WebClient(this.mvc);
		String zip = "/dialogues/" + open + "/open-data.zip";
		org.jsoup.nodes.Document page = org.jsoup.Jsoup
			.parse(visitor.perform(get("/dialogues/" + open)).getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("a.open-data").attr("href")).isEqualTo(zip);
		assertThat(page.select("a.open-data").text()).isEqualTo("Download (ZIP: CSV files and a data dictionary)");
		assertThat(visitor.performAsIs(get(zip)).getStatus()).isEqualTo(200);
		WebClient member = new WebClient(this.mvc);
		member.logIn(facilitator, TestAccounts.PASSWORD);
		assertThat(org.jsoup.Jsoup
			.parse(member.perform(get("/dialogues/" + membersOnly)).getContentAsString(StandardCharsets.UTF_8))
			.select("a.open-data")).as("no link where the ZIP answers 404").isEmpty();

		org.jsoup.nodes.Document api = org.jsoup.Jsoup
			.parse(visitor.perform(get("/api")).getContentAsString(StandardCharsets.UTF_8));
		assertThat(api.select(".open-data-links a[href=" + zip + "]").text()).startsWith("Linked open data");
		assertThat(api.select(".open-data-links a[href*=" + membersOnly + "]")).isEmpty();
	}

	@Test
	void thePageForPeopleExplainsTheApi() throws Exception {
		MockHttpServletResponse page = new WebClient(this.mvc).performAsIs(get("/api"));
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("/api/v1/openapi.json")
			.contains("a snapshot made every night")
			.contains("If-None-Match")
			.contains("Retry-After");
	}

	private static List<String> slugs(MockHttpServletResponse response) throws Exception {
		List<String> slugs = new ArrayList<>();
		json(response).path("items").forEach((d) -> slugs.add(d.path("slug").asString()));
		return slugs;
	}

	private static JsonNode json(MockHttpServletResponse response) throws Exception {
		return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
	}

	/** Whether the schema's type has "null" among its types. */
	private long mercuryTheme() {
		return this.jdbc.queryForObject("select id from theme where code = 'MERCURY_HEALTH'", Long.class);
	}

	private static boolean allowsNull(JsonNode schema) {
		if (schema.path("type").isArray()) {
			for (JsonNode type : schema.path("type")) {
				if ("null".equals(type.asString())) {
					return true;
				}
			}
			return false;
		}
		return "null".equals(schema.path("type").asString());
	}

	private static List<org.apache.commons.csv.CSVRecord> csv(String text) throws Exception {
		assertThat(text).startsWith("\uFEFF");
		return org.apache.commons.csv.CSVFormat.RFC4180.builder()
			.setHeader()
			.get()
			.parse(new java.io.StringReader(text.substring(1)))
			.getRecords();
	}

	private static JsonNode responses(JsonNode openapi, String path, String code) {
		return openapi.path("paths")
			.path(path)
			.path("get")
			.path("responses")
			.path(code)
			.path("content")
			.path("application/json")
			.path("schema");
	}

	private static List<String> enumOf(JsonNode schemas, String schema, String property) {
		List<String> values = new ArrayList<>();
		schemas.path(schema).path("properties").path(property).path("enum").forEach((v) -> {
			if (!v.isNull()) {
				values.add(v.asString());
			}
		});
		return values;
	}

	private static List<String> names(Enum<?>[] values) {
		return java.util.Arrays.stream(values).map(Enum::name).toList();
	}

	private static JsonNode responseSchema(JsonNode openapi, String path) {
		JsonNode content = openapi.path("paths").path(path).path("get").path("responses").path("200").path("content");
		for (Map.Entry<String, JsonNode> entry : content.properties()) {
			return entry.getValue().path("schema");
		}
		return content.path("none");
	}

	/**
	 * Checks a value against its schema: types, every documented property present and
	 * documented as required, no undocumented one, null only where the type allows it,
	 * values among the enum, date-times in RFC 3339, arrays item by item.
	 */
	private static void check(JsonNode openapi, JsonNode value, JsonNode schema, String where, List<String> problems,
			List<String> checked) {
		if (schema.has("$ref")) {
			String name = schema.path("$ref").asString().substring("#/components/schemas/".length());
			check(openapi, value, openapi.path("components").path("schemas").path(name), where, problems, checked);
			return;
		}
		if (schema.has("anyOf")) {
			// An object or null: null only where an alternative says so.
			List<JsonNode> alternatives = new ArrayList<>();
			schema.path("anyOf").forEach(alternatives::add);
			if (value.isNull()) {
				if (alternatives.stream().noneMatch(ApiIT::allowsNull)) {
					problems.add(where + ": null where the schema does not allow it");
				}
				return;
			}
			JsonNode alternative = alternatives.stream()
				.filter((a) -> !"null".equals(a.path("type").asString()))
				.findFirst()
				.orElseThrow();
			check(openapi, value, alternative, where, problems, checked);
			return;
		}
		if (value.isNull()) {
			if (!allowsNull(schema)) {
				problems.add(where + ": null where the schema does not allow it");
			}
			return;
		}
		checked.add(where);
		Set<String> types = new HashSet<>();
		if (schema.path("type").isArray()) {
			schema.path("type").forEach((t) -> types.add(t.asString()));
		}
		else if (schema.has("type")) {
			types.add(schema.path("type").asString());
		}
		if (types.isEmpty()) {
			problems.add(where + ": no type in the schema");
			return;
		}
		if (schema.has("enum")) {
			List<String> allowed = new ArrayList<>();
			schema.path("enum").forEach((e) -> allowed.add(e.asString()));
			if (!allowed.contains(value.asString())) {
				problems.add(where + ": " + value + " is not among " + allowed);
			}
		}
		if ("date-time".equals(schema.path("format").asString()) && value.isString() && !value.asString()
			.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})")) {
			problems.add(where + ": " + value + " is not an RFC 3339 date-time");
		}
		if (types.contains("object") && value.isObject()) {
			// Every property is always written: documented as required.
			Set<String> required = new HashSet<>();
			schema.path("required").forEach((r) -> required.add(r.asString()));
			schema.path("properties").properties().forEach((property) -> {
				if (!required.contains(property.getKey())) {
					problems.add(where + "." + property.getKey() + ": not documented as required");
				}
			});
			JsonNode properties = schema.path("properties");
			for (Map.Entry<String, JsonNode> property : properties.properties()) {
				if (!value.has(property.getKey())) {
					problems.add(where + "." + property.getKey() + ": documented but missing");
				}
				else {
					check(openapi, value.get(property.getKey()), property.getValue(), where + "." + property.getKey(),
							problems, checked);
				}
			}
			value.properties().forEach((field) -> {
				if (!properties.has(field.getKey())) {
					problems.add(where + "." + field.getKey() + ": not documented");
				}
			});
			// Required: present (null only where its type allows, checked above).
			schema.path("required").forEach((name) -> {
				if (value.path(name.asString()).isMissingNode()) {
					problems.add(where + "." + name.asString() + ": required but absent");
				}
			});
		}
		else if (types.contains("array") && value.isArray()) {
			int i = 0;
			for (JsonNode item : value) {
				check(openapi, item, schema.path("items"), where + "[" + i++ + "]", problems, checked);
			}
		}
		else if (!(types.contains("string") && value.isString())
				&& !(types.contains("integer") && value.isIntegralNumber())
				&& !(types.contains("number") && value.isNumber())
				&& !(types.contains("boolean") && value.isBoolean())) {
			problems.add(where + ": " + value.getNodeType() + " where the schema says " + types);
		}
	}

}
