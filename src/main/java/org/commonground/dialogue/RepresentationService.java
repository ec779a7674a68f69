package org.commonground.dialogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.commonground.account.StakeholderGroup;
import org.commonground.account.StakeholderGroupService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the representation panel: members and contributions per stakeholder group,
 * with warnings when an expected group is missing or miners are under-represented.
 */
@Service
@Transactional(readOnly = true)
public class RepresentationService {

	private static final AttendanceCounter.InRoom NOBODY = new AttendanceCounter.InRoom(0, 0, 0);

	static final Set<String> MINER_GROUPS = Set.of("ARTISANAL_MINER", "MINER_ASSOCIATION");

	/**
	 * The dialogue module's own part of the panel's statement: per stakeholder group id,
	 * the dialogue's active members in it (by the account module's published view) and
	 * whether the dialogue expects it.
	 */
	private static final String MEMBERS = """
			select 'members'::text, x.group_id, sum(x.members)::bigint, sum(x.expected)::bigint, 0::bigint from (
			  select a.stakeholder_group_id as group_id, 1 as members, 0 as expected
			  from membership m join account_directory a on a.id = m.account_id
			  where m.dialogue_id = :dialogueId and m.status = 'ACTIVE'
			  union all
			  select e.stakeholder_group_id, 0, 1 from dialogue_expected_group e where e.dialogue_id = :dialogueId
			) x group by x.group_id""";

	private final JdbcClient jdbc;

	private final List<String> kinds;

	/** Members, every module's contributions and the room, in one statement. */
	private final String query;

	private final DialogueProperties properties;

	private final StakeholderGroupService groups;

	RepresentationService(JdbcClient jdbc, List<ContributionCounter> counters, List<AttendanceCounter> attendance,
			DialogueProperties properties, StakeholderGroupService groups) {
		this.jdbc = jdbc;
		this.groups = groups;
		this.properties = properties;
		this.kinds = counters.stream().flatMap((counter) -> counter.kinds().stream()).toList();
		StringBuilder query = new StringBuilder(MEMBERS);
		for (ContributionCounter counter : counters) {
			query
				.append("\nunion all\nselect 'contribution:' || c.kind, c.group_id, c.n::bigint, 0::bigint, 0::bigint"
						+ " from (")
				.append(counter.countQuery())
				.append(") c (kind, group_id, n)");
		}
		for (AttendanceCounter counter : attendance) {
			query
				.append("\nunion all\nselect 'room', r.group_id, r.met::bigint, r.recorded::bigint, r.spoken::bigint"
						+ " from (")
				.append(counter.inRoomQuery())
				.append(") r (group_id, met, recorded, spoken)");
		}
		this.query = query.toString();
	}

	/**
	 * The panel of a dialogue the caller has already been allowed to read: one statement.
	 */
	public Representation panel(DialogueView view, Locale locale) {
		Map<String, Long> members = new HashMap<>();
		Set<String> expected = new HashSet<>();
		Map<String, Map<String, Long>> contributions = new LinkedHashMap<>();
		this.kinds.forEach((kind) -> contributions.put(kind, new HashMap<>()));
		Map<String, AttendanceCounter.InRoom> met = new HashMap<>();
		Map<Long, StakeholderGroup> groups = this.groups.byId();
		this.jdbc.sql(this.query).param("dialogueId", view.dialogue().getId()).query((rs, n) -> {
			String part = rs.getString(1);
			// Contributions of a group that no longer exists count as OTHER (codeOf);
			// members are counted in the groups that exist.
			String code = this.groups.codeOf(rs.getLong(2));
			if (part.equals("members")) {
				StakeholderGroup group = groups.get(rs.getLong(2));
				if (group == null) {
					return null;
				}
				if (rs.getLong(3) > 0) {
					members.put(group.getCode(), rs.getLong(3));
				}
				if (rs.getLong(4) > 0) {
					expected.add(group.getCode());
				}
			}
			else if (part.equals("room")) {
				met.merge(code, new AttendanceCounter.InRoom(rs.getLong(3), rs.getLong(4), rs.getLong(5)),
						AttendanceCounter.InRoom::plus);
			}
			else {
				Map<String, Long> byGroup = contributions.get(part.substring("contribution:".length()));
				if (byGroup != null) {
					byGroup.merge(code, rs.getLong(3), Long::sum);
				}
			}
			return null;
		}).list();
		List<StakeholderGroup> active = groups.values()
			.stream()
			.filter(StakeholderGroup::isActive)
			.sorted(Comparator.comparingInt(StakeholderGroup::getSortOrder))
			.toList();
		return compute(active, members, contributions, met, expected, this.properties.minerShareWarning(), locale);
	}

	/** The panel of a dialogue without meetings. */
	static Representation compute(List<StakeholderGroup> groups, Map<String, Long> members,
			Map<String, Map<String, Long>> contributions, Set<String> expected, double threshold, Locale locale) {
		return compute(groups, members, contributions, Map.of(), expected, threshold, locale);
	}

	/**
	 * @param contributions by kind (in display order), then by group code
	 * @param met people met in meetings and contributions recorded there, by group code
	 */
	static Representation compute(List<StakeholderGroup> groups, Map<String, Long> members,
			Map<String, Map<String, Long>> contributions, Map<String, AttendanceCounter.InRoom> met,
			Set<String> expected, double threshold, Locale locale) {
		List<String> kinds = List.copyOf(contributions.keySet());
		Map<String, Long> contributionsByGroup = new HashMap<>();
		contributions.values()
			.forEach((byGroup) -> byGroup.forEach((code, n) -> contributionsByGroup.merge(code, n, Long::sum)));
		long maxMembers = Math.max(1, members.values().stream().mapToLong(Long::longValue).max().orElse(0));
		long maxContributions = Math.max(1,
				contributionsByGroup.values().stream().mapToLong(Long::longValue).max().orElse(0));
		long totalMet = met.values().stream().mapToLong(AttendanceCounter.InRoom::met).sum();
		long totalRecorded = met.values().stream().mapToLong(AttendanceCounter.InRoom::recorded).sum();
		long totalSpokenFor = met.values().stream().mapToLong(AttendanceCounter.InRoom::spokenFor).sum();
		List<Representation.Row> rows = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		List<String> onlyInRoom = new ArrayList<>();
		List<String> onlyOnline = new ArrayList<>();
		long[] kindTotals = new long[kinds.size()];
		for (int i = 0; i < kinds.size(); i++) {
			kindTotals[i] = contributions.get(kinds.get(i)).values().stream().mapToLong(Long::longValue).sum();
		}
		long miners = 0;
		for (StakeholderGroup group : groups) {
			long m = members.getOrDefault(group.getCode(), 0L);
			long c = contributionsByGroup.getOrDefault(group.getCode(), 0L);
			List<Long> byKind = new ArrayList<>();
			for (int i = 0; i < kinds.size(); i++) {
				long n = contributions.get(kinds.get(i)).getOrDefault(group.getCode(), 0L);
				byKind.add(n);
			}
			boolean isExpected = expected.contains(group.getCode());
			AttendanceCounter.InRoom room = met.getOrDefault(group.getCode(), NOBODY);
			long inRoom = room.met();
			rows.add(new Representation.Row(group.getCode(), group.label(locale), isExpected, m, c, byKind, inRoom,
					room.recorded(), room.spokenFor(), (int) Math.round(100.0 * m / maxMembers),
					(int) Math.round(100.0 * c / maxContributions)));
			if (isExpected && m == 0) {
				missing.add(group.label(locale));
			}
			if ((inRoom > 0 || room.recorded() > 0) && m == 0) {
				onlyInRoom.add(group.label(locale));
			}
			if ((totalMet > 0 || totalRecorded > 0) && m > 0 && inRoom == 0 && room.recorded() == 0) {
				onlyOnline.add(group.label(locale));
			}
			if (MINER_GROUPS.contains(group.getCode())) {
				miners += m;
			}
		}
		// Totals include members and contributions of groups an admin has since
		// deactivated.
		long totalMembers = members.values().stream().mapToLong(Long::longValue).sum();
		long totalContributions = contributionsByGroup.values().stream().mapToLong(Long::longValue).sum();
		double share = (totalMembers == 0) ? 0 : (double) miners / totalMembers;
		return new Representation(rows, kinds, java.util.Arrays.stream(kindTotals).boxed().toList(), totalMembers,
				totalContributions, totalMet, totalRecorded, totalSpokenFor, missing, onlyInRoom, onlyOnline, share,
				totalMembers > 0 && share < threshold, threshold);
	}

}
