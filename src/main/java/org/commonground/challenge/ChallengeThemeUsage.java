package org.commonground.challenge;

import java.util.HashMap;
import java.util.Map;

import org.commonground.dialogue.ThemeUsage;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Challenges per theme, for the admins' theme page: one statement. */
@Component
class ChallengeThemeUsage implements ThemeUsage {

	private final JdbcTemplate jdbc;

	ChallengeThemeUsage(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<Long, Long> countByTheme() {
		Map<Long, Long> counts = new HashMap<>();
		this.jdbc.query("SELECT theme_id, count(*) FROM challenge_theme GROUP BY theme_id",
				(org.springframework.jdbc.core.RowCallbackHandler) (row) -> counts.put(row.getLong(1), row.getLong(2)));
		return counts;
	}

}
