package org.commonground.meeting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.commonground.account.AccountPrincipal;
import org.commonground.account.StakeholderGroup;
import org.commonground.account.StakeholderGroupService;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueView;
import org.commonground.shared.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who came to a meeting: counts per stakeholder group (and by gender where recorded),
 * entered by its facilitators, and the names of people who agreed to be named. Nobody is
 * named without consent: the name is stored only with the facilitator who recorded it.
 */
@Service
@Transactional(readOnly = true)
public class MeetingAttendance {

	private final AttendanceRepository attendance;

	private final MeetingRepository meetings;

	private final DialogueAccess access;

	private final StakeholderGroupService groups;

	private final Clock clock;

	MeetingAttendance(AttendanceRepository attendance, MeetingRepository meetings, DialogueAccess access,
			StakeholderGroupService groups, Clock clock) {
		this.attendance = attendance;
		this.meetings = meetings;
		this.access = access;
		this.groups = groups;
		this.clock = clock;
	}

	/** Active stakeholder groups in display order, from memory. */
	public List<StakeholderGroup> groups() {
		return this.groups.byId()
			.values()
			.stream()
			.filter(StakeholderGroup::isActive)
			.sorted(Comparator.comparingInt(StakeholderGroup::getSortOrder))
			.toList();
	}

	/** The attendance of a meeting the caller may read: two statements. */
	AttendanceSummary summary(long meetingId, Locale locale) {
		Map<Long, StakeholderGroup> byId = this.groups.byId();
		List<AttendanceSummary.Row> rows = new ArrayList<>();
		int people = 0;
		int women = 0;
		int men = 0;
		for (Object[] row : this.attendance.findCounts(meetingId)) {
			StakeholderGroup group = byId.get(((Number) row[0]).longValue());
			Integer w = (row[2] != null) ? ((Number) row[2]).intValue() : null;
			Integer m = (row[3] != null) ? ((Number) row[3]).intValue() : null;
			int n = ((Number) row[1]).intValue();
			rows.add(new AttendanceSummary.Row(group.getCode(), group.label(locale), n, w, m));
			people += n;
			women += (w != null) ? w : 0;
			men += (m != null) ? m : 0;
		}
		Map<String, Integer> order = new HashMap<>();
		byId.values().forEach((g) -> order.put(g.getCode(), g.getSortOrder()));
		rows.sort(Comparator.comparingInt((AttendanceSummary.Row r) -> order.get(r.code())));
		List<Attendee> named = new ArrayList<>();
		for (Object[] row : this.attendance.findNamed(meetingId)) {
			named.add(new Attendee(((Number) row[0]).longValue(), (String) row[1],
					byId.get(((Number) row[2]).longValue()).label(locale)));
		}
		return new AttendanceSummary(rows, people, women, men, named);
	}

	/** The counts as they are stored, by group code, for the form. */
	public Map<String, AttendanceCount> counts(String slug, long meetingId, AccountPrincipal viewer) {
		DialogueView view = this.access.facilitated(slug, viewer);
		requireMeeting(view, meetingId);
		Map<Long, StakeholderGroup> byId = this.groups.byId();
		Map<String, AttendanceCount> counts = new HashMap<>();
		for (Object[] row : this.attendance.findCounts(meetingId)) {
			String code = byId.get(((Number) row[0]).longValue()).getCode();
			counts.put(code,
					new AttendanceCount(code, ((Number) row[1]).intValue(),
							(row[2] != null) ? ((Number) row[2]).intValue() : null,
							(row[3] != null) ? ((Number) row[3]).intValue() : null));
		}
		return counts;
	}

	/**
	 * Replaces the meeting's counts; groups with nobody are left out.
	 * @throws MeetingRuleException for an unknown group, a negative count, or more women
	 * and men than people; {@code attendance.error.dialogue-closed} (about no field) in a
	 * closed or archived dialogue
	 */
	@Transactional
	public void record(String slug, long meetingId, List<AttendanceCount> counts, AccountPrincipal viewer) {
		DialogueView view = this.access.facilitated(slug, viewer);
		requireHeld(requireMeeting(view, meetingId));
		ClosedDialogue.requireNotEnded(view, ClosedDialogue.ATTENDANCE);
		Map<String, Long> ids = new HashMap<>();
		groups().forEach((g) -> ids.put(g.getCode(), g.getId()));
		for (AttendanceCount count : counts) {
			if (!ids.containsKey(count.groupCode())) {
				throw new MeetingRuleException("attendance.error.group", "count." + count.groupCode());
			}
			int women = (count.women() != null) ? count.women() : 0;
			int men = (count.men() != null) ? count.men() : 0;
			if (count.people() < 0 || women < 0 || men < 0) {
				throw new MeetingRuleException("attendance.error.negative", "count." + count.groupCode());
			}
			if (women + men > count.people()) {
				throw new MeetingRuleException("attendance.error.gender", "count." + count.groupCode());
			}
		}
		this.attendance.deleteCounts(meetingId);
		for (AttendanceCount count : counts) {
			if (count.people() > 0) {
				this.attendance.insertCount(meetingId, ids.get(count.groupCode()), count.people(), count.women(),
						count.men());
			}
		}
	}

	/**
	 * Names someone who came, with the group they spoke for.
	 * @param consent whether they agreed to be named on the meeting's page; without it
	 * nothing is stored
	 */
	@Transactional
	public void name(String slug, long meetingId, String name, String groupCode, boolean consent,
			AccountPrincipal viewer) {
		DialogueView view = this.access.facilitated(slug, viewer);
		requireHeld(requireMeeting(view, meetingId));
		ClosedDialogue.requireNotEnded(view, ClosedDialogue.ATTENDANCE);
		if (!consent) {
			throw new MeetingRuleException("attendance.error.consent", "consent");
		}
		StakeholderGroup group = groups().stream()
			.filter((g) -> g.getCode().equals(groupCode))
			.findFirst()
			.orElseThrow(() -> new MeetingRuleException("attendance.error.group", "group"));
		this.attendance.insertNamed(meetingId, name.strip(), group.getId(), viewer.getId(), this.clock.instant());
	}

	@Transactional
	public void unname(String slug, long meetingId, long attendeeId, AccountPrincipal viewer) {
		DialogueView view = this.access.facilitated(slug, viewer);
		requireMeeting(view, meetingId);
		if (this.attendance.deleteNamed(meetingId, attendeeId) == 0) {
			throw new NotFoundException();
		}
	}

	private Meeting requireMeeting(DialogueView view, long meetingId) {
		return this.meetings.findInDialogue(meetingId, view.dialogue().getId()).orElseThrow(NotFoundException::new);
	}

	/**
	 * Nobody can have come to a meeting that was cancelled or has not started yet
	 * ({@code attendance.error.cancelled}, {@code attendance.error.not-started}, about no
	 * field).
	 */
	private void requireHeld(Meeting meeting) {
		if (meeting.isCancelled()) {
			throw new MeetingRuleException("attendance.error.cancelled", null);
		}
		if (!meeting.hasStarted(this.clock.instant())) {
			throw new MeetingRuleException("attendance.error.not-started", null);
		}
	}

}
