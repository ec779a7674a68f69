package org.commonground.dialogue;

import java.util.List;
import java.util.Map;

import org.commonground.account.PersonalDataArchive;
import org.commonground.account.PersonalDataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's memberships and the translations of dialogues they made, for their data
 * archive.
 */
@Component
class DialoguePersonalData implements PersonalDataSource {

	private final MembershipRepository memberships;

	private final JdbcClient jdbc;

	DialoguePersonalData(MembershipRepository memberships, JdbcClient jdbc) {
		this.memberships = memberships;
		this.jdbc = jdbc;
	}

	@Override
	public void write(long accountId, PersonalDataArchive archive) {
		archive.table("memberships",
				List.of("dialogue", "dialogue_title", "dialogue_title_in_your_language", "role", "status",
						"display_mode", "requested_at", "joined_at", "removed_at"),
				this.memberships.findPersonalData(accountId, archive.locale().getLanguage()));
		archive.table(this.jdbc, "dialogue_translations",
				List.of("dialogue_id", "language", "title", "summary", "description_source", "translated_at"),
				"FROM dialogue_translation WHERE translated_by = :id ORDER BY dialogue_id, language",
				Map.of("id", accountId));
	}

}
