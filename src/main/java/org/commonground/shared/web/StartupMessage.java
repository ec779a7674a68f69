package org.commonground.shared.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started the application which address to open. */
@Component
class StartupMessage {

	private static final Logger log = LoggerFactory.getLogger(StartupMessage.class);

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		Environment env = event.getApplicationContext().getEnvironment();
		String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
		String database = env.getProperty("spring.datasource.url");
		log.info("Common Ground is ready: open http://localhost:{}/ ({})", port,
				(database == null || database.isBlank()) ? "embedded PostgreSQL, see app.database.embedded.data-dir"
						: "external database " + database.replaceAll("\\?.*$", ""));
	}

}
