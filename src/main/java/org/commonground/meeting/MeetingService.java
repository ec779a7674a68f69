package org.commonground.meeting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.commonground.account.AccountPrincipal;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueEvidence;
import org.commonground.dialogue.EvidenceTarget;
import org.commonground.dialogue.DialogueService;
import org.commonground.dialogue.DialogueView;
import org.commonground.dialogue.Member;
import org.commonground.dialogue.Membership;
import org.commonground.shared.audit.AuditAction;
import org.commonground.shared.audit.AuditEvent;
import org.commonground.shared.markdown.MarkdownRenderer;
import org.commonground.shared.web.NotFoundException;
import org.commonground.shared.web.Option;
import org.commonground.shared.web.SupportedLanguages;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings of a dialogue. Every method finds the dialogue through {@link DialogueAccess}:
 * a viewer who may not read the dialogue gets 404 for its meetings and its calendar feed
 * alike; changes need a facilitator of the dialogue (or an admin).
 */
@Service
@Transactional(readOnly = true)
public class MeetingService {

	/** Meetings to come and past meetings shown on the dialogue's page, each. */
	static final int HIGHLIGHTED = 3;

	private final MeetingRepository meetings;

	private final DialogueAccess access;

	private final DialogueService dialogues;

	private final MarkdownRenderer markdown;

	private final MessageSource messages;

	private final MeetingAgenda agenda;

	private final MeetingAttendance attendance;

	private final Clock clock;

	private final DialogueEvidence evidence;

	private final MeetingMinutes minutes;

	private final ApplicationEventPublisher events;

	private final WorkshopRecording recording;

	/** The site's public address (as in emails): never the request's Host header. */
	private final String baseUrl;

	MeetingService(MeetingRepository meetings, DialogueAccess access, DialogueService dialogues,
			MarkdownRenderer markdown, MessageSource messages, MeetingAgenda agenda, MeetingAttendance attendance,
			Clock clock, DialogueEvidence evidence, MeetingMinutes minutes, ApplicationEventPublisher events,
			WorkshopRecording recording, @Value("${app.mail.base-url:http://localhost:8080}") String baseUrl) {
		this.baseUrl = baseUrl.replaceAll("/+$", "");
		this.recording = recording;
		this.evidence = evidence;
		this.minutes = minutes;
		this.events = events;
		this.agenda = agenda;
		this.attendance = attendance;
		this.meetings = meetings;
		this.access = access;
		this.dialogues = dialogues;
		this.markdown = markdown;
		this.messages = messages;
		this.clock = clock;
	}

	/** All meetings of a dialogue the viewer may read. */
	public MeetingList list(String slug, AccountPrincipal viewer) {
		DialogueView view = this.access.readable(slug, viewer);
		return split(view, this.meetings.findByDialogue(view.dialogue().getId()));
	}

	/** The next and the latest few meetings, for the dialogue's page (one statement). */
	public MeetingList highlights(DialogueView view) {
		return split(view, this.meetings.findAround(view.dialogue().getId(), this.clock.instant(), HIGHLIGHTED));
	}

	/** One meeting of a dialogue the viewer may read. */
	public MeetingPage page(String slug, AccountPrincipal viewer, long id, Locale locale) {
		DialogueView view = this.access.readable(slug, viewer);
		Meeting meeting = this.meetings.findWithFacilitators(id, view.dialogue().getId())
			.orElseThrow(NotFoundException::new);
		Map<Long, String> names = facilitatorNames(view);
		List<String> facilitators = meeting.getFacilitatorIds()
			.stream()
			.map(names::get)
			.filter((n) -> n != null)
			.sorted()
			.toList();
		boolean manages = view.context().facilitates();
		return new MeetingPage(view, meeting, facilitators, this.agenda.entries(view, id, locale.getLanguage()),
				this.attendance.summary(id, locale), manages, manages ? this.agenda.choices(view) : null,
				this.evidence.of(view, EvidenceTarget.MEETING, String.valueOf(id)),
				this.minutes.forMeeting(view, meeting, locale), this.recording.entries(view, id, locale),
				meeting.hasStarted(this.clock.instant()));
	}

	/** A meeting to edit, for a facilitator of its dialogue. */
	public Meeting editable(String slug, AccountPrincipal viewer, long id) {
		DialogueView view = this.access.facilitated(slug, viewer);
		return this.meetings.findWithFacilitators(id, view.dialogue().getId()).orElseThrow(NotFoundException::new);
	}

	/** The dialogue's facilitators, who may be named as a meeting's facilitators. */
	public List<Option> facilitatorChoices(DialogueView view) {
		return facilitatorNames(view).entrySet()
			.stream()
			.map((e) -> new Option(Long.toString(e.getKey()), e.getValue()))
			.sorted(java.util.Comparator.comparing(Option::label))
			.toList();
	}

	@Transactional
	public Meeting create(String slug, MeetingDetails details, AccountPrincipal viewer) {
		DialogueView view = this.access.facilitated(slug, viewer);
		ClosedDialogue.requireNotEnded(view, ClosedDialogue.MEETING);
		requireValid(view, details);
		Instant now = this.clock.instant();
		Meeting meeting = new Meeting(view.dialogue().getId(), viewer.getId(), now);
		meeting.describe(details, this.markdown.toHtml(details.description()), now);
		Meeting saved = this.meetings.save(meeting);
		// A meeting recorded after it started is not news to the dialogue's followers.
		if (!saved.hasStarted(now)) {
			this.events.publishEvent(new MeetingScheduled(view.dialogue().getId(), saved.getId(), saved.getTitle(),
					saved.getStart().toInstant(), viewer.getId(), MeetingPlan.of(saved)));
		}
		return saved;
	}

	/**
	 * @throws OptimisticLockingFailureException when someone saved the meeting since the
	 * editor loaded {@code expectedVersion}
	 */
	@Transactional
	public Meeting update(String slug, long id, MeetingDetails details, long expectedVersion, AccountPrincipal viewer) {
		DialogueView view = this.access.facilitated(slug, viewer);
		Meeting meeting = this.meetings.findWithFacilitators(id, view.dialogue().getId())
			.orElseThrow(NotFoundException::new);
		if (meeting.getVersion() != expectedVersion) {
			throw new OptimisticLockingFailureException("The meeting changed");
		}
		if (meeting.isCancelled()) {
			throw new MeetingRuleException("meeting.error.cancelled", null);
		}
		requireValid(view, details);
		Instant now = this.clock.instant();
		MeetingPlan before = MeetingPlan.of(meeting);
		meeting.describe(details, this.markdown.toHtml(details.description()), now);
		Meeting saved = this.meetings.saveAndFlush(meeting);
		MeetingPlan after = MeetingPlan.of(saved);
		// Followers hear of a new time or place of a meeting still to come, not of an
		// edited description.
		if (!after.equals(before) && !saved.hasStarted(now)) {
			this.events.publishEvent(new MeetingMoved(view.dialogue().getId(), saved.getId(), saved.getTitle(), after,
					saved.getVersion(), viewer.getId()));
		}
		return saved;
	}

	/**
	 * Cancels a meeting: it stays on the dialogue's page marked cancelled (with the
	 * reason), its calendar entries say so, the dialogue's followers are told and the
	 * audit log records it. Cancelling a cancelled meeting changes nothing.
	 */
	@Transactional
	public Meeting cancel(String slug, long id, String reason, AccountPrincipal viewer) {
		DialogueView view = this.access.facilitated(slug, viewer);
		Meeting meeting = this.meetings.findWithFacilitators(id, view.dialogue().getId())
			.orElseThrow(NotFoundException::new);
		if (meeting.isCancelled()) {
			return meeting;
		}
		if (reason != null && reason.strip().length() > 500) {
			throw new MeetingRuleException("meeting.error.cancel-reason", "reason");
		}
		meeting.cancel(reason, this.clock.instant());
		Meeting saved = this.meetings.saveAndFlush(meeting);
		this.events.publishEvent(new MeetingCancelled(view.dialogue().getId(), saved.getId(), saved.getTitle(),
				MeetingPlan.of(saved), saved.getCancelReason(), viewer.getId()));
		this.events.publishEvent(new AuditEvent(viewer.getId(), AuditAction.MEETING_CANCELLED, view.dialogue().getId(),
				"MEETING", saved.getId(), null, null, saved.getCancelReason()));
		return saved;
	}

	/** One meeting as an iCalendar file. */
	public String calendar(String slug, AccountPrincipal viewer, long id, Locale locale) {
		DialogueView view = this.access.readable(slug, viewer);
		Meeting meeting = this.meetings.findInDialogue(id, view.dialogue().getId()).orElseThrow(NotFoundException::new);
		return new ICalendar(null)
			.event(meeting, uid(meeting), url(view, meeting), kindLabel(meeting, locale), cancelNote(meeting, locale))
			.end();
	}

	/** Every meeting of the dialogue as a calendar feed that clients can subscribe to. */
	public String feed(String slug, AccountPrincipal viewer, Locale locale) {
		DialogueView view = this.access.readable(slug, viewer);
		ICalendar calendar = new ICalendar(view.dialogue().getTitle());
		for (Meeting meeting : this.meetings.findByDialogue(view.dialogue().getId())) {
			calendar.event(meeting, uid(meeting), url(view, meeting), kindLabel(meeting, locale),
					cancelNote(meeting, locale));
		}
		return calendar.end();
	}

	private MeetingList split(DialogueView view, List<Meeting> found) {
		Instant now = this.clock.instant();
		List<Meeting> upcoming = new ArrayList<>();
		List<Meeting> past = new ArrayList<>();
		for (Meeting meeting : found) {
			(meeting.isUpcoming(now) ? upcoming : past).add(meeting);
		}
		upcoming.sort(java.util.Comparator.comparing((Meeting m) -> m.getStart().toInstant()));
		past.sort(java.util.Comparator.comparing((Meeting m) -> m.getStart().toInstant()).reversed());
		return new MeetingList(view, upcoming, past, view.context().facilitates(),
				past.stream()
					.filter(Meeting::hasPublishedMinutes)
					.map(Meeting::getId)
					.collect(Collectors.toCollection(java.util.LinkedHashSet::new)));
	}

	private Map<Long, String> facilitatorNames(DialogueView view) {
		return this.dialogues.facilitators(view)
			.stream()
			.map(Membership::getMember)
			.collect(Collectors.toMap(Member::accountId, Member::displayName, (a, b) -> a));
	}

	private void requireValid(DialogueView view, MeetingDetails details) {
		if (details.endsAt().isBefore(details.startsAt())) {
			throw new MeetingRuleException("meeting.error.ends-before-start", "endsAt");
		}
		// An online meeting's place is its link: only a web address (no javascript: or
		// mistyped scheme), shown as a link. A place in the world stays free text.
		if (details.kind() == MeetingKind.ONLINE && details.place() != null && !details.place().isBlank()
				&& !Meeting.isWebAddress(details.place())) {
			throw new MeetingRuleException("meeting.error.online-place", "place");
		}
		Set<Long> allowed = new HashSet<>(facilitatorNames(view).keySet());
		if (!allowed.containsAll(details.facilitators())) {
			throw new MeetingRuleException("meeting.error.facilitator", "facilitators");
		}
		if (!SupportedLanguages.CODES.containsAll(details.languages())) {
			throw new MeetingRuleException("meeting.error.language", "languages");
		}
	}

	/**
	 * That a meeting is cancelled and why, as its page says it; {@code null} if it is
	 * not.
	 */
	private String cancelNote(Meeting meeting, Locale locale) {
		if (!meeting.isCancelled()) {
			return null;
		}
		String notice = this.messages.getMessage("meeting.cancelled.notice", null, locale);
		return (meeting.getCancelReason() == null) ? notice : notice + " " + this.messages
			.getMessage("meeting.cancelled.reason", new Object[] { meeting.getCancelReason() }, locale);
	}

	private String kindLabel(Meeting meeting, Locale locale) {
		return this.messages.getMessage("meeting.kind." + meeting.getKind(), null, meeting.getKind().name(), locale);
	}

	private String uid(Meeting meeting) {
		return "meeting-" + meeting.getId() + "@" + java.net.URI.create(this.baseUrl).getHost();
	}

	private String url(DialogueView view, Meeting meeting) {
		return this.baseUrl + "/dialogues/" + view.dialogue().getSlug() + "/meetings/" + meeting.getId();
	}

	/**
	 * The meetings of a dialogue the caller may read that other things (such as a
	 * relation of the stakeholder map) may cite, in the order they take place. One
	 * statement.
	 */
	public List<MeetingRef> linkable(DialogueView view) {
		return this.meetings.findRefs(view.dialogue().getId());
	}

	/**
	 * Those of the meetings that are in the dialogue the caller may read, by id. One
	 * statement (none for no ids).
	 */
	public Map<Long, MeetingRef> refs(DialogueView view, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, MeetingRef> found = new HashMap<>();
		this.meetings.findRefs(view.dialogue().getId(), ids.toArray(Long[]::new)).forEach((m) -> found.put(m.id(), m));
		return found;
	}

}
