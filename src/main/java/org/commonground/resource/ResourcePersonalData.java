package org.commonground.resource;

import java.util.List;
import java.util.Map;

import org.commonground.account.PersonalDataArchive;
import org.commonground.account.PersonalDataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the resource module keeps about a person, for their data archive: the resources,
 * blog posts and photo stories they added to a library (their files are in the dialogue's
 * library, linked from each resource's page), and the translations of resources they
 * made, and the links they suggested with where each stands.
 */
@Component
class ResourcePersonalData implements PersonalDataSource {

	private final JdbcClient jdbc;

	ResourcePersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void write(long accountId, PersonalDataArchive archive) {
		archive.table(
				this.jdbc, "resources", List.of("id", "dialogue_id", "kind", "title", "summary", "body_source", "url",
						"language", "created_at", "updated_at"),
				"FROM resource WHERE created_by = :id ORDER BY id", Map.of("id", accountId));
		archive.table(this.jdbc, "resource_translations",
				List.of("resource_id", "language", "title", "summary", "body_source", "transcript", "image_alt",
						"translated_at"),
				"FROM resource_translation WHERE translated_by = :id ORDER BY resource_id, language",
				Map.of("id", accountId));
		archive.table(this.jdbc, "resource_suggestions",
				List.of("id", "dialogue_id", "title", "summary", "url", "language", "status", "decline_reason",
						"resource_id", "created_at", "decided_at"),
				"FROM resource_suggestion WHERE suggested_by = :id ORDER BY id", Map.of("id", accountId));
	}

}
