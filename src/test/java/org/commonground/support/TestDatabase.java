package org.commonground.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one PostgreSQL 17 of a test run: a Testcontainers {@code postgres:17} where Docker
 * is available, else an embedded PostgreSQL in a temporary directory. Started on first
 * use, stopped when the JVM exits. Never H2.
 */
public final class TestDatabase {

	private static Connection connection;

	private TestDatabase() {
	}

	/** JDBC coordinates of the running database. */
	public record Connection(String url, String username, String password, String kind) {
	}

	public static synchronized Connection get() {
		if (connection == null) {
			connection = dockerAvailable() ? startContainer() : startEmbedded();
			System.out.println("Test database: " + connection.kind() + " at " + connection.url());
		}
		return connection;
	}

	private static boolean dockerAvailable() {
		if ("embedded".equals(System.getProperty("test.database"))) {
			return false;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static Connection startContainer() {
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:17");
		container.start();
		Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
		return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
				"Testcontainers postgres:17");
	}

	private static Connection startEmbedded() {
		try {
			Path dataDir = Files.createTempDirectory("commonground-test-pg");
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(true)
				.setServerConfig("fsync", "off")
				.setServerConfig("synchronous_commit", "off")
				.setServerConfig("full_page_writes", "off")
				.setServerConfig("max_connections", "200")
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					// the JVM is exiting; nothing else to do
				}
			}));
			return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres",
					"embedded PostgreSQL");
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start the embedded PostgreSQL for the tests", ex);
		}
	}

}
