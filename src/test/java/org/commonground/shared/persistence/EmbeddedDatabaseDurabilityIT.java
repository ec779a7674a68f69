package org.commonground.shared.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.commonground.support.Parallel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The embedded database the application starts ({@link EmbeddedPostgresStarter}) asks for
 * a password, is durable, and starts the first time after a crash. Standalone: no Spring
 * context, each test in a data directory of its own.
 */
class EmbeddedDatabaseDurabilityIT {

	private static final int WRITERS = 8;

	private static final int ACKNOWLEDGED_BEFORE_THE_KILL = 400;

	@TempDir
	Path temp;

	private final List<EmbeddedPostgresStarter> started = new ArrayList<>();

	private final List<Process> children = new ArrayList<>();

	@AfterEach
	void stopEverything() throws IOException {
		for (Process child : this.children) {
			child.destroyForcibly();
		}
		for (EmbeddedPostgresStarter starter : this.started) {
			starter.destroy();
		}
	}

	@Test
	void runsWithFsyncAndSynchronousCommitAndRefusesConnectionsWithoutItsPassword() throws Exception {
		Path dataDir = this.temp.resolve("postgres");
		EmbeddedPostgresStarter starter = start(dataDir);
		EmbeddedPostgres postgres = starter.await();
		String url = postgres.getJdbcUrl("postgres", "postgres");

		try (Connection connection = DriverManager.getConnection(url, "postgres", starter.password())) {
			assertThat(show(connection, "fsync")).isEqualTo("on");
			assertThat(show(connection, "synchronous_commit")).isEqualTo("on");
			assertThat(show(connection, "password_encryption")).isEqualTo("scram-sha-256");
		}
		assertRefused(url, null);
		assertRefused(url, "postgres");
		assertRefused(url, starter.password() + "x");
		assertThat(activeLines(dataDir.resolve("pg_hba.conf"))).isNotEmpty()
			.allMatch((line) -> line.endsWith("scram-sha-256"))
			.noneMatch((line) -> line.contains("trust"));
		Path passwordFile = dataDir.resolve(EmbeddedPostgresStarter.PASSWORD_FILE);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
		assertThat(Files.readString(passwordFile).strip()).isEqualTo(starter.password()).hasSizeGreaterThan(20);

		starter.destroy();
		EmbeddedPostgresStarter again = start(dataDir);
		assertThat(again.password()).isEqualTo(starter.password());
		try (Connection connection = DriverManager.getConnection(again.await().getJdbcUrl("postgres", "postgres"),
				"postgres", again.password())) {
			assertThat(show(connection, "fsync")).isEqualTo("on");
		}
	}

	@Test
	void aDataDirectoryCreatedWhenEveryLocalUserWasTrustedGetsAPasswordAndKeepsItsData() throws Exception {
		Path dataDir = this.temp.resolve("postgres");
		Files.createDirectories(dataDir);
		try (EmbeddedPostgres before = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(false)
			.start(); Connection connection = before.getPostgresDatabase().getConnection()) {
			connection.createStatement().execute("CREATE TABLE kept (note TEXT); INSERT INTO kept VALUES ('before')");
		}
		assertThat(activeLines(dataDir.resolve("pg_hba.conf"))).anyMatch((line) -> line.endsWith("trust"));

		EmbeddedPostgresStarter starter = start(dataDir);
		String url = starter.await().getJdbcUrl("postgres", "postgres");

		assertRefused(url, null);
		assertThat(activeLines(dataDir.resolve("pg_hba.conf"))).noneMatch((line) -> line.contains("trust"));
		try (Connection connection = DriverManager.getConnection(url, "postgres", starter.password())) {
			assertThat(rows(connection, "SELECT note FROM kept")).containsExactly("before");
		}
	}

	@Test
	void killingTheJvmAndTheDatabaseDuringParallelWritesLosesNoAcknowledgedRow() throws Exception {
		Path dataDir = this.temp.resolve("postgres");
		int port = startInAChildJvm(dataDir);
		String password = Files.readString(dataDir.resolve(EmbeddedPostgresStarter.PASSWORD_FILE)).strip();
		String url = "jdbc:postgresql://localhost:" + port + "/postgres";
		try (Connection connection = DriverManager.getConnection(url, "postgres", password)) {
			connection.createStatement().execute("CREATE TABLE written (writer INT, n INT, PRIMARY KEY (writer, n))");
		}
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_THE_KILL);
		CompletableFuture<List<Integer>> writing = CompletableFuture
			.supplyAsync(() -> writeUntilRefused(url, password, acknowledged, enough));

		assertThat(enough.await(120, TimeUnit.SECONDS)).as("writers got going").isTrue();
		killWithSigkill(dataDir, this.children.get(0).toHandle());
		List<Integer> perWriter = writing.get(60, TimeUnit.SECONDS);

		EmbeddedPostgresStarter starter = start(dataDir);
		Set<String> stored = new HashSet<>();
		try (Connection connection = DriverManager.getConnection(starter.await().getJdbcUrl("postgres", "postgres"),
				"postgres", starter.password())) {
			stored.addAll(rows(connection, "SELECT writer || ':' || n FROM written"));
		}
		System.out.printf("Acknowledged before the kill: %d (per writer %s); stored after the restart: %d%n",
				acknowledged.size(), perWriter, stored.size());
		assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_THE_KILL);
		assertThat(stored).containsAll(acknowledged);
	}

	@Test
	void startsTheFirstTimeWhenAKilledJvmLeftItsDatabaseRunning() throws Exception {
		Path dataDir = this.temp.resolve("postgres");
		int port = startInAChildJvm(dataDir);
		String password = Files.readString(dataDir.resolve(EmbeddedPostgresStarter.PASSWORD_FILE)).strip();
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
				"postgres", password)) {
			connection.createStatement().execute("CREATE TABLE kept (note TEXT); INSERT INTO kept VALUES ('before')");
		}
		ProcessHandle orphan = postmaster(dataDir);
		Process jvm = this.children.get(0);
		jvm.destroyForcibly();
		assertThat(jvm.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(orphan.isAlive()).as("the database outlived its JVM").isTrue();

		EmbeddedPostgresStarter starter = new EmbeddedPostgresStarter(new EmbeddedDatabaseProperties(dataDir, 0));
		this.started.add(starter);
		EmbeddedPostgres postgres = starter.await();

		assertThat(orphan.isAlive()).isFalse();
		try (Connection connection = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"),
				"postgres", starter.password())) {
			assertThat(rows(connection, "SELECT note FROM kept")).containsExactly("before");
		}
	}

	private EmbeddedPostgresStarter start(Path dataDir) {
		EmbeddedPostgresStarter starter = new EmbeddedPostgresStarter(new EmbeddedDatabaseProperties(dataDir, 0));
		this.started.add(starter);
		starter.await();
		return starter;
	}

	/** Starts the database the way the application does, in a JVM of its own. */
	private int startInAChildJvm(Path dataDir) throws Exception {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
				EmbeddedDatabaseProcess.class.getName(), dataDir.toString())
			.redirectErrorStream(true)
			.start();
		this.children.add(child);
		CompletableFuture<Integer> port = new CompletableFuture<>();
		Thread drain = new Thread(() -> {
			try (BufferedReader output = new BufferedReader(
					new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = output.readLine(); line != null; line = output.readLine()) {
					if (line.startsWith(EmbeddedDatabaseProcess.READY)) {
						port.complete(Integer.parseInt(line.substring(EmbeddedDatabaseProcess.READY.length())));
					}
				}
			}
			catch (IOException | RuntimeException ex) {
				port.completeExceptionally(ex);
			}
			port.completeExceptionally(new IllegalStateException("The database JVM ended before it was ready"));
		});
		drain.setDaemon(true);
		drain.start();
		return port.get(120, TimeUnit.SECONDS);
	}

	/** Kills the JVM, the postmaster and all its processes at once, as a crash would. */
	private static void killWithSigkill(Path dataDir, ProcessHandle jvm) throws Exception {
		ProcessHandle postmaster = postmaster(dataDir);
		List<ProcessHandle> victims = new ArrayList<>(List.of(jvm, postmaster));
		victims.addAll(postmaster.descendants().toList());
		victims.forEach(ProcessHandle::destroyForcibly);
		for (ProcessHandle victim : victims) {
			victim.onExit().get(60, TimeUnit.SECONDS);
		}
	}

	private static ProcessHandle postmaster(Path dataDir) throws IOException {
		long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
		return ProcessHandle.of(pid).orElseThrow();
	}

	/** Each writer inserts rows one commit at a time until the database goes away. */
	private static List<Integer> writeUntilRefused(String url, String password, Set<String> acknowledged,
			CountDownLatch enough) {
		try {
			return Parallel.run(WRITERS, (writer) -> {
				int n = 0;
				try (Connection connection = DriverManager.getConnection(url, "postgres", password);
						PreparedStatement insert = connection
							.prepareStatement("INSERT INTO written (writer, n) VALUES (?, ?)")) {
					while (true) {
						insert.setInt(1, writer);
						insert.setInt(2, n);
						insert.executeUpdate();
						acknowledged.add(writer + ":" + n);
						enough.countDown();
						n++;
					}
				}
				catch (SQLException ex) {
					return n;
				}
			});
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void assertRefused(String url, String password) {
		assertThatExceptionOfType(SQLException.class)
			.isThrownBy(() -> DriverManager.getConnection(url, "postgres", password).close())
			.satisfies((ex) -> assertThat(ex.getSQLState()).isIn("28P01", "28000", "08004"));
	}

	private static String show(Connection connection, String setting) throws SQLException {
		return rows(connection, "SHOW " + setting).get(0);
	}

	private static List<String> rows(Connection connection, String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

	private static List<String> activeLines(Path file) throws IOException {
		return Files.readAllLines(file)
			.stream()
			.map(String::strip)
			.filter((l) -> !l.isEmpty() && !l.startsWith("#"))
			.toList();
	}

}
