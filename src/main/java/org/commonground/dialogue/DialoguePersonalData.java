package org.commonground.dialogue;

import java.util.List;

import org.commonground.account.PersonalDataArchive;
import org.commonground.account.PersonalDataSource;

import org.springframework.stereotype.Component;

/** A person's memberships, for their data archive. */
@Component
class DialoguePersonalData implements PersonalDataSource {

	private final MembershipRepository memberships;

	DialoguePersonalData(MembershipRepository memberships) {
		this.memberships = memberships;
	}

	@Override
	public void write(long accountId, PersonalDataArchive archive) {
		archive.table("memberships", List.of("dialogue", "dialogue_title", "role", "status", "display_mode",
				"requested_at", "joined_at", "removed_at"), this.memberships.findPersonalData(accountId));
	}

}
