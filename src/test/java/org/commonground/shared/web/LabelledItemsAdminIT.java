package org.commonground.shared.web;

import org.commonground.account.AccountRole;
import org.commonground.support.IntegrationTest;
import org.commonground.support.TestAccounts;
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

/** Admins rename, add and retire stakeholder groups and themes in the five languages. */
class LabelledItemsAdminIT extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void adminsAddAndRenameStakeholderGroupsAndOthersCannot() throws Exception {
		WebClient admin = loggedIn(this.accounts.admin("Labels Admin"));
		String code = "SMELTER_" + (char) ('A' + (System.nanoTime() % 26))
				+ (char) ('A' + (System.nanoTime() / 7 % 26));
		admin.perform(post("/admin/stakeholder-groups/new").param("code", code)
			.param("labels[en]", "Smelter")
			.param("labels[sw]", "Mwenye kinu cha kuyeyusha"));
		assertThat(admin.lastFlash().get("flashSuccess")).isEqualTo("admin.labels.created");
		String swahili = new WebClient(this.mvc).perform(get("/register").header("Accept-Language", "sw"))
			.getContentAsString();
		assertThat(swahili).contains("<option value=\"" + code + "\">Mwenye kinu cha kuyeyusha</option>");
		String french = new WebClient(this.mvc).perform(get("/register").header("Accept-Language", "fr"))
			.getContentAsString();
		assertThat(french).as("an empty language falls back to English")
			.contains("<option value=\"" + code + "\">Smelter</option>");

		String taken = admin
			.perform(post("/admin/stakeholder-groups/new").param("code", code).param("labels[en]", "Again"))
			.getContentAsString();
		assertThat(taken).contains("This code is already used");
		String noEnglish = admin
			.perform(post("/admin/stakeholder-groups/new").param("code", "lower case")
				.param("labels[fr]", "Sans anglais"))
			.getContentAsString();
		assertThat(noEnglish).contains("Please give at least the English name")
			.contains("Use 2 to 40 capital letters")
			.contains("value=\"Sans anglais\"");

		admin.perform(post("/admin/stakeholder-groups/" + code).param("labels[en]", "Smelter or refinery")
			.param("active", "false"));
		assertThat(this.jdbc.queryForObject(
				"select labels->>'en' || ':' || active from stakeholder_group where code = ?", String.class, code))
			.isEqualTo("Smelter or refinery:false");
		assertThat(new WebClient(this.mvc).perform(get("/register")).getContentAsString())
			.doesNotContain("value=\"" + code + "\"");

		WebClient participant = loggedIn(this.accounts.participant("Not Admin"));
		assertThat(participant.perform(get("/admin/stakeholder-groups")).getStatus()).isEqualTo(404);
		assertThat(participant.perform(post("/admin/themes/FINANCE").param("labels[en]", "Money")).getStatus())
			.isEqualTo(404);
	}

	@Test
	void theSeededPortugueseLabelsAreEuropeanPortuguese() throws Exception {
		assertThat(this.jdbc.queryForObject("select labels->>'pt' from stakeholder_group where code = 'RESEARCH'",
				String.class))
			.as("not the Brazilian 'Pesquisa', which is also the search page")
			.isEqualTo("Investigação");
		assertThat(this.jdbc.queryForObject("select labels->>'pt' from theme where code = 'ENVIRONMENT'", String.class))
			.isEqualTo("Ambiente");
		assertThat(this.jdbc.queryForObject("select labels->>'es' from stakeholder_group where code = 'RESEARCH'",
				String.class))
			.as("the other languages as they were")
			.isEqualTo("Investigación");
		assertThat(
				new WebClient(this.mvc).perform(get("/register").header("Accept-Language", "pt")).getContentAsString())
			.contains("<option value=\"RESEARCH\">Investigação</option>");
	}

	@Test
	void adminsRenameThemesInEveryLanguage() throws Exception {
		WebClient admin = loggedIn(this.accounts.admin("Theme Admin"));
		String page = admin.perform(get("/admin/themes")).getContentAsString();
		assertThat(page).contains("value=\"Mercury and health\"").contains("value=\"Zebaki na afya\"");
		admin.perform(post("/admin/themes/GENDER").param("labels[en]", "Gender")
			.param("labels[fr]", "Genre et inclusion")
			.param("labels[sw]", "Jinsia")
			.param("labels[es]", "Género")
			.param("labels[pt]", "Género")
			.param("active", "true"));
		assertThat(
				new WebClient(this.mvc).perform(get("/dialogues").header("Accept-Language", "fr")).getContentAsString())
			.contains(">Genre et inclusion</option>");
		var refused = admin.perform(post("/admin/themes/GENDER").param("labels[en]", " ")
			.param("labels[fr]", "Sans anglais")
			.param("_active", "on"));
		String again = refused.getContentAsString();
		assertThat(refused.getStatus()).as("the page again, not a redirect").isEqualTo(200);
		assertThat(again).as("the error summary links to the card's English field")
			.contains("<a href=\"#GENDER-en\">English: Please give at least the English name.</a>")
			.contains("<p class=\"field-error\" id=\"GENDER-en-error\">")
			.containsPattern("id=\"GENDER-en\" name=\"labels\\[en\\]\"\\s+value=\"\\s*\"[^>]*aria-invalid=\"true\" "
					+ "aria-describedby=\"GENDER-en-error\"")
			.as("what was typed is kept")
			.contains("value=\"Sans anglais\"")
			.as("the other cards are as stored")
			.contains("value=\"Mercury and health\"")
			.doesNotContain("id=\"FINANCE-en-error\"");
		assertThat(this.jdbc.queryForObject("select labels->>'fr' from theme where code = 'GENDER'", String.class))
			.isEqualTo("Genre et inclusion");
	}

	@Test
	void theAddFormTiesTheNamesErrorToTheEnglishField() throws Exception {
		WebClient admin = loggedIn(this.accounts.admin("Theme Adder"));
		String page = admin.perform(post("/admin/themes/new").param("code", "NO_ENGLISH").param("labels[fr]", "Sans"))
			.getContentAsString();
		assertThat(page).contains("<a href=\"#new-en\">English: Please give at least the English name.</a>")
			.doesNotContain("href=\"#labels\"")
			.contains("id=\"new-en-error\"")
			.containsPattern("id=\"new-en\" name=\"labels\\[en\\]\"[^>]*aria-invalid=\"true\" "
					+ "aria-describedby=\"new-en-error\"");
	}

	@Test
	void uncheckingTheBoxRetiresAnItem() throws Exception {
		WebClient admin = loggedIn(this.accounts.admin("Theme Retirer"));
		assertThat(admin.perform(get("/admin/themes")).getContentAsString())
			.contains("<input type=\"hidden\" name=\"_active\" value=\"on\">");
		admin.perform(post("/admin/themes/new").param("code", "TO_RETIRE").param("labels[en]", "To retire"));
		// What a browser sends for an unchecked box: only the marker.
		admin.perform(post("/admin/themes/TO_RETIRE").param("labels[en]", "To retire").param("_active", "on"));
		assertThat(this.jdbc.queryForObject("select active from theme where code = 'TO_RETIRE'", Boolean.class))
			.isFalse();
	}

	@Test
	void aMemberOfARetiredGroupKeepsItOnTheirProfileAndOthersCannotChooseIt() throws Exception {
		WebClient admin = loggedIn(this.accounts.admin("Group Retirer"));
		admin.perform(post("/admin/stakeholder-groups/new").param("code", "PROFILE_KEPT")
			.param("labels[en]", "Profile kept"));
		String member = this.accounts.create("Kept Member", AccountRole.PARTICIPANT, "PROFILE_KEPT");
		assertThat(Jsoup.parse(admin.perform(get("/admin/stakeholder-groups")).getContentAsString())
			.select("#PROFILE_KEPT-usage")
			.text()).as("the count of members beside the box that retires it").startsWith("Used by 1 ");
		admin.perform(post("/admin/stakeholder-groups/PROFILE_KEPT").param("labels[en]", "Profile kept")
			.param("_active", "on"));

		WebClient memberClient = loggedIn(member);
		Document profile = Jsoup.parse(memberClient.perform(get("/account/profile")).getContentAsString());
		assertThat(profile.select("select#stakeholderGroup option[selected]").text())
			.isEqualTo("Profile kept (retired)");
		var saved = memberClient.perform(post("/account/profile").param("displayName", "Kept Member Renamed")
			.param("stakeholderGroup", "PROFILE_KEPT")
			.param("organisation", "New org")
			.param("country", "TZ")
			.param("region", "Geita")
			.param("locale", "en"));
		assertThat(saved.getRedirectedUrl()).isEqualTo("/account/profile");
		assertThat(this.jdbc
			.queryForObject("select a.display_name || ':' || g.code from account a join stakeholder_group g"
					+ " on g.id = a.stakeholder_group_id where a.email = ?", String.class, member))
			.isEqualTo("Kept Member Renamed:PROFILE_KEPT");

		WebClient other = loggedIn(this.accounts.participant("Other Member"));
		assertThat(Jsoup.parse(other.perform(get("/account/profile")).getContentAsString())
			.select("option[value=PROFILE_KEPT]")).isEmpty();
		String refused = other
			.perform(post("/account/profile").param("displayName", "Other Member")
				.param("stakeholderGroup", "PROFILE_KEPT")
				.param("organisation", "Org")
				.param("country", "TZ")
				.param("region", "Geita")
				.param("locale", "en"))
			.getContentAsString();
		assertThat(Jsoup.parse(refused).select("[id=stakeholderGroup-error]").text()).isNotEmpty();
	}

	@Test
	void aNewItemNamedLikeAnExistingOneIsRefusedBesideTheName() throws Exception {
		WebClient admin = loggedIn(this.accounts.admin("Duplicate Adder"));
		String page = admin
			.perform(
					post("/admin/themes/new").param("code", "MERCURY_AGAIN").param("labels[en]", " mercury AND health"))
			.getContentAsString();
		assertThat(Jsoup.parse(page).select("#new-en-error").text())
			.contains("Another item already has the name “mercury AND health”.");
		assertThat(this.jdbc.queryForObject("select count(*) from theme where code = 'MERCURY_AGAIN'", Integer.class))
			.isZero();
		assertThat(Jsoup.parse(admin.perform(get("/admin/themes")).getContentAsString())
			.select("#MERCURY_HEALTH-usage")
			.text()).matches("Used by \\d+ .*");
	}

	private WebClient loggedIn(String email) throws Exception {
		WebClient client = new WebClient(this.mvc);
		client.logIn(email, TestAccounts.PASSWORD);
		return client;
	}

}
