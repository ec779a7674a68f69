package org.commonground.resource;

import java.util.HashMap;
import java.util.Map;

import org.commonground.dialogue.ThemeUsage;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Resources per theme, for the admins' theme page: one statement. */
@Component
class ResourceThemeUsage implements ThemeUsage {

	private final JdbcTemplate jdbc;

	ResourceThemeUsage(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<Long, Long> countByTheme() {
		Map<Long, Long> counts = new HashMap<>();
		this.jdbc.query(
				"SELECT t.id, count(*) FROM resource r CROSS JOIN LATERAL unnest(r.theme_ids) AS t(id) GROUP BY t.id",
				(org.springframework.jdbc.core.RowCallbackHandler) (row) -> counts.put(row.getLong(1), row.getLong(2)));
		return counts;
	}

}
