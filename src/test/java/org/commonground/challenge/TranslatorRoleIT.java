package org.commonground.challenge;

import org.commonground.account.AccountRole;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.DisplayMode;
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
 * Issue 15: a member a facilitator trusts to translate adds translations of challenges
 * and comments, shown with their name; unmarked, they no longer may, and their
 * translations stay.
 */
class TranslatorRoleIT extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void facilitatorsTrustAMemberToTranslateContributions() throws Exception {
		String facilitator = this.accounts.create("Tafsiri Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String translator = this.accounts.create("Tafsiri Member", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		String writer = this.accounts.create("Tafsiri Writer", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		String slug = this.dialogues.create(facilitator, "Trusted translators", Visibility.PUBLIC, JoinPolicy.OPEN,
				true, DialogueStatus.OPEN);
		this.dialogues.addMember(slug, facilitator, translator, DisplayMode.NAMED);
		this.dialogues.addMember(slug, facilitator, writer, DisplayMode.NAMED);
		WebClient writing = new WebClient(this.mvc, TestAccounts.newAddress());
		writing.logIn(writer, TestAccounts.PASSWORD);
		String path = writing
			.perform(post("/dialogues/" + slug + "/challenges").param("title", "Scales are not checked")
				.param("body", "Nobody checks the buyers' scales.")
				.param("language", "en"))
			.getRedirectedUrl();
		long challenge = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
		writing.perform(post("/dialogues/" + slug + "/comments").param("targetType", "CHALLENGE")
			.param("targetId", String.valueOf(challenge))
			.param("body", "We have the same problem in Rwamagasa.")
			.param("language", "en"));
		long comment = this.jdbc.queryForObject("select id from comment where target_id = ? and language = 'en'",
				Long.class, challenge);
		String commentTranslation = "/dialogues/" + slug + "/comments/" + comment + "/translation";
		String challengeTranslation = "/dialogues/" + slug + "/challenges/" + challenge + "/translation";
		long membership = this.jdbc.queryForObject("""
				select m.id from membership m join dialogue d on d.id = m.dialogue_id
				join account a on a.id = m.account_id where d.slug = ? and a.email = ?""", Long.class, slug,
				translator);
		String mark = "/dialogues/" + slug + "/members/" + membership + "/translator";

		// An ordinary member does not translate.
		WebClient member = new WebClient(this.mvc, TestAccounts.newAddress());
		member.logIn(translator, TestAccounts.PASSWORD);
		assertTranslatingRefused(member, commentTranslation, challengeTranslation);
		assertThat(Jsoup.parse(member.perform(get(path)).getContentAsString())
			.select("a[href='" + commentTranslation + "'], a[href='" + challengeTranslation + "']")).isEmpty();

		// A member who does not facilitate cannot mark anyone, themselves included.
		assertThat(writing.perform(post(mark).param("translator", "true")).getStatus()).isEqualTo(404);
		assertThat(member.perform(post(mark).param("translator", "true")).getStatus()).isEqualTo(404);
		assertTranslatingRefused(member, commentTranslation, challengeTranslation);

		// The facilitator marks them on the members page.
		WebClient facilitating = new WebClient(this.mvc, TestAccounts.newAddress());
		facilitating.logIn(facilitator, TestAccounts.PASSWORD);
		Document members = Jsoup
			.parse(facilitating.perform(get("/dialogues/" + slug + "/members")).getContentAsString());
		assertThat(members.select("form[action='" + mark + "'] button").text())
			.isEqualTo("Trust Tafsiri Member to translate");
		assertThat(members.select("form[action='" + mark + "'] input[name=_csrf]")).isNotEmpty();
		assertThat(facilitating.performAsIs(post(mark).param("translator", "true")).getStatus()).isEqualTo(403);
		assertThat(facilitating.perform(post(mark).param("translator", "true")).getRedirectedUrl())
			.isEqualTo("/dialogues/" + slug + "/members");
		assertThat(Jsoup.parse(writing.perform(get("/dialogues/" + slug + "/members")).getContentAsString())
			.select(".member-list li:contains(Tafsiri Member) .badge")
			.text()).isEqualTo("Translator");

		// Now they see "Translate" and translate the comment and the challenge; the
		// facilitators' response is not theirs to translate.
		Document page = Jsoup.parse(member.perform(get(path)).getContentAsString());
		assertThat(page.select("a[href='" + commentTranslation + "']")).isNotEmpty();
		assertThat(page.select("a[href='" + challengeTranslation + "']")).isNotEmpty();
		assertThat(member.perform(get(commentTranslation)).getStatus()).isEqualTo(200);
		assertThat(member
			.perform(post(commentTranslation).param("language", "sw").param("text", "Tuna tatizo hilo hilo Rwamagasa."))
			.getRedirectedUrl()).isEqualTo(path + "#comment-" + comment);
		assertThat(member
			.perform(post(challengeTranslation).param("language", "sw")
				.param("title", "Mizani haikaguliwi")
				.param("body", "Hakuna anayekagua mizani ya wanunuzi.")
				.param("response", "Jibu la mtafsiri"))
			.getRedirectedUrl()).isEqualTo(path);
		assertThat(this.jdbc.queryForObject(
				"select response_source from challenge_translation where challenge_id = ? and language = 'sw'",
				String.class, challenge))
			.isEmpty();

		// A reader in Swahili sees both, marked as translations by the member.
		WebClient reader = new WebClient(this.mvc, TestAccounts.newAddress());
		reader.perform(post("/language").param("lang", "sw"));
		Document swahili = Jsoup.parse(reader.perform(get(path)).getContentAsString());
		assertThat(swahili.select("#comment-" + comment + " .comment-translation .prose[lang=sw]").text())
			.isEqualTo("Tuna tatizo hilo hilo Rwamagasa.");
		assertThat(swahili.select("#comment-" + comment + " .comment-translation .meta").text())
			.isEqualTo("Tafsiri kwa Kiswahili na Tafsiri Member");
		assertThat(swahili.select(".comment-translation").text()).contains("Mizani haikaguliwi",
				"Hakuna anayekagua mizani ya wanunuzi.");
		assertThat(swahili.select(".comment-translation .meta").eachText())
			.contains("Tafsiri kwa Kiswahili na Tafsiri Member");

		// Unmarked: 404 again; their translations stay.
		assertThat(facilitating.perform(post(mark).param("translator", "false")).getRedirectedUrl())
			.isEqualTo("/dialogues/" + slug + "/members");
		assertTranslatingRefused(member, commentTranslation, challengeTranslation);
		assertThat(this.jdbc.queryForList("""
				select e.action from audit_entry e join dialogue d on d.id = e.dialogue_id
				where d.slug = ? and e.action like 'TRANSLATOR_%' order by e.id""", String.class, slug))
			.containsExactly("TRANSLATOR_MARKED", "TRANSLATOR_UNMARKED");
		assertThat(Jsoup.parse(reader.perform(get(path)).getContentAsString())
			.select("#comment-" + comment + " .comment-translation .meta")
			.text()).isEqualTo("Tafsiri kwa Kiswahili na Tafsiri Member");

		// Marked again, then leaving the dialogue: the right goes with the membership.
		facilitating.perform(post(mark).param("translator", "true"));
		assertThat(member.perform(get(commentTranslation)).getStatus()).isEqualTo(200);
		member.perform(post("/dialogues/" + slug + "/leave"));
		assertTranslatingRefused(member, commentTranslation, challengeTranslation);
	}

	private static void assertTranslatingRefused(WebClient client, String commentTranslation,
			String challengeTranslation) throws Exception {
		assertThat(client.perform(get(commentTranslation)).getStatus()).isEqualTo(404);
		assertThat(client.perform(post(commentTranslation).param("language", "sw").param("text", "Hapana")).getStatus())
			.isEqualTo(404);
		assertThat(client.perform(get(challengeTranslation)).getStatus()).isEqualTo(404);
		assertThat(
				client.perform(post(challengeTranslation).param("language", "sw").param("title", "Hapana")).getStatus())
			.isEqualTo(404);
	}

}
