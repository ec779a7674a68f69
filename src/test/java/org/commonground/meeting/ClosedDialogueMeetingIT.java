package org.commonground.meeting;

import java.nio.charset.StandardCharsets;

import org.commonground.dialogue.DialogueService;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A closed (or archived) dialogue takes nothing new through its meetings either: no
 * contribution recorded on the form or imported from a file of cards, no new meeting, no
 * attendance. The pages say so and offer no form; a form sent anyway is refused with that
 * message, and nothing is stored.
 */
class ClosedDialogueMeetingIT extends MeetingTestBase {

	static final String NOT_OPEN = "This dialogue is not open: contributions can no longer be recorded in it.";

	@Autowired
	DialogueService dialogueService;

	String meeting;

	long challenge;

	WebClient web;

	@BeforeEach
	void aWorkshopAndAChallenge() throws Exception {
		this.meeting = planWorkshop("Workshop before the close");
		this.web = client(this.facilitator);
		this.web.perform(post("/dialogues/" + this.slug + "/challenges").param("title", "Roads close in the rains")
			.param("body", "From March to May the ore cannot reach the buyers."));
		this.challenge = this.jdbc.queryForObject(
				"select c.id from challenge c join dialogue d on d.id = c.dialogue_id where d.slug = ?", Long.class,
				this.slug);
	}

	@Test
	void nothingIsRecordedImportedOrCountedAtTheMeetingsOfAClosedDialogue() throws Exception {
		// A sheet previewed while the dialogue was open…
		Document preview = upload("cards.csv", """
				type,group,people,channel,title,text
				challenge,ARTISANAL_MINER,3,CARD,Buyers pay late,The buyers pay a month after they take the gold.
				""");
		String confirm = preview.select("form[action$=/confirm]").attr("action");
		assertThat(confirm).isNotEmpty();
		close(DialogueStatus.CLOSED);

		Document page = page(this.meeting);
		assertThat(page.select("a[href$=/contributions]")).as("no Record contributions").isEmpty();
		assertThat(page.select("a[href$=/attendance]")).as("no Record attendance").isEmpty();
		Document recording = page(this.meeting + "/contributions");
		assertThat(recording.select("form#record")).isEmpty();
		assertThat(recording.select("a[href$=/import]")).isEmpty();
		assertThat(recording.select("p.alert.info").text()).startsWith("This dialogue is not open");

		// A card posted anyway (a form loaded before the close).
		MockHttpServletResponse refused = this.web
			.perform(post(this.meeting + "/contributions").param("type", "CHALLENGE")
				.param("stakeholderGroup", "ARTISANAL_MINER")
				.param("peopleCount", "14")
				.param("channel", "CARD")
				.param("title", "A challenge after the close")
				.param("body", "Recorded once the dialogue was closed.")
				.param("formToken", "late1"));
		assertThat(refused.getRedirectedUrl()).isEqualTo(this.meeting + "/contributions");
		assertThat(page(refused.getRedirectedUrl()).select(".alert.error").text()).isEqualTo(NOT_OPEN);
		this.web.perform(post(this.meeting + "/contributions").param("type", "COMMENT")
			.param("stakeholderGroup", "COMMUNITY")
			.param("peopleCount", "3")
			.param("channel", "CARD")
			.param("challengeId", Long.toString(this.challenge))
			.param("body", "A comment after the close.")
			.param("formToken", "late2"));
		assertThat(this.web.lastFlash().get("flashError")).isEqualTo("recorded.error.dialogue-closed");

		// …is not imported once it is closed, and no new file is read.
		MockHttpServletResponse confirmed = this.web.perform(post(confirm));
		assertThat(confirmed.getStatus()).isEqualTo(302);
		assertThat(page(confirmed.getRedirectedUrl()).select(".alert.error").text()).isEqualTo(NOT_OPEN);
		MockHttpServletResponse uploaded = this.web
			.upload(multipart(this.meeting + "/import").file(new MockMultipartFile("file", "more.csv", "text/csv",
					"type,group,people,channel,title,text\nchallenge,ARTISANAL_MINER,3,CARD,Another late one,Text\n"
						.getBytes(StandardCharsets.UTF_8))));
		assertThat(uploaded.getRedirectedUrl()).isEqualTo(this.meeting + "/import");
		Document importPage = page(uploaded.getRedirectedUrl());
		assertThat(importPage.select(".alert.error").text()).isEqualTo(NOT_OPEN);
		assertThat(importPage.select("input[type=file]")).isEmpty();

		// No new meeting, and no attendance.
		assertThat(page("/dialogues/" + this.slug + "/meetings").select("a[href$=/meetings/new]")).isEmpty();
		assertThat(this.web.perform(get("/dialogues/" + this.slug + "/meetings/new")).getRedirectedUrl())
			.isEqualTo("/dialogues/" + this.slug + "/meetings");
		MockHttpServletResponse meeting = this.web
			.perform(post("/dialogues/" + this.slug + "/meetings").param("title", "A meeting after the close")
				.param("kind", "WORKSHOP")
				.param("startsAt", "2026-03-20T09:00")
				.param("endsAt", "2026-03-20T17:00"));
		assertThat(meeting.getRedirectedUrl()).isEqualTo("/dialogues/" + this.slug + "/meetings");
		assertThat(page(meeting.getRedirectedUrl()).select(".alert.error").text())
			.isEqualTo("This dialogue is closed: no meeting can be added to it.");
		MockHttpServletResponse attendance = this.web
			.perform(post(this.meeting + "/attendance").param("count.ARTISANAL_MINER", "14"));
		assertThat(attendance.getRedirectedUrl()).isEqualTo(this.meeting + "/attendance");
		Document attendancePage = page(attendance.getRedirectedUrl());
		assertThat(attendancePage.select(".alert.error").text())
			.isEqualTo("This dialogue is closed: attendance can no longer be recorded.");
		assertThat(attendancePage.select("form[action$=/attendance], form[action$=/attendees]")).isEmpty();
		this.web.perform(post(this.meeting + "/attendees").param("name", "Asha Late")
			.param("group", "ARTISANAL_MINER")
			.param("consent", "true"));
		assertThat(this.web.lastFlash().get("flashError")).isEqualTo("attendance.error.dialogue-closed");

		assertThat(count("select count(*) from challenge c join dialogue d on d.id = c.dialogue_id where d.slug = '"
				+ this.slug + "'"))
			.as("only the challenge raised while open")
			.isEqualTo(1);
		assertThat(count("select count(*) from comment where target_id = " + this.challenge)).isZero();
		assertThat(count("select count(*) from recorded_contribution where meeting_id = " + idIn(this.meeting)))
			.isZero();
		assertThat(count("select count(*) from meeting m join dialogue d on d.id = m.dialogue_id where d.slug = '"
				+ this.slug + "'"))
			.isEqualTo(1);
		assertThat(count("select count(*) from meeting_attendance where meeting_id = " + idIn(this.meeting))).isZero();
		assertThat(count("select count(*) from meeting_attendee where meeting_id = " + idIn(this.meeting))).isZero();
	}

	@Test
	void anArchivedDialogueTakesNoRecordEither() throws Exception {
		close(DialogueStatus.ARCHIVED);
		this.web.perform(post(this.meeting + "/contributions").param("type", "CHALLENGE")
			.param("stakeholderGroup", "ARTISANAL_MINER")
			.param("peopleCount", "2")
			.param("channel", "CARD")
			.param("title", "A challenge in the archive")
			.param("body", "Recorded once the dialogue was archived."));
		assertThat(this.web.lastFlash().get("flashError")).isEqualTo("recorded.error.dialogue-closed");
		assertThat(count("select count(*) from recorded_contribution where meeting_id = " + idIn(this.meeting)))
			.isZero();
	}

	private void close(DialogueStatus status) {
		this.dialogues.as(this.facilitator, (me) -> {
			this.dialogueService.changeStatus(this.slug, DialogueStatus.CLOSED, me);
			if (status == DialogueStatus.ARCHIVED) {
				this.dialogueService.changeStatus(this.slug, DialogueStatus.ARCHIVED, me);
			}
			return null;
		});
	}

	private Document page(String path) throws Exception {
		MockHttpServletResponse response = this.web.perform(get(path));
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private Document upload(String name, String csv) throws Exception {
		MockHttpServletResponse response = this.web.upload(multipart(this.meeting + "/import")
			.file(new MockMultipartFile("file", name, "text/csv", csv.getBytes(StandardCharsets.UTF_8))));
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private int count(String sql) {
		return this.jdbc.queryForObject(sql, Integer.class);
	}

}
