package org.commonground.dialogue;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.commonground.account.StakeholderGroupService;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides what each viewer sees of an author: the name, or, for a member who chose to be
 * pseudonymous where the dialogue allows it, "stakeholder group · region". Only the
 * dialogue's facilitators and admins see the name behind a pseudonym. Comments, exports
 * and search use this policy, never their own.
 */
@Component
@Transactional(readOnly = true)
public class AuthorLabelPolicy {

	static final String SEPARATOR = " · ";

	/** A former participant's group is named only where it has this many members. */
	public static final int FEWEST_TO_NAME_A_GROUP = 5;

	private final MembershipRepository memberships;

	private final StakeholderGroupService groups;

	private final MessageSource messages;

	AuthorLabelPolicy(MembershipRepository memberships, StakeholderGroupService groups, MessageSource messages) {
		this.memberships = memberships;
		this.groups = groups;
		this.messages = messages;
	}

	/** The label of a member of the viewed dialogue for this viewer. */
	public AuthorLabel label(Membership membership, DialogueView view, Locale locale) {
		Member member = membership.getMember();
		return label(member.displayName(), member.region(), this.groups.labelOf(member.groupId(), locale),
				membership.getDisplayMode(), view.context());
	}

	/**
	 * Labels of several authors, given by account id, in one dialogue, with one statement
	 * (the account module's published {@code account_directory} view beside the
	 * memberships). Authors without a membership are named.
	 */
	public Map<Long, AuthorLabel> labels(Dialogue dialogue, Collection<Long> authorIds, ViewerContext viewer,
			Locale locale) {
		Map<Long, AuthorLabel> labels = new HashMap<>();
		if (authorIds.isEmpty()) {
			return labels;
		}
		for (Object[] row : this.memberships.findAuthors(dialogue.getId(), authorIds)) {
			long id = ((Number) row[0]).longValue();
			String group = this.groups.labelOf(((Number) row[3]).longValue(), locale);
			if (row[5] != null) {
				labels.put(id, former(group, ((Number) row[5]).longValue(), locale));
				continue;
			}
			DisplayMode mode = (row[4] != null) ? DisplayMode.valueOf((String) row[4]) : DisplayMode.NAMED;
			labels.put(id, label((String) row[1], (String) row[2], group, mode, viewer));
		}
		return labels;
	}

	/**
	 * An erased account: "Former participant · group", without the group where fewer than
	 * {@value #FEWEST_TO_NAME_A_GROUP} members of it are in the dialogue (so that a small
	 * group does not give the person away). Nobody sees a name: there is none left.
	 */
	AuthorLabel former(String group, long groupMembers, Locale locale) {
		String former = this.messages.getMessage("author.former", null, locale);
		boolean showGroup = groupMembers >= FEWEST_TO_NAME_A_GROUP;
		return new AuthorLabel(showGroup ? former + SEPARATOR + group : former, showGroup ? group : null, true, null,
				!showGroup);
	}

	/**
	 * The "speaking as" group of a contribution (the group its author had when writing),
	 * or {@code null} where the author's label withholds it or already names that group.
	 */
	public String speakingAs(AuthorLabel label, long groupId, Locale locale) {
		if (label != null && label.groupWithheld()) {
			return null;
		}
		String group = this.groups.labelOf(groupId, locale);
		// A pseudonym ("group · region", or the group alone) and a former participant's
		// label ("Former participant · group") already name the group: once, not twice.
		return (label != null && label.pseudonymous() && namesGroup(label.name(), group)) ? null : group;
	}

	private static boolean namesGroup(String name, String group) {
		return name.equals(group) || name.startsWith(group + SEPARATOR) || name.endsWith(SEPARATOR + group);
	}

	static AuthorLabel label(String displayName, String region, String group, DisplayMode mode, ViewerContext viewer) {
		// A pseudonym chosen once stays, even if the dialogue later stops allowing new
		// ones.
		boolean pseudonymous = mode == DisplayMode.PSEUDONYMOUS;
		if (!pseudonymous) {
			return new AuthorLabel(displayName, group, false, null);
		}
		String pseudonym = (region == null || region.isBlank()) ? group : group + SEPARATOR + region.strip();
		return new AuthorLabel(pseudonym, group, true, viewer.seesIdentities() ? displayName : null);
	}

}
