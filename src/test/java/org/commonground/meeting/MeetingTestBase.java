package org.commonground.meeting;

import org.commonground.account.AccountRole;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.DisplayMode;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.support.IntegrationTest;
import org.commonground.support.TestAccounts;
import org.commonground.support.TestDialogues;
import org.commonground.support.WebClient;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the meeting tests share: a public, open dialogue with a facilitator (civil
 * society) and a member (artisanal miner), and a way to plan a meeting in it.
 */
abstract class MeetingTestBase extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Autowired
	JdbcTemplate jdbc;

	String facilitator;

	String member;

	String slug;

	@BeforeEach
	void dialogueWithAFacilitatorAndAMember() {
		this.facilitator = this.accounts.create("Fatuma Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		this.member = this.accounts.create("Musa Miner", AccountRole.PARTICIPANT, "ARTISANAL_MINER");
		this.slug = this.dialogues.create(this.facilitator, "Meetings", Visibility.PUBLIC, JoinPolicy.OPEN, false,
				DialogueStatus.OPEN);
		this.dialogues.addMember(this.slug, this.facilitator, this.member, DisplayMode.NAMED);
	}

	/**
	 * Records a workshop that took place (in March 2026) as the facilitator; returns its
	 * page's path.
	 */
	String planWorkshop(String title) throws Exception {
		return client(this.facilitator)
			.perform(post("/dialogues/" + this.slug + "/meetings").param("title", title)
				.param("kind", "WORKSHOP")
				.param("startsAt", "2026-03-12T09:00")
				.param("endsAt", "2026-03-12T17:00")
				.param("pastConfirmed", "true"))
			.getRedirectedUrl();
	}

	/**
	 * Publishes a first vision version (a heading and one paragraph) as the facilitator;
	 * returns the paragraph's key.
	 */
	String publishVision(WebClient facilitator) throws Exception {
		facilitator.perform(post("/dialogues/" + this.slug + "/vision/versions")
			.param("text", "# Geita 2030\n\nEvery miner who asks gets a licence within three months.")
			.param("changeSummary", "First draft"));
		return this.jdbc.queryForObject("""
				select p.paragraph_key from vision_paragraph p join vision_version v on v.id = p.version_id
				join dialogue d on d.id = v.dialogue_id where d.slug = ? and p.position = 2""", String.class,
				this.slug);
	}

	static long idIn(String path) {
		return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
	}

	WebClient client(String email) throws Exception {
		WebClient client = new WebClient(this.mvc, TestAccounts.newAddress());
		client.logIn(email, TestAccounts.PASSWORD);
		return client;
	}

}
