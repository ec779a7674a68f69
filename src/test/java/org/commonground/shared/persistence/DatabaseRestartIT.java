package org.commonground.shared.persistence;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.commonground.CommonGroundApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application against a PostgreSQL of its own that is stopped and started again while
 * the application runs: meanwhile the readiness probe is DOWN (a load balancer sends
 * nobody there), liveness stays UP (nothing restarts the application for it) and a page
 * that needs the database answers 503 with a short page in the visitor's language, no
 * stack trace; afterwards the pool has reconnected by itself and pages are served again.
 */
class DatabaseRestartIT {

	@TempDir
	Path dataDir;

	private final int databasePort = freePort();

	private EmbeddedPostgres postgres;

	private ConfigurableApplicationContext application;

	private final HttpClient http = HttpClient.newHttpClient();

	@AfterEach
	void stop() throws IOException {
		if (this.application != null) {
			this.application.close();
		}
		if (this.postgres != null) {
			this.postgres.close();
		}
	}

	@Test
	void theApplicationWaitsOutADatabaseRestartAndComesBackByItself() throws Exception {
		this.postgres = startDatabase();
		this.application = new SpringApplicationBuilder(CommonGroundApplication.class).run("--server.port=0",
				"--spring.datasource.url=jdbc:postgresql://localhost:" + this.databasePort + "/postgres",
				"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
				"--spring.datasource.hikari.connection-timeout=1500", "--app.admin.email=",
				"--spring.main.banner-mode=off");
		assertThat(probe("/actuator/health/readiness").statusCode()).isEqualTo(200);
		assertThat(get("/", "en").statusCode()).isEqualTo(200);

		this.postgres.close();
		this.postgres = null;

		assertThat(probe("/actuator/health/readiness").statusCode()).isEqualTo(503);
		assertThat(probe("/actuator/health/liveness").statusCode()).isEqualTo(200);
		HttpResponse<String> away = get("/", "fr");
		assertThat(away.statusCode()).isEqualTo(503);
		assertThat(away.headers().firstValue("Retry-After")).isPresent();
		assertThat(away.body()).contains("lang=\"fr\"", "Nous revenons dans un instant")
			.doesNotContain("Exception", "at org.", "SQL");
		assertThat(get("/dialogues", "en").body()).contains("We are back in a moment");

		this.postgres = startDatabase();

		// The pool's connection creator retries with a backoff of up to 5 s: a few
		// probes, each waiting at most the connection timeout, see it come back.
		int readiness = 0;
		for (int probe = 0; probe < 20 && readiness != 200; probe++) {
			readiness = probe("/actuator/health/readiness").statusCode();
		}
		assertThat(readiness).isEqualTo(200);
		HttpResponse<String> back = get("/", "en");
		assertThat(back.statusCode()).isEqualTo(200);
		assertThat(back.body()).doesNotContain("We are back in a moment");
	}

	/** The same data directory and port each time, as a restarted server. */
	private EmbeddedPostgres startDatabase() throws IOException {
		return EmbeddedPostgres.builder()
			.setDataDirectory(this.dataDir)
			.setCleanDataDirectory(false)
			.setPort(this.databasePort)
			.start();
	}

	private HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path))
			.header("Accept", "text/html")
			.header("Accept-Language", language)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> probe(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private int port() {
		return ((WebServerApplicationContext) this.application).getWebServer().getPort();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
