package org.commonground.api;

import java.util.List;
import java.util.Map;

import org.commonground.account.PersonalDataArchive;
import org.commonground.account.PersonalDataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the API module keeps about a person, for their data archive: the personal access
 * tokens issued to them, without their secrets (only a hash of each is kept).
 */
@Component
class ApiPersonalData implements PersonalDataSource {

	private final JdbcClient jdbc;

	ApiPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void write(long accountId, PersonalDataArchive archive) {
		archive.table(this.jdbc, "api_tokens", List.of("id", "label", "issued_at", "revoked_at", "last_used_at"),
				"FROM api_token WHERE account_id = :id ORDER BY id", Map.of("id", accountId));
	}

}
