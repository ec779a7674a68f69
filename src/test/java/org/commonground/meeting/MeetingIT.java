package org.commonground.meeting;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.commonground.account.AccountRole;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.DisplayMode;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Meetings end to end: facilitators plan them, everyone who may read the dialogue sees
 * them on its page, in a list and in calendar files; others get 404.
 */
class MeetingIT extends MeetingTestBase {

	@Test
	void aFacilitatorPlansAMeetingThatShowsOnTheDialoguePageInItsOwnTimeZone() throws Exception {
		WebClient facilitator = client(this.facilitator);
		long facilitatorId = accountId(this.facilitator);
		// A new meeting starts in the dialogue's time zone (Tanzania's, from its
		// country),
		// the one its pages show times in.
		Document form = Jsoup
			.parse(facilitator.perform(get("/dialogues/" + this.slug + "/meetings/new")).getContentAsString());
		assertThat(form.select("fieldset label").eachText()).contains("Swahili", "Portuguese", "Fatuma Facilitator");
		assertThat(form.select("#timeZone").val()).isEqualTo("Africa/Dar_es_Salaam");
		assertThat(form.select("#timeZone").attr("list")).isEqualTo("time-zones");
		assertThat(form.select("datalist#time-zones option").eachAttr("value")).contains("America/Lima",
				"Africa/Dar_es_Salaam");
		MockHttpServletResponse created = facilitator
			.perform(meeting("Visioning workshop", "2099-03-12T09:00", "2099-03-13T16:00")
				.param("place", "Geita Hotel, Geita")
				// Typed in any case, kept in its canonical spelling.
				.param("timeZone", "africa/dar_es_salaam")
				.param("languages", "sw", "en")
				.param("facilitators", Long.toString(facilitatorId))
				.param("description", "Two days on the *shared vision*."));
		assertThat(created.getStatus()).as(() -> errors(created)).isEqualTo(302);
		assertThat(created.getRedirectedUrl()).matches("/dialogues/" + this.slug + "/meetings/\\d+");
		assertThat(this.jdbc.queryForObject("select time_zone from meeting where id = ?", String.class,
				Long.valueOf(created.getRedirectedUrl().replaceAll(".*/", ""))))
			.isEqualTo("Africa/Dar_es_Salaam");
		facilitator.perform(
				meeting("Site visit to Nyarugusu", "2020-03-10T08:00", "2020-03-10T15:00").param("kind", "FIELD_VISIT")
					.param("pastConfirmed", "true"));

		Document page = Jsoup
			.parse(new WebClient(this.mvc).perform(get(created.getRedirectedUrl())).getContentAsString());
		assertThat(page.select("h1").text()).isEqualTo("Visioning workshop");
		assertThat(page.select(".facts").text())
			.contains("12 March 2099, 09:00", "13 March 2099, 16:00", "(East Africa Time)", "Geita Hotel, Geita",
					"Swahili", "English", "Fatuma Facilitator")
			.doesNotContain("Africa/Dar_es_Salaam");
		Document inSwahili = Jsoup
			.parse(new WebClient(this.mvc).perform(get(created.getRedirectedUrl()).header("Accept-Language", "sw"))
				.getContentAsString());
		assertThat(inSwahili.select(".facts .zone").text()).isEqualTo("(Saa za Afrika Mashariki)");
		// Long dates in the language's own style: "de" in Spanish and Portuguese.
		for (String[] expected : new String[][] { { "es", "12 de marzo de 2099, 09:00", "13 de marzo de 2099, 16:00" },
				{ "pt", "12 de março de 2099, 09:00", "13 de março de 2099, 16:00" },
				{ "fr", "12 mars 2099, 09:00", "13 mars 2099, 16:00" } }) {
			Document translated = Jsoup.parse(new WebClient(this.mvc)
				.perform(get(created.getRedirectedUrl()).header("Accept-Language", expected[0]))
				.getContentAsString());
			assertThat(translated.select(".facts").text()).as(expected[0]).contains(expected[1], expected[2]);
		}
		Document list = Jsoup
			.parse(new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/meetings")).getContentAsString());
		assertThat(list.select(".meeting-item .zone").eachText()).contains("(East Africa Time)");
		assertThat(page.select(".description em").text()).isEqualTo("shared vision");
		assertThat(page.select("time").first().attr("datetime")).isEqualTo("2099-03-12T09:00+03:00");
		assertThat(page.select("a[href$=/edit]")).isEmpty();

		Document dialogue = Jsoup
			.parse(new WebClient(this.mvc).perform(get("/dialogues/" + this.slug)).getContentAsString());
		String section = dialogue.select("section[aria-labelledby=meetings-heading]").text();
		assertThat(section).contains("Coming up", "Visioning workshop", "Past meetings", "Site visit to Nyarugusu");
		assertThat(section.indexOf("Visioning workshop")).isLessThan(section.indexOf("Site visit"));
		assertThat(dialogue.select("a[href=/dialogues/" + this.slug + "/meetings/new]")).isEmpty();
		Document asFacilitator = Jsoup.parse(facilitator.perform(get("/dialogues/" + this.slug)).getContentAsString());
		assertThat(asFacilitator.select("a[href=/dialogues/" + this.slug + "/meetings/new]")).hasSize(1);
	}

	@Test
	void onlyTheDialoguesFacilitatorsAddAndEditMeetings() throws Exception {
		WebClient member = client(this.member);
		assertThat(member.perform(get("/dialogues/" + this.slug + "/meetings/new")).getStatus()).isEqualTo(404);
		assertThat(member.perform(meeting("Not mine", "2099-01-01T10:00", "2099-01-01T11:00")).getStatus())
			.isEqualTo(404);
		String other = this.accounts.create("Other Facilitator", AccountRole.FACILITATOR, "GOVERNMENT");
		assertThat(client(other).perform(meeting("Not mine", "2099-01-01T10:00", "2099-01-01T11:00")).getStatus())
			.isEqualTo(404);
		assertThat(meetingCount()).isZero();
		String id = idOf(client(this.facilitator).perform(meeting("Mine", "2099-01-01T10:00", "2099-01-01T11:00")));
		assertThat(member.perform(get("/dialogues/" + this.slug + "/meetings/" + id + "/edit")).getStatus())
			.isEqualTo(404);
		assertThat(member
			.perform(post("/dialogues/" + this.slug + "/meetings/" + id + "/edit").param("title", "Taken over")
				.param("kind", "MEETING")
				.param("startsAt", "2099-01-01T10:00")
				.param("endsAt", "2099-01-01T11:00")
				.param("timeZone", "UTC"))
			.getStatus()).isEqualTo(404);
		assertThat(this.jdbc.queryForObject("select title from meeting where id = ?", String.class, Long.valueOf(id)))
			.isEqualTo("Mine");
	}

	@Test
	void aFormWithMistakesComesBackWithTheTextAndTheErrorsAndStoresNothing() throws Exception {
		WebClient facilitator = client(this.facilitator);
		MockHttpServletResponse response = facilitator
			.perform(meeting("Workshop", "2099-03-12T09:00", "2099-03-11T09:00").param("timeZone", "Mars/Olympus")
				.param("description", "Keep this text"));
		assertThat(response.getStatus()).isEqualTo(200);
		Document form = Jsoup.parse(response.getContentAsString());
		assertThat(form.select(".error-summary a").eachAttr("href")).containsExactly("#endsAt", "#timeZone");
		assertThat(form.select("#endsAt-error").text()).contains("cannot end before it starts");
		assertThat(form.select("textarea#description").text()).isEqualTo("Keep this text");
		assertThat(form.select("#title").val()).isEqualTo("Workshop");
		assertThat(meetingCount()).isZero();
	}

	@Test
	void aStaleEditAnswersConflictAndKeepsTheEditorsText() throws Exception {
		WebClient facilitator = client(this.facilitator);
		String id = idOf(facilitator.perform(meeting("Workshop", "2099-03-12T09:00", "2099-03-12T17:00")));
		String edit = "/dialogues/" + this.slug + "/meetings/" + id + "/edit";
		Document form = Jsoup.parse(facilitator.perform(get(edit)).getContentAsString());
		assertThat(form.select("#title").val()).isEqualTo("Workshop");
		assertThat(form.select("#startsAt").val()).startsWith("2099-03-12T09:00");
		assertThat(facilitator.perform(editOf(edit, "Workshop, day one", 0)).getStatus()).isEqualTo(302);
		MockHttpServletResponse stale = facilitator.perform(editOf(edit, "My late title", 0));
		assertThat(stale.getStatus()).isEqualTo(409);
		Document again = Jsoup.parse(stale.getContentAsString());
		assertThat(again.select("#title").val()).isEqualTo("My late title");
		assertThat(again.select("[role=alert] details").text()).contains("Workshop, day one");
		assertThat(this.jdbc.queryForObject("select title from meeting where id = ?", String.class, Long.valueOf(id)))
			.isEqualTo("Workshop, day one");
	}

	@Test
	void calendarFilesFollowRfc5545AndKeepTheirUid() throws Exception {
		WebClient facilitator = client(this.facilitator);
		String id = idOf(
				facilitator.perform(meeting("Workshop; day one, Geita", "2099-03-12T09:00", "2099-03-12T17:30")
					.param("timeZone", "Africa/Dar_es_Salaam")
					.param("place", "Geita Hotel")
					.param("description", "The **agenda**: a long description that goes on and on about the _shared_ "
							+ "vision of\n\n- artisanal miners, buyers and the [district](https://example.org/geita) "
							+ "government, well past seventy-five octets.")));
		MockHttpServletResponse file = new WebClient(this.mvc)
			.perform(get("/dialogues/" + this.slug + "/meetings/" + id + ".ics"));
		assertThat(file.getStatus()).isEqualTo(200);
		assertThat(file.getContentType()).startsWith("text/calendar");
		assertThat(file.getHeader("Content-Disposition")).contains("meeting-" + id + ".ics");
		String text = file.getContentAsString(StandardCharsets.UTF_8);
		for (String line : text.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
		}
		List<String> lines = ICalendarParser.unfold(text);
		assertThat(lines.get(0)).isEqualTo("BEGIN:VCALENDAR");
		assertThat(ICalendarParser.value(lines, "VERSION")).isEqualTo("2.0");
		assertThat(ICalendarParser.value(lines, "SUMMARY")).isEqualTo("Workshop; day one, Geita");
		assertThat(ICalendarParser.value(lines, "DTSTART")).isEqualTo("20990312T060000Z");
		assertThat(ICalendarParser.value(lines, "DTEND")).isEqualTo("20990312T143000Z");
		// Plain text: the Markdown's marks are gone, its words and paragraphs kept.
		assertThat(ICalendarParser.value(lines, "DESCRIPTION"))
			.startsWith("The agenda: a long description that goes on and on about the shared vision of\n")
			.contains("artisanal miners")
			.contains("district")
			.doesNotContain("**")
			.doesNotContain("_shared_")
			.doesNotContain("](")
			.endsWith("well past seventy-five octets.");
		assertThat(ICalendarParser.value(lines, "DTSTAMP")).matches("\\d{8}T\\d{6}Z");
		assertThat(ICalendarParser.value(lines, "URL")).endsWith("/dialogues/" + this.slug + "/meetings/" + id);
		String uid = ICalendarParser.value(lines, "UID");
		assertThat(uid).isEqualTo("meeting-" + id + "@localhost");

		idOf(facilitator.perform(meeting("Second", "2099-04-01T09:00", "2099-04-01T10:00")));
		List<String> feed = ICalendarParser
			.unfold(new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/meetings.ics"))
				.getContentAsString(StandardCharsets.UTF_8));
		assertThat(ICalendarParser.values(feed, "UID")).hasSize(2).contains(uid);
		assertThat(ICalendarParser.values(feed, "BEGIN")).containsExactly("VCALENDAR", "VEVENT", "VEVENT");
		assertThat(ICalendarParser.value(feed, "X-WR-CALNAME")).startsWith("Meetings");
	}

	@Test
	void meetingsOfAMembersOnlyDialogueAreHiddenFromEveryoneElse() throws Exception {
		String hidden = this.dialogues.create(this.facilitator, "Closed circle", Visibility.MEMBERS_ONLY,
				JoinPolicy.INVITE, false, DialogueStatus.OPEN);
		this.dialogues.addMember(hidden, this.facilitator, this.member, DisplayMode.NAMED);
		MockHttpServletResponse created = client(this.facilitator)
			.perform(post("/dialogues/" + hidden + "/meetings").param("title", "Private meeting")
				.param("kind", "MEETING")
				.param("startsAt", "2099-01-01T10:00")
				.param("endsAt", "2099-01-01T11:00")
				.param("timeZone", "UTC"));
		String path = created.getRedirectedUrl();
		List<String> paths = List.of(path, path + ".ics", "/dialogues/" + hidden + "/meetings",
				"/dialogues/" + hidden + "/meetings.ics");
		WebClient visitor = new WebClient(this.mvc);
		WebClient outsider = client(this.accounts.participant("Outsider"));
		WebClient member = client(this.member);
		for (String p : paths) {
			assertThat(visitor.perform(get(p)).getStatus()).as("visitor " + p).isEqualTo(404);
			assertThat(outsider.perform(get(p)).getStatus()).as("outsider " + p).isEqualTo(404);
			assertThat(member.perform(get(p)).getStatus()).as("member " + p).isEqualTo(200);
		}
		assertThat(visitor.perform(get("/dialogues/" + this.slug + "/meetings/" + idOf(created))).getStatus())
			.as("a meeting under another dialogue's address")
			.isEqualTo(404);
	}

	private MockHttpServletRequestBuilder meeting(String title, String startsAt, String endsAt) {
		return post("/dialogues/" + this.slug + "/meetings").param("title", title)
			.param("kind", "WORKSHOP")
			.param("startsAt", startsAt)
			.param("endsAt", endsAt);
	}

	private static MockHttpServletRequestBuilder editOf(String path, String title, long version) {
		return post(path).param("title", title)
			.param("kind", "WORKSHOP")
			.param("startsAt", "2099-03-12T09:00")
			.param("endsAt", "2099-03-12T17:00")
			.param("timeZone", "UTC")
			.param("version", Long.toString(version));
	}

	private int meetingCount() {
		return this.jdbc.queryForObject(
				"select count(*) from meeting m join dialogue d on d.id = m.dialogue_id where d.slug = ?",
				Integer.class, this.slug);
	}

	private long accountId(String email) {
		return this.jdbc.queryForObject("select id from account where email = ?", Long.class, email);
	}

	private static String idOf(MockHttpServletResponse created) throws Exception {
		assertThat(created.getStatus()).as(() -> errors(created)).isEqualTo(302);
		String location = created.getRedirectedUrl();
		return location.substring(location.lastIndexOf('/') + 1);
	}

	private static String errors(MockHttpServletResponse response) {
		try {
			return Jsoup.parse(response.getContentAsString()).select(".error-summary").text();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
