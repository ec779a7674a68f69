package org.commonground.shared.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL 17 when no external database is configured, so that
 * {@code ./mvnw spring-boot:run} works on a machine with nothing but a JDK. Its files
 * live under {@code app.database.embedded.data-dir} and survive restarts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabaseNotConfigured.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	static final String HOW_TO_USE_EXTERNAL = "Common Ground could not start its embedded PostgreSQL in %s (%s). "
			+ "Either fix that cause (the embedded database needs a writable data directory, a free "
			+ "loopback port and must not run as a user that PostgreSQL refuses), or point the application at an "
			+ "external PostgreSQL 17: set SPRING_DATASOURCE_URL (for example "
			+ "jdbc:postgresql://localhost:5432/commonground), SPRING_DATASOURCE_USERNAME and "
			+ "SPRING_DATASOURCE_PASSWORD, or run `docker compose up`; no embedded database starts then.";

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) {
		Path dataDir = properties.dataDir().toAbsolutePath().normalize();
		try {
			Files.createDirectories(dataDir);
			boolean existing = Files.exists(dataDir.resolve("PG_VERSION"));
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(false)
				.setPort(properties.port())
				.setServerConfig("listen_addresses", "localhost")
				.start();
			log.info("Embedded PostgreSQL is running on port {}; its data {} in {}", postgres.getPort(),
					existing ? "was found" : "is new", dataDir);
			return postgres;
		}
		catch (IOException | RuntimeException ex) {
			throw new EmbeddedDatabaseStartException(
					HOW_TO_USE_EXTERNAL.formatted(dataDir, ex.getClass().getSimpleName() + ": " + ex.getMessage()), ex);
		}
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setPassword("postgres");
		dataSource.setPoolName("commonground");
		return dataSource;
	}

}
