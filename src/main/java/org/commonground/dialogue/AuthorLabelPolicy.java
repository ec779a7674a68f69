package org.commonground.dialogue;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.commonground.account.Account;

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

	AuthorLabelPolicy(MembershipRepository memberships) {
		this.memberships = memberships;
	}

	/** The label of a member of the viewed dialogue for this viewer. */
	public AuthorLabel label(Membership membership, DialogueView view, Locale locale) {
		return label(membership.getAccount(), view.dialogue(), membership.getDisplayMode(), view.context(), locale);
	}

	/**
	 * Labels of several authors in one dialogue, with one query. Authors without a
	 * membership are named.
	 */
	public Map<Long, AuthorLabel> labels(Dialogue dialogue, Collection<Account> authors, ViewerContext viewer,
			Locale locale) {
		Map<Long, DisplayMode> modes = new HashMap<>();
		if (!authors.isEmpty()) {
			for (Membership m : this.memberships.findByAccounts(dialogue.getId(),
					authors.stream().map(Account::getId).toList())) {
				modes.put(m.getAccount().getId(), m.getDisplayMode());
			}
		}
		Map<Long, AuthorLabel> labels = new HashMap<>();
		for (Account author : authors) {
			labels.put(author.getId(),
					label(author, dialogue, modes.getOrDefault(author.getId(), DisplayMode.NAMED), viewer, locale));
		}
		return labels;
	}

	static AuthorLabel label(Account author, Dialogue dialogue, DisplayMode mode, ViewerContext viewer, Locale locale) {
		String group = author.getStakeholderGroup().label(locale);
		// A pseudonym chosen once stays, even if the dialogue later stops allowing new
		// ones.
		boolean pseudonymous = mode == DisplayMode.PSEUDONYMOUS;
		if (!pseudonymous) {
			return new AuthorLabel(author.getDisplayName(), group, false, null);
		}
		String region = author.getRegion();
		String pseudonym = (region == null || region.isBlank()) ? group : group + SEPARATOR + region.strip();
		return new AuthorLabel(pseudonym, group, true, viewer.seesIdentities() ? author.getDisplayName() : null);
	}

}
