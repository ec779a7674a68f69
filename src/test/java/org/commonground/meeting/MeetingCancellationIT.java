package org.commonground.meeting;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.commonground.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Cancelling a meeting (a facilitator, a confirmation page, an optional reason), and what
 * a meeting still to come or cancelled refuses: attendance and minutes; an online
 * meeting's place as a link; a start in the past confirmed; calendar addresses from the
 * configured site address.
 */
class MeetingCancellationIT extends MeetingTestBase {

	@Test
	void aFacilitatorCancelsAMeetingAfterAConfirmationAndItStaysListedAsCancelled() throws Exception {
		WebClient facilitator = client(this.facilitator);
		String meeting = plan(facilitator, "Mercury workshop", "2099-03-12T09:00", "2099-03-12T17:00")
			.getRedirectedUrl();
		long id = idIn(meeting);
		String sequenceBefore = ICalendarParser.value(calendar(meeting + ".ics"), "SEQUENCE");

		// The confirmation is a page of its own with a form (no JavaScript needed);
		// members neither see nor use it.
		Document confirm = Jsoup.parse(facilitator.perform(get(meeting + "/cancel")).getContentAsString());
		assertThat(confirm.select("h1").text()).isEqualTo("Cancel “Mercury workshop”?");
		assertThat(confirm.select("form[method=post][action=" + meeting + "/cancel] textarea[name=reason]")).hasSize(1);
		assertThat(confirm.select("form[action=" + meeting + "/cancel] input[name=_csrf]")).hasSize(1);
		assertThat(Jsoup.parse(facilitator.perform(get(meeting)).getContentAsString())
			.select("a[href=" + meeting + "/cancel]")
			.text()).isEqualTo("Cancel the meeting");
		WebClient member = client(this.member);
		assertThat(member.perform(get(meeting + "/cancel")).getStatus()).isEqualTo(404);
		assertThat(member.perform(post(meeting + "/cancel")).getStatus()).isEqualTo(404);
		assertThat(facilitator.performAsIs(post(meeting + "/cancel")).getStatus()).as("no CSRF token").isEqualTo(403);
		assertThat(cancelledAt(id)).isNull();

		MockHttpServletResponse cancelled = facilitator
			.perform(post(meeting + "/cancel").param("reason", "The road to Geita is flooded."));
		assertThat(cancelled.getRedirectedUrl()).isEqualTo(meeting);
		assertThat(cancelledAt(id)).isNotNull();

		Document page = Jsoup.parse(new WebClient(this.mvc).perform(get(meeting)).getContentAsString());
		assertThat(page.select(".badges").text()).contains("Cancelled");
		assertThat(page.select("[role=status]").text()).contains("This meeting is cancelled.")
			.contains("Reason: The road to Geita is flooded.");
		Document asFacilitator = Jsoup.parse(facilitator.perform(get(meeting)).getContentAsString());
		assertThat(asFacilitator.select("a[href=" + meeting + "/cancel], a[href=" + meeting + "/edit]")).isEmpty();
		assertThat(asFacilitator.select("a[href=" + meeting + "/attendance]")).as("no attendance to record").isEmpty();

		assertThat(asFacilitator.select("a[href=" + meeting + "/contributions]"))
			.as("nothing to record for a meeting that did not take place")
			.isEmpty();

		// Still in "Coming up" in date order (not among the past meetings), marked.
		Document list = Jsoup
			.parse(new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/meetings")).getContentAsString());
		assertThat(list.select("section[aria-labelledby=past-heading]")).isEmpty();
		assertThat(list.select("section[aria-labelledby=upcoming-heading] .meeting-item.cancelled").text())
			.contains("Mercury workshop", "Cancelled");
		Document dialogue = Jsoup
			.parse(new WebClient(this.mvc).perform(get("/dialogues/" + this.slug)).getContentAsString());
		assertThat(dialogue.select("section[aria-labelledby=meetings-heading]").text()).contains("Coming up",
				"Mercury workshop", "Cancelled");

		// Calendars replace the event: cancelled, with a higher sequence.
		List<String> ics = calendar(meeting + ".ics");
		assertThat(ICalendarParser.value(ics, "STATUS")).isEqualTo("CANCELLED");
		assertThat(ICalendarParser.value(ics, "DESCRIPTION"))
			.isEqualTo("This meeting is cancelled. Reason: The road to Geita is flooded.");
		assertThat(Long.parseLong(ICalendarParser.value(ics, "SEQUENCE")))
			.isGreaterThan(Long.parseLong(sequenceBefore));
		assertThat(ICalendarParser.value(calendar("/dialogues/" + this.slug + "/meetings.ics"), "STATUS"))
			.isEqualTo("CANCELLED");

		// Nothing more is recorded for it.
		MockHttpServletResponse attendance = facilitator
			.perform(post(meeting + "/attendance").param("count.ARTISANAL_MINER", "14"));
		assertThat(attendance.getRedirectedUrl()).isEqualTo(meeting + "/attendance");
		assertThat(Jsoup.parse(facilitator.perform(get(meeting + "/attendance")).getContentAsString())
			.select(".alert")
			.text()).contains("This meeting was cancelled: there is no attendance to record.");
		assertThat(facilitator.perform(post(meeting + "/minutes").param("language", "en")).getRedirectedUrl())
			.isEqualTo(meeting + "/minutes");
		assertThat(facilitator.lastFlash()).containsEntry("flashError", "minutes.error.cancelled");
		Document noMinutes = Jsoup.parse(facilitator.perform(get(meeting + "/minutes")).getContentAsString());
		assertThat(noMinutes.select("[role=status]").text()).contains("This meeting was cancelled: it has no minutes.");
		assertThat(noMinutes.select("form[action$=/minutes]")).isEmpty();
		assertThat(asFacilitator.select("#minutes")).as("no minutes to write").isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from meeting_attendance where meeting_id = ?",
				Integer.class, id))
			.isZero();
		assertThat(facilitator
			.perform(post(meeting + "/edit").param("title", "Back on")
				.param("kind", "WORKSHOP")
				.param("startsAt", "2099-03-12T09:00")
				.param("endsAt", "2099-03-12T17:00")
				.param("timeZone", "UTC")
				.param("version", "1"))
			.getRedirectedUrl()).isEqualTo(meeting);
		assertThat(this.jdbc.queryForObject("select title from meeting where id = ?", String.class, id))
			.as("a cancelled meeting is not edited")
			.isEqualTo("Mercury workshop");

		// The audit log records who cancelled it.
		assertThat(this.jdbc.queryForObject("""
				select count(*) from audit_entry where action = 'MEETING_CANCELLED' and subject_type = 'MEETING'
				and subject_id = ? and actor_id = (select id from account where email = ?)""", Integer.class, id,
				this.facilitator))
			.isEqualTo(1);

		// The dialogue's news feed, the printable summary and the JSON export mark it
		// too.
		Document feed = Jsoup.parse(new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/feed.atom"))
			.getContentAsString(StandardCharsets.UTF_8), "", Parser.xmlParser());
		Element entry = feed.select("entry:has(id:matchesOwn(" + meeting + "$))").first();
		assertThat(entry).isNotNull();
		assertThat(entry.select("category").attr("term")).isEqualTo("MEETING_CANCELLED");
		assertThat(entry.select("category").attr("label")).isEqualTo("Cancelled meeting");
		// The entry says when the meeting was to take place, in its own time zone.
		assertThat(entry.select("summary").text()).startsWith("12 March 2099, 09:00 – 17:00 (")
			.endsWith("The road to Geita is flooded.");
		Document summary = Jsoup
			.parse(facilitator.perform(get("/dialogues/" + this.slug + "/summary")).getContentAsString());
		assertThat(summary.select("table.meetings-summary tbody tr:contains(Mercury workshop) .badge.cancelled").text())
			.isEqualTo("Cancelled");
		JsonNode json = new ObjectMapper().readTree(facilitator.perform(get("/dialogues/" + this.slug + "/export.json"))
			.getContentAsString(StandardCharsets.UTF_8));
		JsonNode exported = null;
		for (JsonNode m : json.get("meetings")) {
			if (m.get("id").asLong() == id) {
				exported = m;
			}
		}
		assertThat(exported).isNotNull();
		assertThat(exported.get("status").asString()).isEqualTo("CANCELLED");
		assertThat(exported.get("cancellationReason").asString()).isEqualTo("The road to Geita is flooded.");
		assertThat(exported.get("cancelledAt").isNull()).isFalse();
	}

	@Test
	void attendanceAndMinutesWaitUntilTheMeetingHasStarted() throws Exception {
		WebClient facilitator = client(this.facilitator);
		String meeting = plan(facilitator, "Next month", "2099-03-12T09:00", "2099-03-12T17:00").getRedirectedUrl();
		MockHttpServletResponse attendance = facilitator
			.perform(post(meeting + "/attendance").param("count.ARTISANAL_MINER", "14"));
		assertThat(attendance.getRedirectedUrl()).isEqualTo(meeting + "/attendance");
		Document page = Jsoup.parse(facilitator.perform(get(meeting + "/attendance")).getContentAsString());
		assertThat(page.select(".alert").text()).contains("This meeting has not started yet");
		assertThat(page.select("form[action$=/attendance]")).isEmpty();
		facilitator.perform(post(meeting + "/attendees").param("name", "Asha Early")
			.param("group", "ARTISANAL_MINER")
			.param("consent", "true"));
		assertThat(this.jdbc.queryForObject(
				"select (select count(*) from meeting_attendance where meeting_id = ?)"
						+ " + (select count(*) from meeting_attendee where meeting_id = ?)",
				Integer.class, idIn(meeting), idIn(meeting)))
			.isZero();

		// No empty "named" section before the meeting: names are given once it has
		// started.
		assertThat(page.select("#named")).isEmpty();

		// Minutes are started once it has started: the page says so and offers no form
		// that could only lead to a Publish button that fails.
		String minutes = meeting + "/minutes";
		Document meetingPage = Jsoup.parse(facilitator.perform(get(meeting)).getContentAsString());
		assertThat(meetingPage.select("#minutes a[href$=/minutes]")).as("no button to minutes that cannot start")
			.isEmpty();
		assertThat(meetingPage.select("#minutes").text())
			.contains("Minutes can be started once the meeting has begun.");
		Document before = Jsoup.parse(facilitator.perform(get(minutes)).getContentAsString());
		assertThat(before.select(".minutes-not-yet").text())
			.isEqualTo("Minutes can be started once the meeting has begun.");
		assertThat(before.select("form.minutes-start")).isEmpty();
		assertThat(facilitator.perform(post(minutes).param("language", "en")).getRedirectedUrl()).isEqualTo(minutes);
		assertThat(facilitator.lastFlash()).containsEntry("flashError", "minutes.error.start-not-started");
		assertThat(this.jdbc.queryForObject("select count(*) from meeting_minutes where meeting_id = ?", Integer.class,
				idIn(meeting)))
			.isZero();

		// Minutes drafted ahead before this rule: no Publish button until it has started.
		this.jdbc.update("update meeting set starts_at = '2020-03-12T09:00', ends_at = '2020-03-12T17:00' where id = ?",
				idIn(meeting));
		facilitator.perform(post(minutes).param("language", "en"));
		facilitator.perform(post(minutes + "/items").param("text", "Agenda drafted early."));
		facilitator.perform(post(minutes + "/review").param("reviewEndsOn", "2099-04-01"));
		this.jdbc.update("update meeting set starts_at = '2099-03-12T09:00', ends_at = '2099-03-12T17:00' where id = ?",
				idIn(meeting));
		Document inReview = Jsoup.parse(facilitator.perform(get(minutes)).getContentAsString());
		assertThat(inReview.select("form[action$=/publish]")).isEmpty();
		assertThat(inReview.select(".minutes-publish .hint").text())
			.isEqualTo("This meeting has not started yet: its minutes can be published once it has started.");
		MockHttpServletResponse publish = facilitator.perform(post(minutes + "/publish"));
		assertThat(publish.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(publish.getContentAsString()).select(".alert.error").text())
			.isEqualTo("This meeting has not started yet: its minutes can be published once it has started.");
		assertThat(this.jdbc.queryForObject("select status from meeting_minutes where meeting_id = ?", String.class,
				idIn(meeting)))
			.isEqualTo("IN_REVIEW");
	}

	@Test
	void cancellingClosesMinutesInReviewAndFreezesTheAgenda() throws Exception {
		WebClient facilitator = client(this.facilitator);
		WebClient member = client(this.member);
		String meeting = planWorkshop("Held, then called off");
		long id = idIn(meeting);
		String minutes = meeting + "/minutes";
		facilitator.perform(post(meeting + "/agenda").param("title", "Welcome"));
		facilitator.perform(post(minutes).param("language", "en"));
		facilitator.perform(post(minutes + "/items").param("text", "We met."));
		facilitator
			.perform(post(minutes + "/review").param("reviewEndsOn", java.time.LocalDate.now().plusDays(7).toString()));
		assertThat(Jsoup.parse(member.perform(get(minutes)).getContentAsString()).select("form.comment-form"))
			.isNotEmpty();

		assertThat(facilitator.perform(post(meeting + "/cancel").param("reason", "Wrong date")).getRedirectedUrl())
			.isEqualTo(meeting);

		// Members still read them, shown closed: no comments, no "open for comments".
		Document closed = Jsoup.parse(member.perform(get(minutes)).getContentAsString());
		assertThat(closed.select(".badges").text()).contains("Closed")
			.contains("The meeting was cancelled: these minutes are closed to comments and will not be published.")
			.doesNotContain("In review", "Open for comments");
		assertThat(closed.select("form.comment-form")).isEmpty();
		assertThat(member
			.perform(post("/dialogues/" + this.slug + "/comments").param("targetType", "MINUTES")
				.param("targetId", Long.toString(id))
				.param("body", "Still open?"))
			.getContentAsString()).contains("This discussion is closed to new comments.");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from comment where target_type = 'MINUTES' and target_id = ?", Integer.class, id))
			.isZero();
		assertThat(Jsoup.parse(member.perform(get(meeting)).getContentAsString()).select("#minutes .badges").text())
			.contains("Closed");

		// The facilitators get no tools and every change is refused.
		Document asFacilitator = Jsoup.parse(facilitator.perform(get(minutes)).getContentAsString());
		assertThat(asFacilitator.select("form[action^=" + minutes + "]")).isEmpty();
		long item = this.jdbc.queryForObject(
				"select i.id from minute_item i join meeting_minutes m on m.id = i.minutes_id where m.meeting_id = ?",
				Long.class, id);
		assertThat(facilitator.perform(post(minutes + "/items").param("text", "Sneaked in.")).getRedirectedUrl())
			.isEqualTo(minutes);
		assertThat(facilitator.lastFlash()).containsEntry("flashError", "minutes.error.closed");
		facilitator
			.perform(post(minutes + "/items/" + item + "/texts").param("language", "en").param("text", "Edited"));
		facilitator
			.perform(post(minutes + "/items/" + item + "/texts").param("language", "sw").param("text", "Habari"));
		assertThat(facilitator.perform(post(minutes + "/items/" + item + "/delete")).getRedirectedUrl())
			.isEqualTo(minutes);
		facilitator.perform(post(minutes + "/review").param("reviewEndsOn", "2099-01-01"));
		assertThat(Jsoup.parse(facilitator.perform(post(minutes + "/publish")).getContentAsString())
			.select(".alert.error")
			.text()).isEqualTo("This meeting was cancelled: its minutes can no longer be changed.");
		assertThat(this.jdbc.queryForList("select t.language || ':' || t.source from minute_item_text t"
				+ " join minute_item i on i.id = t.item_id join meeting_minutes m on m.id = i.minutes_id"
				+ " where m.meeting_id = ?", String.class, id))
			.containsExactly("en:We met.");
		assertThat(this.jdbc
			.queryForObject("select review_ends_on from meeting_minutes where meeting_id = ?", java.sql.Date.class, id)
			.toLocalDate()).isEqualTo(java.time.LocalDate.now().plusDays(7));
		assertThat(
				this.jdbc.queryForObject("select status from meeting_minutes where meeting_id = ?", String.class, id))
			.isEqualTo("IN_REVIEW");

		// Nor does the agenda change.
		Document page = Jsoup.parse(facilitator.perform(get(meeting)).getContentAsString());
		assertThat(page.select(".agenda-form, .agenda-tools")).isEmpty();
		assertThat(facilitator.perform(post(meeting + "/agenda").param("title", "Late item")).getRedirectedUrl())
			.isEqualTo(meeting + "#agenda");
		assertThat(facilitator.lastFlash()).containsEntry("flashError", "agenda.error.cancelled");
		long agendaItem = this.jdbc.queryForObject("select id from agenda_item where meeting_id = ?", Long.class, id);
		assertThat(facilitator.perform(post(meeting + "/agenda/" + agendaItem + "/delete")).getRedirectedUrl())
			.isEqualTo(meeting + "#agenda");
		assertThat(this.jdbc.queryForList("select title from agenda_item where meeting_id = ?", String.class, id))
			.containsExactly("Welcome");

		// The attendance page explains, with no empty "named" heading.
		Document attendance = Jsoup.parse(facilitator.perform(get(meeting + "/attendance")).getContentAsString());
		assertThat(attendance.select("#named")).isEmpty();
		assertThat(attendance.text()).doesNotContain("Named with their consent");
	}

	@Test
	void aStartInThePastIsKeptOnlyOnceConfirmed() throws Exception {
		WebClient facilitator = client(this.facilitator);
		MockHttpServletResponse asked = plan(facilitator, "Last year", "2020-03-12T09:00", "2020-03-12T17:00");
		assertThat(asked.getStatus()).isEqualTo(200);
		Document form = Jsoup.parse(asked.getContentAsString());
		assertThat(form.select("#startsAt-error").text()).contains("This start is in the past");
		assertThat(form.select("input[type=checkbox][name=pastConfirmed]")).hasSize(1);
		assertThat(form.select("label[for=pastConfirmed1]").text()).startsWith("Yes, this meeting already took place");
		assertThat(count()).isZero();
		MockHttpServletResponse confirmed = facilitator
			.perform(post("/dialogues/" + this.slug + "/meetings").param("title", "Last year")
				.param("kind", "WORKSHOP")
				.param("startsAt", "2020-03-12T09:00")
				.param("endsAt", "2020-03-12T17:00")
				.param("pastConfirmed", "true"));
		assertThat(confirmed.getStatus()).isEqualTo(302);
		assertThat(count()).isEqualTo(1);
		// Recorded without announcing it: no news in the dialogue's feed either, unlike a
		// meeting still to come, whose entry says when it takes place.
		String future = plan(facilitator, "Next year", "2099-03-12T09:00", "2099-03-13T12:00").getRedirectedUrl();
		Document feed = Jsoup.parse(new WebClient(this.mvc).perform(get("/dialogues/" + this.slug + "/feed.atom"))
			.getContentAsString(StandardCharsets.UTF_8), "", Parser.xmlParser());
		assertThat(feed.select("entry:has(id:matchesOwn(" + confirmed.getRedirectedUrl() + "$))")).isEmpty();
		assertThat(feed.select("entry:has(id:matchesOwn(" + future + "$)) summary").text())
			.startsWith("12 March 2099, 09:00 – 13 March 2099, 12:00 (");
		assertThat(
				Jsoup.parse(facilitator.perform(get("/dialogues/" + this.slug + "/meetings/new")).getContentAsString())
					.select("input[name=pastConfirmed]"))
			.as("not asked before a past start is typed")
			.isEmpty();
	}

	@Test
	void anOnlineMeetingsWebAddressIsALinkAndAnythingElseIsRefused() throws Exception {
		WebClient facilitator = client(this.facilitator);
		for (String place : List.of("javascript:alert(1)", "htp:/x", "meet dot example")) {
			MockHttpServletResponse refused = facilitator.perform(online(place));
			assertThat(refused.getStatus()).as(place).isEqualTo(200);
			assertThat(Jsoup.parse(refused.getContentAsString()).select("#place-error").text()).as(place)
				.contains("enter its web address, starting with https:// or http://");
		}
		assertThat(count()).isZero();
		String meeting = facilitator.perform(online("https://meet.example.org/geita?room=1")).getRedirectedUrl();
		Document page = Jsoup.parse(new WebClient(this.mvc).perform(get(meeting)).getContentAsString());
		assertThat(page.select(".facts a[href=https://meet.example.org/geita?room=1]").attr("rel"))
			.isEqualTo("noopener nofollow");

		// A place in the world stays free text, whatever it says.
		String inPerson = facilitator
			.perform(post("/dialogues/" + this.slug + "/meetings").param("title", "In the hall")
				.param("kind", "MEETING")
				.param("place", "javascript:alert(1)")
				.param("startsAt", "2099-03-12T09:00")
				.param("endsAt", "2099-03-12T17:00"))
			.getRedirectedUrl();
		Document hall = Jsoup.parse(new WebClient(this.mvc).perform(get(inPerson)).getContentAsString());
		assertThat(hall.select(".facts").text()).contains("javascript:alert(1)");
		assertThat(hall.select(".facts a")).isEmpty();
	}

	@Test
	void calendarAddressesComeFromTheSitesAddressNotTheRequestsHost() throws Exception {
		String meeting = plan(client(this.facilitator), "Workshop", "2099-03-12T09:00", "2099-03-12T17:00")
			.getRedirectedUrl();
		for (String path : List.of(meeting + ".ics", "/dialogues/" + this.slug + "/meetings.ics")) {
			List<String> lines = ICalendarParser
				.unfold(new WebClient(this.mvc).perform(get(path).header("Host", "evil.example"))
					.getContentAsString(StandardCharsets.UTF_8));
			assertThat(ICalendarParser.value(lines, "UID")).as(path)
				.isEqualTo("meeting-" + idIn(meeting) + "@localhost");
			assertThat(ICalendarParser.value(lines, "URL")).as(path).isEqualTo("http://localhost" + meeting);
		}
	}

	@Test
	void theAttendanceFormLabelsEveryFieldWithoutATableWiderThanAPhone() throws Exception {
		String meeting = planWorkshop("Geita workshop");
		Document form = Jsoup
			.parse(client(this.facilitator).perform(get(meeting + "/attendance")).getContentAsString());
		assertThat(form.select("form[action$=/attendance] table")).isEmpty();
		assertThat(form.select("fieldset.attendance-group legend").eachText()).contains("Artisanal miner",
				"Mining community");
		assertThat(form.select("fieldset.attendance-group:has(legend:containsOwn(Mining community)) label").eachText())
			.containsExactly("People", "Women", "Men");
		assertThat(form.select("label[for=women.COMMUNITY]")).hasSize(1);
	}

	private MockHttpServletResponse plan(WebClient facilitator, String title, String startsAt, String endsAt)
			throws Exception {
		return facilitator.perform(post("/dialogues/" + this.slug + "/meetings").param("title", title)
			.param("kind", "WORKSHOP")
			.param("startsAt", startsAt)
			.param("endsAt", endsAt));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder online(String place) {
		return post("/dialogues/" + this.slug + "/meetings").param("title", "Online session")
			.param("kind", "ONLINE")
			.param("place", place)
			.param("startsAt", "2099-03-12T09:00")
			.param("endsAt", "2099-03-12T10:00");
	}

	private List<String> calendar(String path) throws Exception {
		return ICalendarParser
			.unfold(new WebClient(this.mvc).perform(get(path)).getContentAsString(StandardCharsets.UTF_8));
	}

	private java.sql.Timestamp cancelledAt(long id) {
		return this.jdbc.queryForObject("select cancelled_at from meeting where id = ?", java.sql.Timestamp.class, id);
	}

	private int count() {
		return this.jdbc.queryForObject(
				"select count(*) from meeting m join dialogue d on d.id = m.dialogue_id where d.slug = ?",
				Integer.class, this.slug);
	}

}
