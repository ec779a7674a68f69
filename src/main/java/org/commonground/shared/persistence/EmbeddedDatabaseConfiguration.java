package org.commonground.shared.persistence;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Starts an embedded PostgreSQL 17 when no external database is configured, so that
 * {@code ./mvnw spring-boot:run} works on a machine with nothing but a JDK. Its files
 * live under {@code app.database.embedded.data-dir} and survive restarts. It starts in
 * the background while the rest of the application is built
 * ({@link EmbeddedPostgresStarter}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabaseNotConfigured.class)
class EmbeddedDatabaseConfiguration {

	static final String HOW_TO_USE_EXTERNAL = "Common Ground could not start its embedded PostgreSQL in %s (%s). "
			+ "Either fix that cause (the embedded database needs a writable data directory, a free "
			+ "loopback port and must not run as a user that PostgreSQL refuses), or point the application at an "
			+ "external PostgreSQL 17: set SPRING_DATASOURCE_URL (for example "
			+ "jdbc:postgresql://localhost:5432/commonground), SPRING_DATASOURCE_USERNAME and "
			+ "SPRING_DATASOURCE_PASSWORD, or run `docker compose up`; no embedded database starts then.";

	@Bean
	static EmbeddedPostgresStarter embeddedPostgresStarter(Environment environment) {
		return new EmbeddedPostgresStarter(
				Binder.get(environment).bindOrCreate("app.database.embedded", EmbeddedDatabaseProperties.class));
	}

	/** The running database; the starter stops it when the application closes. */
	@Bean(destroyMethod = "")
	EmbeddedPostgres embeddedPostgres(EmbeddedPostgresStarter starter) {
		return starter.await();
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres, EmbeddedPostgresStarter starter) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl(EmbeddedPostgresStarter.USERNAME, "postgres"));
		dataSource.setUsername(EmbeddedPostgresStarter.USERNAME);
		dataSource.setPassword(starter.password());
		dataSource.setPoolName("commonground");
		return dataSource;
	}

}
