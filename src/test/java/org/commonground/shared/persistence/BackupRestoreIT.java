package org.commonground.shared.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backup drill of docs/deployment.md: {@code scripts/backup.sh} dumps a database with
 * the application's schema and data, {@code scripts/restore.sh} restores the dump into a
 * fresh database, and the data is there, row for row.
 * <p>
 * pg_dump must be at least of the server's major version. The database is a scratch
 * PostgreSQL cluster made with the newest server of Debian's packages under
 * {@code /usr/lib/postgresql} that comes with its own pg_dump, run as the
 * {@code postgres} user (the application's schema built by its Flyway migrations), so
 * that the drill runs on a machine whose only client tools are older than the embedded
 * PostgreSQL 17.
 */
class BackupRestoreIT {

	private static final Path DEBIAN = Path.of("/usr/lib/postgresql");

	@TempDir
	Path temp;

	private Path bin;

	private Path dataDir;

	private int port;

	@AfterEach
	void stopServer() throws Exception {
		if (this.dataDir != null) {
			run(List.of(this.bin.resolve("pg_ctl").toString(), "-D", this.dataDir.toString(), "-m", "immediate",
					"stop"), Map.of(), true);
		}
	}

	@Test
	void aDumpRestoredIntoAFreshDatabaseHoldsTheSameData() throws Exception {
		this.bin = newestServerWithClientTools().orElseThrow(
				() -> new AssertionError("No PostgreSQL server with pg_dump under " + DEBIAN + " for the drill"));
		startScratchServer();
		String source = "jdbc:postgresql://localhost:" + this.port + "/postgres";
		Flyway.configure().dataSource(source, "postgres", "").locations("classpath:db/migration").load().migrate();
		try (Connection db = DriverManager.getConnection(source, "postgres", "");
				Statement sql = db.createStatement()) {
			sql.execute("insert into outbound_email (recipient, subject, body, status) "
					+ "values ('backup@drill.example', 'Kept through the backup', 'Ünïcödé body ✓', 'STORED')");
			sql.execute("insert into rate_limit_bucket (id, state, expires_at) values ('drill', '\\x0102'::bytea, 1)");
			sql.execute("create database restored");
		}
		Map<String, String> env = new HashMap<>(Map.of("PGHOST", "localhost", "PGPORT", Integer.toString(this.port),
				"PGUSER", "postgres", "PGDATABASE", "postgres", "PG_BIN", this.bin.toString()));

		String dump = run(List.of("scripts/backup.sh", this.temp.resolve("backups").toString()), env, false).strip();
		env.put("PGDATABASE", "restored");
		run(List.of("scripts/restore.sh", dump), env, false);

		Map<String, Long> before = rowCounts(source);
		Map<String, Long> after = rowCounts("jdbc:postgresql://localhost:" + this.port + "/restored");
		assertThat(after).isEqualTo(before);
		assertThat(before).containsEntry("outbound_email", 1L)
			.containsEntry("flyway_schema_history",
					(long) Files.list(Path.of("src/main/resources/db/migration")).count());
		try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:" + this.port + "/restored",
				"postgres", "");
				Statement sql = db.createStatement();
				ResultSet row = sql
					.executeQuery("select body from outbound_email where recipient = 'backup@drill.example'")) {
			assertThat(row.next()).isTrue();
			assertThat(row.getString(1)).isEqualTo("Ünïcödé body ✓");
		}
	}

	private static Optional<Path> newestServerWithClientTools() throws IOException {
		if (!Files.isDirectory(DEBIAN)) {
			return Optional.empty();
		}
		try (Stream<Path> versions = Files.list(DEBIAN)) {
			return versions.map((version) -> version.resolve("bin"))
				.filter((bin) -> Files.isExecutable(bin.resolve("postgres"))
						&& Files.isExecutable(bin.resolve("pg_dump")) && Files.isExecutable(bin.resolve("initdb")))
				.max(Comparator.comparing((bin) -> Integer.parseInt(bin.getParent().getFileName().toString())));
		}
	}

	private void startScratchServer() throws Exception {
		this.dataDir = this.temp.resolve("pg");
		this.port = 20000 + (int) (ProcessHandle.current().pid() % 20000);
		Files.createDirectories(this.dataDir);
		if (isRoot()) {
			Process chown = new ProcessBuilder("chown", "-R", "postgres", this.temp.toString()).inheritIO().start();
			assertThat(chown.waitFor()).isZero();
		}
		run(List.of(this.bin.resolve("initdb").toString(), "-D", this.dataDir.toString(), "-U", "postgres",
				"--auth=trust", "-E", "UTF8", "--locale=C"), Map.of(), false);
		run(List.of(this.bin.resolve("pg_ctl").toString(), "-D", this.dataDir.toString(), "-w", "-l",
				this.temp.resolve("pg.log").toString(), "-o",
				"-p " + this.port + " -c listen_addresses=localhost -k " + this.temp, "start"), Map.of(), false);
	}

	private static Map<String, Long> rowCounts(String url) throws SQLException {
		Map<String, Long> counts = new HashMap<>();
		try (Connection db = DriverManager.getConnection(url, "postgres", ""); Statement sql = db.createStatement()) {
			List<String> tables = new ArrayList<>();
			try (ResultSet rows = sql.executeQuery(
					"select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'")) {
				while (rows.next()) {
					tables.add(rows.getString(1));
				}
			}
			for (String table : tables) {
				try (ResultSet rows = sql.executeQuery("select count(*) from \"" + table + "\"")) {
					rows.next();
					counts.put(table, rows.getLong(1));
				}
			}
		}
		return counts;
	}

	private static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	/**
	 * Runs the command (as the postgres user when this JVM is root); returns its output.
	 */
	private static String run(List<String> command, Map<String, String> env, boolean mayFail) throws Exception {
		List<String> full = new ArrayList<>();
		if (isRoot()) {
			full.addAll(List.of("runuser", "-u", "postgres", "--", "env"));
			env.forEach((name, value) -> full.add(name + "=" + value));
		}
		full.addAll(command);
		ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
		builder.environment().putAll(env);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		if (!mayFail) {
			assertThat(process.exitValue()).as("%s%n%s", command, output).isZero();
		}
		String[] lines = output.strip().split("\n");
		return lines[lines.length - 1];
	}

}
