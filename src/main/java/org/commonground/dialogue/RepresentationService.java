package org.commonground.dialogue;

import java.util.ArrayList;
import java.util.HashMap;
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

	static final Set<String> MINER_GROUPS = Set.of("ARTISANAL_MINER", "MINER_ASSOCIATION");

	private final MembershipRepository memberships;

	private final DialogueRepository dialogues;

	private final StakeholderGroupService groups;

	private final List<ContributionCounter> counters;

	private final DialogueProperties properties;

	RepresentationService(MembershipRepository memberships, DialogueRepository dialogues,
			StakeholderGroupService groups, List<ContributionCounter> counters, DialogueProperties properties) {
		this.memberships = memberships;
		this.dialogues = dialogues;
		this.groups = groups;
		this.counters = counters;
		this.properties = properties;
	}

	/** The panel of a dialogue the caller has already been allowed to read. */
	public Representation panel(DialogueView view, Locale locale) {
		Dialogue dialogue = this.dialogues.findWithExpectedGroups(view.dialogue().getId()).orElseThrow();
		Map<String, Long> members = new HashMap<>();
		for (Object[] row : this.memberships.countActiveByGroup(dialogue.getId())) {
			members.put((String) row[0], (Long) row[1]);
		}
		Map<String, Long> contributions = new HashMap<>();
		for (ContributionCounter counter : this.counters) {
			counter.contributionsByGroup(dialogue.getId())
				.forEach((code, n) -> contributions.merge(code, n, Long::sum));
		}
		Set<String> expected = new java.util.HashSet<>();
		dialogue.getExpectedGroups().forEach((g) -> expected.add(g.getCode()));
		return compute(this.groups.activeGroups(), members, contributions, expected,
				this.properties.minerShareWarning(), locale);
	}

	static Representation compute(List<StakeholderGroup> groups, Map<String, Long> members,
			Map<String, Long> contributions, Set<String> expected, double threshold, Locale locale) {
		long maxMembers = Math.max(1, members.values().stream().mapToLong(Long::longValue).max().orElse(0));
		long maxContributions = Math.max(1, contributions.values().stream().mapToLong(Long::longValue).max().orElse(0));
		List<Representation.Row> rows = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		long totalMembers = 0;
		long totalContributions = 0;
		long miners = 0;
		for (StakeholderGroup group : groups) {
			long m = members.getOrDefault(group.getCode(), 0L);
			long c = contributions.getOrDefault(group.getCode(), 0L);
			boolean isExpected = expected.contains(group.getCode());
			rows.add(new Representation.Row(group.getCode(), group.label(locale), isExpected, m, c,
					(int) Math.round(100.0 * m / maxMembers), (int) Math.round(100.0 * c / maxContributions)));
			if (isExpected && m == 0) {
				missing.add(group.label(locale));
			}
			totalMembers += m;
			totalContributions += c;
			if (MINER_GROUPS.contains(group.getCode())) {
				miners += m;
			}
		}
		double share = (totalMembers == 0) ? 0 : (double) miners / totalMembers;
		return new Representation(rows, totalMembers, totalContributions, missing, share,
				totalMembers > 0 && share < threshold, threshold);
	}

}
