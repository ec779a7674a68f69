package org.commonground.shared.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;

/**
 * Remember-me tokens in {@code persistent_logins}, as Spring Security keeps them, plus
 * the value each series had before its last renewal, so that a renewal raced by parallel
 * requests is not taken for theft.
 */
class RememberMeTokens extends JdbcTokenRepositoryImpl {

	/** One series as stored: its current value, the one before and when it changed. */
	record Stored(String username, String series, String token, String previousToken, Instant lastUsed) {
	}

	Optional<Stored> find(String series) {
		List<Stored> found = getJdbcTemplate().query(
				"select username, series, token, previous_token, last_used from persistent_logins where series = ?",
				(rs, n) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getTimestamp(5).toInstant()),
				series);
		return found.stream().findFirst();
	}

	/**
	 * Renews a series' value if it still is {@code expected}, keeping the old value.
	 * @return whether this call renewed it (false when a parallel request did first)
	 */
	boolean renew(String series, String expected, String newToken, Instant now) {
		return getJdbcTemplate().update("""
				update persistent_logins set previous_token = token, token = ?, last_used = ?
				where series = ? and token = ?""", newToken, Timestamp.from(now), series, expected) == 1;
	}

	/** Ends one series of the user (one device's remembered login). */
	void removeSeries(String username, String series) {
		getJdbcTemplate().update("delete from persistent_logins where username = ? and series = ?", username, series);
	}

	/**
	 * Ends every series of the user but {@code keptSeries} (may be {@code null}), which
	 * from now on signs in as {@code renamedTo} (the user's new name, or the same).
	 */
	void removeUserTokensExcept(String username, String keptSeries, String renamedTo) {
		if (keptSeries == null) {
			removeUserTokens(username);
			return;
		}
		getJdbcTemplate().update("delete from persistent_logins where username = ? and series <> ?", username,
				keptSeries);
		if (!renamedTo.equals(username)) {
			getJdbcTemplate().update("update persistent_logins set username = ? where username = ? and series = ?",
					renamedTo, username, keptSeries);
		}
	}

}
