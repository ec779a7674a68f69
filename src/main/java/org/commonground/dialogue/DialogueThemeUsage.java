package org.commonground.dialogue;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Dialogues per theme, for the admins' theme page: one statement. */
@Component
class DialogueThemeUsage implements ThemeUsage {

	private final JdbcTemplate jdbc;

	DialogueThemeUsage(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<Long, Long> countByTheme() {
		Map<Long, Long> counts = new HashMap<>();
		this.jdbc.query("SELECT theme_id, count(*) FROM dialogue_theme GROUP BY theme_id",
				(org.springframework.jdbc.core.RowCallbackHandler) (row) -> counts.put(row.getLong(1), row.getLong(2)));
		return counts;
	}

}
