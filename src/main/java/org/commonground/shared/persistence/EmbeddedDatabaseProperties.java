package org.commonground.shared.persistence;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL that starts when no {@code spring.datasource.url}
 * is configured.
 *
 * @param dataDir where the database files live; they survive restarts
 * @param port TCP port on the loopback interface; 0 picks a free one
 */
@ConfigurationProperties("app.database.embedded")
public record EmbeddedDatabaseProperties(@DefaultValue("./data/postgres") Path dataDir, @DefaultValue("0") int port) {
}
