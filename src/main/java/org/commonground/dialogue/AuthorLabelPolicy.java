package org.commonground.dialogue;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.commonground.account.StakeholderGroupService;

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

	private final MembershipRepository memberships;

	private final StakeholderGroupService groups;

	AuthorLabelPolicy(MembershipRepository memberships, StakeholderGroupService groups) {
		this.memberships = memberships;
		this.groups = groups;
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
			DisplayMode mode = (row[4] != null) ? DisplayMode.valueOf((String) row[4]) : DisplayMode.NAMED;
			labels.put(id, label((String) row[1], (String) row[2], group, mode, viewer));
		}
		return labels;
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
