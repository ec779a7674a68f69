package org.commonground.demo;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

import org.commonground.account.AccountPrincipal;
import org.commonground.meeting.AttendanceCount;
import org.commonground.meeting.AgendaItemDetails;
import org.commonground.meeting.MeetingAgenda;
import org.commonground.meeting.MeetingAttendance;
import org.commonground.meeting.MeetingDetails;
import org.commonground.meeting.MeetingKind;
import org.commonground.meeting.MeetingService;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The Geita dialogue's meetings: the two-day site visit to the mining villages and the
 * two-day visioning workshop in Geita town, with their agendas and attendance from every
 * stakeholder group. Loaded once: a dialogue that has meetings is left alone.
 */
@Component
class DemoMeetings {

	private static final String GEITA = DemoDialogues.GEITA;

	private static final String FACILITATOR = "amina.kombo";

	private static final ZoneId TANZANIA = ZoneId.of("Africa/Dar_es_Salaam");

	static final String SITE_VISITS_TITLE = "Site visits: Nyarugusu and Rwamagasa";

	private final MeetingService meetings;

	private final MeetingAgenda agenda;

	private final MeetingAttendance attendance;

	private final UserDetailsService users;

	DemoMeetings(MeetingService meetings, MeetingAgenda agenda, MeetingAttendance attendance,
			UserDetailsService users) {
		this.meetings = meetings;
		this.agenda = agenda;
		this.attendance = attendance;
		this.users = users;
	}

	/** Plans the meetings unless the dialogue has some; returns how many were added. */
	int load() {
		return as(() -> {
			AccountPrincipal me = principal();
			if (!this.meetings.list(GEITA, me).isEmpty()) {
				return 0;
			}
			long visit = this.meetings.create(GEITA, new MeetingDetails(MeetingKind.FIELD_VISIT, SITE_VISITS_TITLE,
					"Nyarugusu and Rwamagasa mining villages, Geita District", LocalDateTime.parse("2026-03-10T08:00"),
					LocalDateTime.parse("2026-03-11T17:00"), TANZANIA, List.of("sw"), List.of(me.getId()),
					"Two days at the pits and processing sites, with the village councils. Talks in Swahili and Sukuma, "
							+ "with interpretation."),
					me)
				.getId();
			item(visit, "Walk through the pits and processing sites with the miners' groups", me);
			item(visit, "Meeting with the village councils and women's groups", me);
			this.attendance.record(GEITA, visit,
					List.of(count("ARTISANAL_MINER", 38, 11, 27), count("MINER_ASSOCIATION", 6, 1, 5),
							count("COMMUNITY", 24, 15, 9), count("GOVERNMENT", 2, 0, 2),
							count("CIVIL_SOCIETY", 3, 2, 1), count("BUYER", 4, 0, 4)),
					me);
			long workshop = this.meetings
				.create(GEITA, new MeetingDetails(MeetingKind.WORKSHOP, "Visioning workshop",
						"Geita town, district council hall", LocalDateTime.parse("2026-03-12T09:00"),
						LocalDateTime.parse("2026-03-13T16:00"), TANZANIA, List.of("sw", "en"), List.of(me.getId()),
						"Two days on the shared vision, with every stakeholder group. Cards and flip charts; "
								+ "interpretation between Swahili and English."),
						me)
				.getId();
			item(workshop, "What we heard on the site visits", me);
			item(workshop, "The shared vision, paragraph by paragraph", me);
			item(workshop, "Who does what next", me);
			this.attendance.record(GEITA, workshop, List.of(count("ARTISANAL_MINER", 31, 12, 19),
					count("MINER_ASSOCIATION", 8, 2, 6), count("CIVIL_SOCIETY", 9, 5, 4), count("GOVERNMENT", 7, 2, 5),
					count("BUYER", 6, 1, 5), count("LARGE_SCALE_MINING", 4, 2, 2), count("RESEARCH", 3, 2, 1),
					count("DEVELOPMENT_PARTNER", 3, 2, 1), count("COMMUNITY", 16, 9, 7), count("OTHER", 2, 1, 1)), me);
			this.attendance.name(GEITA, workshop, "Mama Rehema Kulwa", "COMMUNITY", true, me);
			return 2;
		});
	}

	private void item(long meetingId, String title, AccountPrincipal me) {
		this.agenda.add(GEITA, meetingId, new AgendaItemDetails(title, null, null), me);
	}

	private static AttendanceCount count(String group, int people, int women, int men) {
		return new AttendanceCount(group, people, women, men);
	}

	private AccountPrincipal principal() {
		return (AccountPrincipal) this.users.loadUserByUsername(FACILITATOR + DemoDataLoader.DOMAIN);
	}

	/** Runs the step signed in as the demo facilitator, as if they did it on the site. */
	private <T> T as(Supplier<T> step) {
		AccountPrincipal user = principal();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return step.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
