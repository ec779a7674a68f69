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

	private final MembershipRepository memberships;

	private final List<ContributionCounter> counters;

	private final List<AttendanceCounter> attendance;

	private final DialogueProperties properties;

	private final StakeholderGroupService groups;

	RepresentationService(MembershipRepository memberships, List<ContributionCounter> counters,
			List<AttendanceCounter> attendance, DialogueProperties properties, StakeholderGroupService groups) {
		this.memberships = memberships;
		this.groups = groups;
		this.counters = counters;
		this.attendance = attendance;
		this.properties = properties;
	}

	/** The panel of a dialogue the caller has already been allowed to read. */
	public Representation panel(DialogueView view, Locale locale) {
		long dialogueId = view.dialogue().getId();
		Map<String, Long> members = new HashMap<>();
		Set<String> expected = new HashSet<>();
		Map<Long, StakeholderGroup> groups = this.groups.byId();
		for (Object[] row : this.memberships.findGroupsWithMembers(dialogueId)) {
			StakeholderGroup group = groups.get(((Number) row[0]).longValue());
			if (group == null) {
				continue;
			}
			long count = ((Number) row[1]).longValue();
			if (count > 0) {
				members.put(group.getCode(), count);
			}
			if (((Number) row[2]).longValue() > 0) {
				expected.add(group.getCode());
			}
		}
		List<StakeholderGroup> active = groups.values()
			.stream()
			.filter(StakeholderGroup::isActive)
			.sorted(Comparator.comparingInt(StakeholderGroup::getSortOrder))
			.toList();
		Map<String, Map<String, Long>> contributions = new LinkedHashMap<>();
		for (ContributionCounter counter : this.counters) {
			counter.contributionsByKind(dialogueId).forEach((kind, byGroup) -> {
				Map<String, Long> sum = contributions.computeIfAbsent(kind, (k) -> new HashMap<>());
				byGroup.forEach((code, n) -> sum.merge(code, n, Long::sum));
			});
		}
		Map<String, AttendanceCounter.InRoom> met = new HashMap<>();
		for (AttendanceCounter counter : this.attendance) {
			counter.inRoomByGroup(dialogueId).forEach((code, n) -> met.merge(code, n, AttendanceCounter.InRoom::plus));
		}
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
