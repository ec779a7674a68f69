package org.commonground.shared.persistence;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnreachableFailureAnalyzerTest {

	private final DatabaseUnreachableFailureAnalyzer analyzer = new DatabaseUnreachableFailureAnalyzer(
			new MockEnvironment().withProperty("spring.datasource.url",
					"jdbc:postgresql://db.example:5432/commonground?password=secret"));

	@Test
	void explainsAnUnreachableDatabaseInOneSentenceWithoutSecrets() {
		SQLException refused = new SQLException("Connection to db.example:5432 refused.", "08001");
		FailureAnalysis analysis = this.analyzer
			.analyze(new IllegalStateException("Failed to start", new RuntimeException(refused)));
		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription())
			.isEqualTo(
					"Common Ground could not connect to its database at jdbc:postgresql://db.example:5432/commonground:"
							+ " Connection to db.example:5432 refused.")
			.doesNotContain("secret");
		assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL").contains("embedded database");
	}

	@Test
	void leavesOtherDatabaseErrorsAlone() {
		assertThat(this.analyzer.analyze(new SQLException("syntax error", "42601"))).isNull();
	}

}
