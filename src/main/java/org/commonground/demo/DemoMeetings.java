package org.commonground.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.commonground.account.AccountPrincipal;
import org.commonground.challenge.ChallengeRef;
import org.commonground.meeting.AgendaChoices;
import org.commonground.meeting.AttendanceCount;
import org.commonground.meeting.Meeting;
import org.commonground.meeting.MeetingMinutes;
import org.commonground.meeting.MinuteItemDetails;
import org.commonground.meeting.RecordedChannel;
import org.commonground.meeting.RecordedInput;
import org.commonground.meeting.RecordedKind;
import org.commonground.meeting.RecordingPage;
import org.commonground.meeting.WorkshopRecording;
import org.commonground.vision.ParagraphRef;
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
 * stakeholder group, and the workshop's published minutes (English and Swahili). Loaded
 * once: a dialogue that has meetings is left alone (bar the minutes, added if missing).
 */
@Component
class DemoMeetings {

	private static final String GEITA = DemoDialogues.GEITA;

	private static final String FACILITATOR = "amina.kombo";

	private static final ZoneId TANZANIA = ZoneId.of("Africa/Dar_es_Salaam");

	static final String SITE_VISITS_TITLE = "Site visits: Nyarugusu and Rwamagasa";

	private static final String WORKSHOP_TITLE = "Visioning workshop";

	private final MeetingService meetings;

	private final MeetingAgenda agenda;

	private final MeetingAttendance attendance;

	private final UserDetailsService users;

	private final MeetingMinutes minutes;

	private final WorkshopRecording recording;

	DemoMeetings(MeetingService meetings, MeetingAgenda agenda, MeetingAttendance attendance, UserDetailsService users,
			MeetingMinutes minutes, WorkshopRecording recording) {
		this.recording = recording;
		this.minutes = minutes;
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
				minutes(me);
				cards(me);
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
				.create(GEITA,
						new MeetingDetails(MeetingKind.WORKSHOP, WORKSHOP_TITLE, "Geita town, district council hall",
								LocalDateTime.parse("2026-03-12T09:00"), LocalDateTime.parse("2026-03-13T16:00"),
								TANZANIA, List.of("sw", "en"), List.of(me.getId()),
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
			minutes(me);
			cards(me);
			return 2;
		});
	}

	/**
	 * The visioning workshop's minutes, written in English with a Swahili version,
	 * reviewed and published; one item led to the mercury paragraph of the vision, one to
	 * the mercury challenge. Added once: minutes already there are left alone.
	 */
	private void minutes(AccountPrincipal me) {
		Meeting workshop = this.meetings.list(GEITA, me)
			.past()
			.stream()
			.filter((m) -> WORKSHOP_TITLE.equals(m.getTitle()))
			.findFirst()
			.orElse(null);
		if (workshop == null
				|| this.minutes.page(GEITA, me, workshop.getId(), null, null, Locale.ENGLISH).minutes() != null) {
			return;
		}
		long id = workshop.getId();
		this.minutes.start(GEITA, id, "en", me);
		AgendaChoices choices = this.minutes.page(GEITA, me, id, null, null, Locale.ENGLISH).choices();
		Long mercuryChallenge = choices.challenges()
			.stream()
			.filter((c) -> c.title().startsWith("Mercury"))
			.map(ChallengeRef::id)
			.findFirst()
			.orElse(null);
		String mercuryParagraph = choices.paragraphs()
			.stream()
			.filter((p) -> p.excerpt().startsWith("Mercury"))
			.map(ParagraphRef::key)
			.findFirst()
			.orElse(null);
		writeItem(id,
				"Miners, buyers and the district agreed that what we heard on the site visits is a fair "
						+ "picture: licences take too long, and amalgam is still burnt near homes.",
				null, null,
				"Wachimbaji, wanunuzi na wilaya walikubaliana kwamba tulichosikia kwenye ziara ni picha ya kweli: "
						+ "leseni zinachukua muda mrefu mno, na zebaki bado inachomwa karibu na nyumba.",
				me);
		writeItem(id,
				"Raised at the workshop by the women's processing groups: **no amalgam burning near homes, "
						+ "schools or water**, and a retort at every site.",
				null, mercuryParagraph,
				"Ilitolewa kwenye warsha na vikundi vya wanawake wachenjuaji: **hakuna kuchoma zebaki karibu na "
						+ "nyumba, shule au maji**, na retort kwenye kila eneo.",
				me);
		writeItem(id,
				"Mercury-free processing: the miners' association will test a gravity table in Nyarugusu "
						+ "and report back.",
				mercuryChallenge, null,
				"Uchenjuaji bila zebaki: chama cha wachimbaji kitajaribu meza ya mvuto huko Nyarugusu na kuleta "
						+ "taarifa.",
				me);
		this.minutes.submitForReview(GEITA, id, LocalDate.now(TANZANIA).plusDays(14), me);
		this.minutes.publish(GEITA, id, me);
	}

	/**
	 * Cards from the site visits and the workshop, recorded on behalf of the miners and
	 * the community (issue 16): a new challenge raised by a show of hands, and comments
	 * on the mercury challenge. Added once: a meeting with records is left alone. They
	 * stay "awaiting check": the demo has one facilitator.
	 */
	private void cards(AccountPrincipal me) {
		List<Meeting> past = this.meetings.list(GEITA, me).past();
		Meeting visit = past.stream().filter((m) -> SITE_VISITS_TITLE.equals(m.getTitle())).findFirst().orElse(null);
		Meeting workshop = past.stream().filter((m) -> WORKSHOP_TITLE.equals(m.getTitle())).findFirst().orElse(null);
		if (visit == null || workshop == null) {
			return;
		}
		RecordingPage page = this.recording.page(GEITA, workshop.getId(), me, Locale.ENGLISH);
		if (!page.entries().isEmpty()) {
			return;
		}
		Long mercury = page.challenges()
			.stream()
			.filter((c) -> c.title().startsWith("Mercury"))
			.map(ChallengeRef::id)
			.findFirst()
			.orElse(null);
		this.recording.record(GEITA, visit.getId(), new RecordedInput(RecordedKind.CHALLENGE, "ARTISANAL_MINER", 23,
				true, RecordedChannel.ORAL, "Pit walls collapse in the long rains",
				"Nyarugusu miners, by a show of hands: shafts dug without timber collapse every long rains; nobody "
						+ "can pay for timber or train diggers. They ask for a shared timber store and safety training "
						+ "before the rains.",
				null, "en", "demovisit1"), me);
		this.recording
			.record(GEITA, visit.getId(), new RecordedInput(RecordedKind.CHALLENGE, "COMMUNITY", 9, false,
					RecordedChannel.FLIP_CHART, "Maji ya kunywa yanachafuka karibu na machimbo",
					"Wanawake wa Rwamagasa: visima vilivyo karibu na maeneo ya kuchenjua vina rangi ya kijivu baada ya "
							+ "mvua. Tunaomba kipimo cha maji na visima mbali na machimbo.",
					null, "sw", "demovisit2"), me);
		if (mercury == null) {
			return;
		}
		this.recording.record(GEITA, workshop.getId(), new RecordedInput(RecordedKind.COMMENT, "ARTISANAL_MINER", 14,
				true, RecordedChannel.CARD, null,
				"Retoti moja kwa kila kikundi cha wachimbaji, sio kwa kila mchimbaji: tunaweza kulipa kwa pamoja.",
				mercury, "sw", "demowork1"), me);
		this.recording.record(GEITA, workshop.getId(),
				new RecordedInput(RecordedKind.COMMENT, "COMMUNITY", 6, false, RecordedChannel.CARD, null,
						"Children play where the amalgam is burnt. Burn it away from the houses first, retorts later.",
						mercury, "en", "demowork2"),
				me);
		this.recording.record(GEITA, workshop.getId(),
				new RecordedInput(RecordedKind.COMMENT, "MINER_ASSOCIATION", 1, false, RecordedChannel.PHONE, null,
						"The Geita association will lend retorts to its members if the district guarantees the loan.",
						mercury, "en", "demowork3"),
				me);
	}

	private void writeItem(long meetingId, String english, Long challengeId, String paragraphKey, String swahili,
			AccountPrincipal me) {
		long itemId = this.minutes
			.addItem(GEITA, meetingId, new MinuteItemDetails(english, challengeId, paragraphKey), me)
			.getId();
		this.minutes.write(GEITA, meetingId, itemId, "sw", swahili, me);
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
