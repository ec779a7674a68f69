package org.commonground.map;

import java.util.List;
import java.util.Map;

import org.commonground.account.PersonalDataArchive;
import org.commonground.account.PersonalDataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the map module keeps about a person, for their data archive: the relations they
 * proposed for a stakeholder map and the relations they disputed for their group, with
 * their reasons and what the facilitators decided.
 */
@Component
class MapPersonalData implements PersonalDataSource {

	private final JdbcClient jdbc;

	MapPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void write(long accountId, PersonalDataArchive archive) {
		Map<String, Object> account = Map.of("id", accountId);
		archive.table(
				this.jdbc, "map_proposals", List.of("id", "dialogue_id", "from_actor_id", "to_actor_id", "type",
						"strength", "status", "reason", "created_at", "decided_at"),
				"FROM map_relation WHERE proposed_by = :id ORDER BY id", account);
		archive.table(this.jdbc, "map_disputes",
				List.of("id", "relation_id", "dialogue_id", "group_id", "reason", "status", "created_at"),
				"FROM map_dispute WHERE account_id = :id ORDER BY id", account);
	}

}
