package org.commonground.shared.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Runs one statement whose parameters are PostgreSQL arrays (for
 * {@code insert ... select from unnest(?, ?, ...)}): a batch of thousands of rows in one
 * round trip, in the caller's transaction. Each parameter is a pair of the element type
 * ({@code bigint}, {@code int}, {@code text}, {@code date}…) and its values, or a plain
 * value.
 */
public final class SqlArrays {

	private SqlArrays() {
	}

	/** An array parameter: its element type and values. */
	public record Column(String type, Object[] values) {
	}

	public static Column of(String type, List<?> values) {
		return new Column(type, values.toArray());
	}

	/** Runs the statement and maps each row it returns (e.g. {@code returning id}). */
	public static <T> List<T> query(JdbcTemplate jdbc, RowMapper<T> mapper, String sql, Object... parameters) {
		return jdbc.execute((ConnectionCallback<List<T>>) (connection) -> {
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				bind(connection, statement, parameters);
				List<T> result = new ArrayList<>();
				try (ResultSet rows = statement.executeQuery()) {
					while (rows.next()) {
						result.add(mapper.mapRow(rows, result.size()));
					}
				}
				return result;
			}
		});
	}

	private static void bind(Connection connection, PreparedStatement statement, Object[] parameters)
			throws SQLException {
		for (int i = 0; i < parameters.length; i++) {
			if (parameters[i] instanceof Column column) {
				Array array = connection.createArrayOf(column.type(), column.values());
				statement.setArray(i + 1, array);
			}
			else {
				statement.setObject(i + 1, parameters[i]);
			}
		}
	}

}
