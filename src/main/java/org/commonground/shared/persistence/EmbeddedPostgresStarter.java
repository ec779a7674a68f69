package org.commonground.shared.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * Starts the embedded PostgreSQL in the background as soon as the bean factory is ready,
 * so that the database boots while the rest of the application is being built, and stops
 * it when the application closes.
 */
class EmbeddedPostgresStarter implements BeanFactoryPostProcessor, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresStarter.class);

	private final EmbeddedDatabaseProperties properties;

	private CompletableFuture<EmbeddedPostgres> starting;

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

	private EmbeddedPostgres startNow() {
		Path dataDir = this.properties.dataDir().toAbsolutePath().normalize();
		try {
			Files.createDirectories(dataDir);
			boolean existing = Files.exists(dataDir.resolve("PG_VERSION"));
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(false)
				.setPort(this.properties.port())
				.setServerConfig("listen_addresses", "localhost")
				.start();
			log.info("Embedded PostgreSQL is running on port {}; its data {} in {}", postgres.getPort(),
					existing ? "was found" : "is new", dataDir);
			return postgres;
		}
		catch (IOException | RuntimeException ex) {
			throw new EmbeddedDatabaseStartException(EmbeddedDatabaseConfiguration.HOW_TO_USE_EXTERNAL
				.formatted(dataDir, ex.getClass().getSimpleName() + ": " + ex.getMessage()), ex);
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
