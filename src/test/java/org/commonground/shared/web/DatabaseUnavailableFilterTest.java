package org.commonground.shared.web;

import java.net.ConnectException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.orm.jpa.JpaSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures mean that the database is away (a 503), and which are the request's own.
 */
class DatabaseUnavailableFilterTest {

	@Test
	void aConnectionThatBrokeOrCouldNotBeHadIsTheDatabaseAway() {
		assertThat(DatabaseUnavailableFilter.isDatabaseAway(new IllegalStateException(new ConnectException())))
			.isTrue();
		assertThat(DatabaseUnavailableFilter.isDatabaseAway(new SQLException("terminating connection", "57P01")))
			.isTrue();
		assertThat(DatabaseUnavailableFilter.isDatabaseAway(new SQLException("I/O error", "08006"))).isTrue();
	}

	@Test
	void aRollbackOnAConnectionTheRestartClosedIsTheDatabaseAway() {
		// What the cluster drill logged: JpaSystemException <- TransactionException <-
		// HikariCP's closed connection, without an SQL state.
		RuntimeException rollback = new JpaSystemException(new RuntimeException(
				"Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));
		assertThat(DatabaseUnavailableFilter.isDatabaseAway(rollback)).isTrue();
	}

	@Test
	void theRequestsOwnFailuresAreNot() {
		assertThat(DatabaseUnavailableFilter.isDatabaseAway(new IllegalArgumentException("bad input"))).isFalse();
		assertThat(DatabaseUnavailableFilter.isDatabaseAway(new SQLException("duplicate key", "23505"))).isFalse();
		assertThat(DatabaseUnavailableFilter.isDatabaseAway(new SQLException("Connection is closed", "23505")))
			.isFalse();
	}

}
