package org.commonground.shared.persistence;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a failed embedded-database start into one readable paragraph at start-up. */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseStartException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseStartException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to use an "
						+ "external PostgreSQL 17 (see README, \"Configuration\"), or run `docker compose up`.",
				cause);
	}

}
