package org.commonground.shared.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonground.account.AccountRole;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.DisplayMode;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.support.IntegrationTest;
import org.commonground.vision.VisionService;
import org.commonground.support.SqlStatements;
import org.commonground.support.TestAccounts;
import org.commonground.support.TestChallenges;
import org.commonground.support.TestDialogues;
import org.commonground.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The visitors' page cache (P3): a visitor gets the challenge page (or the vision page)
 * another visitor had, with one SQL statement and with a CSRF token of their own, until
 * anything on it changes through any path (a service, a form, plain SQL); signed-in
 * people always get it rendered; and every table either bumps {@code page_version} or is
 * one that no page shows.
 */
class VisitorPageCacheIT extends IntegrationTest {

	/**
	 * The tables V105 leaves without the trigger: keep the two lists the same. Later:
	 * {@code resource_suggestion} (V121), shown only to its member and the facilitators,
	 * who are signed in and never get a kept page (an accepted suggestion becomes a
	 * {@code resource}, which has the trigger).
	 */
	private static final List<String> NOT_SHOWN = List.of("account_token", "api_token", "audit_entry",
			"event_publication", "flyway_schema_history", "newsletter_consent", "newsletter_delivery",
			"newsletter_subscriber", "notification", "notification_digest", "notification_secret", "outbound_email",
			"page_version", "persistent_logins", "rate_limit_bucket", "resource_suggestion", "search_entry",
			"search_word", "shedlock", "sms_inbound", "sms_outbound", "spring_session", "spring_session_attributes");

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

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

	@Autowired
	VisionService visions;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aVisitorGetsTheKeptPageUntilAnythingOnItChanges() throws Exception {
		String facilitator = this.accounts.create("Cache Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String member = this.accounts.create("Cache Member", AccountRole.PARTICIPANT, "BUYER");
		String slug = this.dialogues.create(facilitator, "Kept pages", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, member, DisplayMode.NAMED);
		long challenge = this.challenges.raise(slug, member, "Water in the pits", "ENVIRONMENT");
		long first = this.challenges.comment(slug, member, challenge, null, "The first comment");
		String path = "/dialogues/" + slug + "/challenges/" + challenge;

		WebClient visitor = new WebClient(this.mvc);
		String rendered = visitor.perform(get(path)).getContentAsString();
		assertThat(rendered).contains("The first comment").contains("Cache Member");

		// Another visitor: the same page, from one statement (page_version), with a token
		// of their own that their own cookie accepts.
		WebClient other = new WebClient(this.mvc);
		SqlStatements.Count<MockHttpServletResponse> kept = SqlStatements.page(() -> fetch(other, path));
		assertThat(kept.page()).as(kept.listing()).isEqualTo(1);
		String keptPage = kept.result().getContentAsString();
		assertThat(csrfFields(keptPage)).isNotEmpty().doesNotContainAnyElementsOf(csrfFields(rendered));
		assertThat(keptPage.replaceAll(CSRF_FIELD.pattern(), ""))
			.isEqualTo(rendered.replaceAll(CSRF_FIELD.pattern(), ""));
		assertThat(kept.result().getContentType()).isEqualTo("text/html;charset=UTF-8");
		assertThat(kept.result().getHeader("Content-Language")).isEqualTo("en");
		assertThat(other.performAsIs(
				post("/language").param("_csrf", csrfFields(keptPage).get(0)).param("lang", "fr").param("return", path))
			.getStatus()).isEqualTo(302);
		// ... and a token kept from someone else's page is refused.
		WebClient third = new WebClient(this.mvc);
		third.perform(get(path));
		assertThat(third.performAsIs(
				post("/language").param("_csrf", csrfFields(keptPage).get(0)).param("lang", "fr").param("return", path))
			.getStatus()).isEqualTo(403);

		// Each language is kept apart.
		String swahili = new WebClient(this.mvc).perform(get(path).header("Accept-Language", "sw"))
			.getContentAsString();
		assertThat(swahili).contains("<html lang=\"sw\">");
		assertThat(fetch(visitor, path).getContentAsString()).contains("<html lang=\"en\">");

		// The dialogue's own page is kept too, until the dialogue changes.
		String dialoguePath = "/dialogues/" + slug;
		assertThat(fetch(new WebClient(this.mvc), dialoguePath).getContentAsString()).contains("Water in the pits");
		assertThat(SqlStatements.page(() -> fetch(new WebClient(this.mvc), dialoguePath)).page()).isEqualTo(1);
		this.jdbc.update("update dialogue set title = 'Kept pages, renamed' where slug = ?", slug);
		assertThat(fetch(new WebClient(this.mvc), dialoguePath).getContentAsString()).contains("Kept pages, renamed");

		// A new comment through the service.
		this.challenges.comment(slug, member, challenge, null, "A second comment");
		assertThat(fetch(visitor, path).getContentAsString()).contains("A second comment");
		// An edit through the author's form.
		WebClient author = new WebClient(this.mvc);
		author.logIn(member, TestAccounts.PASSWORD);
		long version = this.jdbc.queryForObject("select version from comment where id = ?", Long.class, first);
		assertThat(author
			.perform(post("/dialogues/" + slug + "/comments/" + first + "/edit").param("body", "The first, edited")
				.param("version", String.valueOf(version)))
			.getStatus()).isEqualTo(302);
		assertThat(fetch(visitor, path).getContentAsString()).contains("The first, edited")
			.doesNotContain("The first comment");
		// Hidden, renamed and made members-only in plain SQL: the triggers see every
		// write.
		this.jdbc.update("update comment set status = 'HIDDEN', hidden_at = now(), hidden_reason = 'Off topic' "
				+ "where id = ?", first);
		assertThat(fetch(visitor, path).getContentAsString()).doesNotContain("The first, edited");
		this.jdbc.update("update account set display_name = 'Renamed Member' where email = ?", member);
		assertThat(fetch(visitor, path).getContentAsString()).contains("Renamed Member").doesNotContain("Cache Member");
		this.jdbc.update("update dialogue set visibility = 'MEMBERS_ONLY' where slug = ?", slug);
		assertThat(visitor.perform(get(path)).getStatus()).isEqualTo(404);

		// A signed-in member always gets the page rendered for them.
		this.jdbc.update("update dialogue set visibility = 'PUBLIC' where slug = ?", slug);
		fetch(visitor, path);
		SqlStatements.Count<MockHttpServletResponse> signedIn = SqlStatements.page(() -> fetch(author, path));
		assertThat(signedIn.page()).isGreaterThan(1);
		assertThat(signedIn.result().getContentAsString()).contains("Renamed Member").contains("name=\"body\"");
	}

	@Test
	void theVisionPageIsKeptUntilANewVersionIsPublished() throws Exception {
		String facilitator = this.accounts.create("Vision Cache Facilitator", AccountRole.FACILITATOR, "GOVERNMENT");
		String slug = this.dialogues.create(facilitator, "Kept visions", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		this.dialogues.as(facilitator,
				(me) -> this.visions.publish(slug, me, "# A vision\n\nLicences for every pit by 2030.", "First", null));
		String latest = "/dialogues/" + slug + "/vision";
		assertThat(fetch(new WebClient(this.mvc), latest).getContentAsString()).contains("Licences for every pit");
		SqlStatements.Count<MockHttpServletResponse> kept = SqlStatements
			.page(() -> fetch(new WebClient(this.mvc), latest));
		assertThat(kept.page()).as(kept.listing()).isEqualTo(1);
		assertThat(SqlStatements.page(() -> fetch(new WebClient(this.mvc), latest + "/versions/1")).page())
			.isGreaterThan(1);

		this.dialogues.as(facilitator, (me) -> this.visions.publish(slug, me,
				"# A vision\n\nLicences for every pit by 2028.", "Sooner", null));
		assertThat(fetch(new WebClient(this.mvc), latest).getContentAsString()).contains("by 2028")
			.doesNotContain("by 2030");
		assertThat(fetch(new WebClient(this.mvc), latest + "/versions/1").getContentAsString()).contains("by 2030");
	}

	@Test
	void everyTableEitherBumpsThePageVersionOrIsOneNoPageShows() {
		List<String> without = this.jdbc.queryForList("""
				select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = current_schema() and c.relkind = 'r' and not c.relispartition
				  and not exists (select 1 from pg_trigger t where t.tgrelid = c.oid
				                  and t.tgname = 'page_version_changed')
				order by 1""", String.class);
		assertThat(without).as("tables without the page_version trigger (V105): a new table a page shows needs it")
			.containsExactlyInAnyOrderElementsOf(NOT_SHOWN);
		long before = this.jdbc.queryForObject("select version from page_version", Long.class);
		this.jdbc.update("update theme set sort_order = sort_order where id = (select min(id) from theme)");
		long after = this.jdbc.queryForObject("select version from page_version", Long.class);
		assertThat(after).isGreaterThan(before);
	}

	@Test
	void aLoginKeepsTheKeptPagesAndARenameDropsThem() {
		String email = this.accounts.create("Logging In", AccountRole.PARTICIPANT, "BUYER");
		// What AccountRepository writes on a login, then a rename; each in a transaction
		// whose deferred triggers are made to fire before it ends, so that what this
		// transaction bumped is seen apart from anything else the application writes.
		assertThat(bumps(
				"update account set previous_login_at = last_login_at, last_login_at = now() " + "where email = ?",
				email))
			.as("a login")
			.isFalse();
		assertThat(bumps("update account set display_name = 'Logged In' where email = ?", email)).as("a rename")
			.isTrue();
	}

	private boolean bumps(String sql, String email) {
		return Boolean.TRUE.equals(new TransactionTemplate(this.transactions).execute((status) -> {
			assertThat(this.jdbc.update(sql, email)).isEqualTo(1);
			this.jdbc.execute("set constraints all immediate");
			return "on".equals(this.jdbc
				.queryForObject("select current_setting('common_ground.page_version_bumped', true)", String.class));
		}));
	}

	private static MockHttpServletResponse fetch(WebClient client, String path) {
		try {
			MockHttpServletResponse response = client.perform(get(path));
			assertThat(response.getStatus()).as(path).isEqualTo(200);
			return response;
		}
		catch (Exception ex) {
			throw new IllegalStateException(path, ex);
		}
	}

	private static List<String> csrfFields(String page) {
		Matcher fields = CSRF_FIELD.matcher(page);
		return fields.results().map((field) -> field.group(1)).distinct().toList();
	}

}
