package org.commonground.meeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.commonground.account.StakeholderGroup;
import org.commonground.account.StakeholderGroupService;
import org.commonground.dialogue.DialogueView;
import org.commonground.export.SummarySection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The meetings in the summary exports: each meeting with the people in the room by
 * stakeholder group, the contributions recorded there on their behalf (and how many still
 * await a second facilitator's check) and the state of its minutes. Four statements,
 * whatever the number of meetings.
 */
@Component
class MeetingSummarySection implements SummarySection {

	private final MeetingRepository meetings;

	private final JdbcClient jdbc;

	private final StakeholderGroupService groups;

	MeetingSummarySection(MeetingRepository meetings, JdbcClient jdbc, StakeholderGroupService groups) {
		this.meetings = meetings;
		this.jdbc = jdbc;
		this.groups = groups;
	}

	@Override
	public String name() {
		return "meetings";
	}

	@Override
	public SummaryPart part(DialogueView view, Locale locale) {
		long dialogueId = view.dialogue().getId();
		Map<Long, List<GroupCount>> attendance = new HashMap<>();
		// Groups are named from the account module's reference data, in display order.
		Map<Long, StakeholderGroup> groups = this.groups.byId();
		this.jdbc.sql("""
				select a.meeting_id, a.stakeholder_group_id, a.people from meeting_attendance a
				join meeting m on m.id = a.meeting_id where m.dialogue_id = :dialogueId""")
			.param("dialogueId", dialogueId)
			.query((rs, n) -> {
				long groupId = rs.getLong(2);
				StakeholderGroup group = groups.get(groupId);
				attendance.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
					.add(new GroupCount(this.groups.codeOf(groupId), this.groups.labelOf(groupId, locale), rs.getInt(3),
							(group != null) ? group.getSortOrder() : Integer.MAX_VALUE));
				return null;
			})
			.list();
		attendance.values().forEach((counts) -> counts.sort(Comparator.comparingInt(GroupCount::order)));
		Map<Long, Recorded> recorded = new HashMap<>();
		this.jdbc.sql("""
				select meeting_id, count(*) filter (where kind = 'CHALLENGE'), count(*) filter (where kind = 'COMMENT'),
				       count(*) filter (where kind = 'STANCES'), coalesce(sum(people), 0),
				       count(*) filter (where verified_at is null)
				from recorded_contribution where dialogue_id = :dialogueId and meeting_id is not null
				group by meeting_id""")
			.param("dialogueId", dialogueId)
			.query((rs, n) -> recorded.put(rs.getLong(1),
					new Recorded(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6))))
			.list();
		Map<Long, MinutesStatus> minutes = new HashMap<>();
		this.jdbc.sql("""
				select n.meeting_id, n.status from meeting_minutes n join meeting m on m.id = n.meeting_id
				where m.dialogue_id = :dialogueId""")
			.param("dialogueId", dialogueId)
			.query((rs, n) -> minutes.put(rs.getLong(1), MinutesStatus.valueOf(rs.getString(2))))
			.list();
		List<Item> items = new ArrayList<>();
		for (Meeting meeting : this.meetings.findByDialogue(dialogueId)) {
			items.add(new Item(meeting, attendance.getOrDefault(meeting.getId(), List.of()),
					recorded.getOrDefault(meeting.getId(), Recorded.NONE), minutes.get(meeting.getId())));
		}
		return new SummaryPart(json(items), "meeting/fragments", "summary", items);
	}

	static List<Object> json(List<Item> items) {
		List<Object> json = new ArrayList<>();
		for (Item item : items) {
			Meeting meeting = item.meeting();
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("id", meeting.getId());
			entry.put("kind", meeting.getKind().name());
			entry.put("title", meeting.getTitle());
			entry.put("place", meeting.getPlace());
			entry.put("startsAt", meeting.getStart().toOffsetDateTime().toString());
			entry.put("endsAt", meeting.getEnd().toOffsetDateTime().toString());
			entry.put("timeZone", meeting.getTimeZone().getId());
			entry.put("status", meeting.isCancelled() ? "CANCELLED" : "SCHEDULED");
			entry.put("cancelledAt", (meeting.getCancelledAt() != null) ? meeting.getCancelledAt().toString() : null);
			entry.put("cancellationReason", meeting.getCancelReason());
			Map<String, Object> byGroup = new LinkedHashMap<>();
			item.attendance().forEach((g) -> byGroup.put(g.code(), g.people()));
			entry.put("attendanceByGroup", byGroup);
			entry.put("attendance", item.people());
			Map<String, Object> recorded = new LinkedHashMap<>();
			recorded.put("challenges", item.recorded().challenges());
			recorded.put("comments", item.recorded().comments());
			recorded.put("showsOfHands", item.recorded().stances());
			recorded.put("people", item.recorded().people());
			recorded.put("awaitingCheck", item.recorded().awaitingCheck());
			entry.put("recorded", recorded);
			entry.put("minutes", (item.minutes() != null) ? item.minutes().name() : null);
			json.add(entry);
		}
		return json;
	}

	/**
	 * How many people of a group were in the room; {@code order} is the group's place in
	 * lists.
	 */
	record GroupCount(String code, String label, int people, int order) {
	}

	/**
	 * What was recorded at a meeting: challenges, comments, shows of hands, the people
	 * they speak for (summed over records) and the records still awaiting a check.
	 */
	record Recorded(int challenges, int comments, int stances, int people, int awaitingCheck) {

		static final Recorded NONE = new Recorded(0, 0, 0, 0, 0);

		public int total() {
			return this.challenges + this.comments + this.stances;
		}

	}

	/** One meeting in the summary; {@code minutes} null when none were started. */
	record Item(Meeting meeting, List<GroupCount> attendance, Recorded recorded, MinutesStatus minutes) {

		public int people() {
			return this.attendance.stream().mapToInt(GroupCount::people).sum();
		}

	}

}
