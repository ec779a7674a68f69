package org.commonground.meeting;

import org.commonground.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Attendance by stakeholder group: recorded by facilitators, shown on the meeting's page
 * and beside the members online in the dialogue's representation panel.
 */
class AttendanceIT extends MeetingTestBase {

	String meeting;

	@BeforeEach
	void aWorkshop() throws Exception {
		this.meeting = planWorkshop("Geita workshop");
	}

	@Test
	void countsByGroupShowOnTheMeetingAndBesideTheMembersOnline() throws Exception {
		WebClient facilitator = client(this.facilitator);
		Document form = Jsoup.parse(facilitator.perform(get(this.meeting + "/attendance")).getContentAsString());
		assertThat(form.select("input[name=count.ARTISANAL_MINER]")).hasSize(1);
		assertThat(form.select("input[name=women.COMMUNITY]").attr("aria-label")).isEqualTo("Mining community: women");
		MockHttpServletResponse saved = facilitator
			.perform(post(this.meeting + "/attendance").param("count.ARTISANAL_MINER", "14")
				.param("women.ARTISANAL_MINER", "6")
				.param("men.ARTISANAL_MINER", "8")
				.param("count.COMMUNITY", "30")
				.param("count.GOVERNMENT", "")
				.param("count.BUYER", "0"));
		assertThat(saved.getStatus()).isEqualTo(302);

		Document page = Jsoup.parse(new WebClient(this.mvc).perform(get(this.meeting)).getContentAsString());
		assertThat(page.select("table.attendance tbody tr").eachText()).containsExactly("Artisanal miner 14 6 8",
				"Mining community 30 – –");
		assertThat(page.select("table.attendance tfoot").text()).isEqualTo("Total 44 6 8");

		Document dialogue = Jsoup
			.parse(new WebClient(this.mvc).perform(get("/dialogues/" + this.slug)).getContentAsString());
		assertThat(dialogue.select(".chart-table thead").text()).contains("People met in meetings");
		assertThat(dialogue.select(".chart-table tbody tr:contains(Artisanal miner) td").eachText())
			.containsExactly("1", "0", "0", "0", "0", "14", "Yes");
		assertThat(dialogue.select(".chart-table tfoot td").eachText()).contains("44");
		String warnings = dialogue.select(".representation .alert").text();
		assertThat(warnings).contains("Met in meetings but with no member online: Mining community.");
		assertThat(warnings).contains("Members online but not met in any meeting: Civil society or NGO.");

		facilitator.perform(post(this.meeting + "/attendance").param("count.ARTISANAL_MINER", "12"));
		assertThat(
				this.jdbc.queryForObject("select coalesce(sum(people), 0) from meeting_attendance where meeting_id = ?",
						Integer.class, meetingId()))
			.as("saving again replaces the counts")
			.isEqualTo(12);
	}

	@Test
	void impossibleCountsComeBackBesideTheirFieldWithWhatWasTyped() throws Exception {
		MockHttpServletResponse refused = client(this.facilitator)
			.perform(post(this.meeting + "/attendance").param("count.ARTISANAL_MINER", "10")
				.param("women.ARTISANAL_MINER", "6")
				.param("men.ARTISANAL_MINER", "8")
				.param("count.COMMUNITY", "many")
				.param("count.BUYER", "3"));
		assertThat(refused.getStatus()).isEqualTo(200);
		Document form = Jsoup.parse(refused.getContentAsString());
		assertThat(form.select(".error-summary a").eachAttr("href")).containsExactly("#count.ARTISANAL_MINER",
				"#count.COMMUNITY");
		assertThat(form.select(".error-summary a").eachText()).containsExactly(
				"Artisanal miner: Women and men together cannot be more than the people who came.",
				"Mining community: Enter a whole number from 0, or leave it empty.");
		assertThat(form.getElementById("count.ARTISANAL_MINER-error").text()).contains("cannot be more");
		assertThat(form.getElementById("count.COMMUNITY").val()).isEqualTo("many");
		assertThat(form.getElementById("count.BUYER").val()).isEqualTo("3");
		assertThat(this.jdbc.queryForObject("select count(*) from meeting_attendance where meeting_id = ?",
				Integer.class, meetingId()))
			.isZero();
	}

	@Test
	void peopleAreNamedOnlyWithTheirConsent() throws Exception {
		WebClient facilitator = client(this.facilitator);
		MockHttpServletResponse refused = facilitator
			.perform(post(this.meeting + "/attendees").param("name", "Neema Mwita").param("group", "COMMUNITY"));
		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(refused.getContentAsString()).select("#consent-error").text()).contains("consent");
		assertThat(this.jdbc.queryForObject("select count(*) from meeting_attendee where meeting_id = ?", Integer.class,
				meetingId()))
			.isZero();
		assertThat(facilitator
			.perform(post(this.meeting + "/attendees").param("name", "Neema Mwita")
				.param("group", "COMMUNITY")
				.param("consent", "true"))
			.getStatus()).isEqualTo(302);
		Document page = Jsoup.parse(new WebClient(this.mvc).perform(get(this.meeting)).getContentAsString());
		assertThat(page.select(".attendee-list li").text()).isEqualTo("Neema Mwita Mining community");
		long id = this.jdbc.queryForObject("select id from meeting_attendee where meeting_id = ?", Long.class,
				meetingId());
		assertThat(client(this.member).perform(post(this.meeting + "/attendees/" + id + "/delete")).getStatus())
			.isEqualTo(404);
		facilitator.perform(post(this.meeting + "/attendees/" + id + "/delete"));
		assertThat(Jsoup.parse(new WebClient(this.mvc).perform(get(this.meeting)).getContentAsString())
			.select(".attendee-list")).isEmpty();
	}

	@Test
	void onlyFacilitatorsRecordAttendance() throws Exception {
		WebClient member = client(this.member);
		assertThat(member.perform(get(this.meeting + "/attendance")).getStatus()).isEqualTo(404);
		assertThat(member.perform(post(this.meeting + "/attendance").param("count.ARTISANAL_MINER", "500")).getStatus())
			.isEqualTo(404);
		assertThat(member.perform(post(this.meeting + "/attendance").param("count.ARTISANAL_MINER", "x")).getStatus())
			.isEqualTo(404);
		assertThat(this.jdbc.queryForObject("select count(*) from meeting_attendance where meeting_id = ?",
				Integer.class, meetingId()))
			.isZero();
	}

	private long meetingId() {
		return idIn(this.meeting);
	}

}
