package org.commonground.shared.persistence;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Says in plain words that the configured database cannot be reached (SQL state class 08,
 * "connection exception"), instead of a page of stack trace, and how to fix it.
 */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

	private final Environment environment;

	DatabaseUnreachableFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
		String state = cause.getSQLState();
		if (state == null || !state.startsWith("08")) {
			return null;
		}
		String url = this.environment.getProperty("spring.datasource.url", "(no URL)").replaceAll("\\?.*$", "");
		return new FailureAnalysis(
				"Common Ground could not connect to its database at " + url + ": " + cause.getMessage(),
				"Check that PostgreSQL is running and reachable at that address and that SPRING_DATASOURCE_URL, "
						+ "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD are right, or unset "
						+ "SPRING_DATASOURCE_URL to use the embedded database.",
				cause);
	}

}
