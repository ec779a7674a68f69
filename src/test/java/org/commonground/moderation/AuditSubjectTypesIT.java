package org.commonground.moderation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.commonground.account.AccountRole;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.support.IntegrationTest;
import org.commonground.support.TestAccounts;
import org.commonground.support.TestDialogues;
import org.commonground.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every kind of thing an audit entry can be about is named in the audit log in every
 * language: the kinds the code writes into {@code new AuditEvent(...)} and the kinds of
 * moderated content.
 */
class AuditSubjectTypesIT extends IntegrationTest {

	private static final Pattern EVENT = Pattern.compile("new AuditEvent\\((.*?)\\);", Pattern.DOTALL);

	private static final Pattern LITERAL = Pattern.compile("\"([A-Z][A-Z_]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Autowired
	List<ModeratedContent> moderated;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anIssuedApiTokenIsNamedInTheAuditLog() throws Exception {
		String admin = this.accounts.admin("Token Auditor");
		String holder = this.accounts.participant("Token Holder");
		WebClient client = client(admin);
		client.perform(post("/admin/api-tokens").param("email", holder).param("label", "Research dashboard"));
		client.perform(post("/language").param("lang", "fr"));
		Document page = Jsoup.parse(
				client.perform(get("/admin/audit").param("action", "API_TOKEN_ISSUED").param("actor", "Token Auditor"))
					.getContentAsString());
		assertThat(page.select("tbody tr td:eq(3)").eachText()).containsExactly("Jeton d’API (Token Holder)");
		assertThat(page.text()).doesNotContain("??");
	}

	@Test
	void everySubjectTypeTheCodeWritesIsNamedInEveryLanguage() throws Exception {
		Set<String> types = writtenSubjectTypes();
		this.moderated.forEach((m) -> types.add(m.type()));
		assertThat(types).as("the scan finds the kinds it should")
			.contains("ACCOUNT", "DIALOGUE", "API_TOKEN", "COMMENT", "CHALLENGE");

		String admin = this.accounts.admin("Subject Walker");
		long adminId = this.jdbc.queryForObject("select id from account where email = ?", Long.class, admin);
		String facilitator = this.accounts.create("Walked Facilitator", AccountRole.FACILITATOR);
		String slug = this.dialogues.create(facilitator, "Walked", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		long dialogueId = this.jdbc.queryForObject("select id from dialogue where slug = ?", Long.class, slug);
		for (String type : types) {
			this.jdbc.update("""
					insert into audit_entry (occurred_at, actor_id, action, dialogue_id, subject_type, subject_id)
					values (now(), ?, 'DIALOGUE_EDITED', ?, ?, 1)""", adminId, dialogueId, type);
		}

		WebClient client = client(admin);
		for (String language : List.of("en", "fr", "sw", "es", "pt")) {
			client.perform(post("/language").param("lang", language));
			Document page = Jsoup
				.parse(client.perform(get("/admin/audit").param("actor", "Subject Walker")).getContentAsString());
			assertThat(page.select("html").attr("lang")).isEqualTo(language);
			assertThat(page.select("tbody tr")).as(language).hasSize(types.size());
			assertThat(page.select("main").html()).as(language).doesNotContain("??");
		}
	}

	/** The subject types written as literals in {@code new AuditEvent(...)}. */
	private static Set<String> writtenSubjectTypes() throws IOException {
		Set<String> types = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				Matcher event = EVENT.matcher(Files.readString(file));
				while (event.find()) {
					Matcher literal = LITERAL.matcher(event.group(1));
					while (literal.find()) {
						types.add(literal.group(1));
					}
				}
			}
		}
		return types;
	}

	private WebClient client(String email) throws Exception {
		WebClient client = new WebClient(this.mvc, TestAccounts.newAddress());
		client.logIn(email, TestAccounts.PASSWORD);
		return client;
	}

}
