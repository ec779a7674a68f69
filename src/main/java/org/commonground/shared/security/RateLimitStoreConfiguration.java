package org.commonground.shared.security;

import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The rate limits' buckets in PostgreSQL (table {@code rate_limit_bucket}, migration
 * V60), through Bucket4j's PostgreSQL integration: an attempt locks its bucket's row
 * ({@code SELECT ... FOR UPDATE}) on a connection of its own, outside the request's
 * transaction, so that the lock lasts only as long as the attempt.
 * <p>
 * That connection comes from a small pool of its own ({@link RateLimitConnections}), not
 * from the application's: a post takes its attempt inside its transaction, so with one
 * shared pool, as many parallel posts as the pool has connections would each hold one and
 * wait for a second that never comes free (seen with 50 parallel comments).
 */
@Configuration(proxyBeanMethods = false)
class RateLimitStoreConfiguration {

	/** A bucket's row is kept a minute past the time it would be full again. */
	private static final Duration KEEP_FULL_BUCKET = Duration.ofMinutes(1);

	@Bean
	RateLimitConnections rateLimitConnections(DataSource dataSource, AppSecurityProperties properties) {
		return new RateLimitConnections(dataSource, properties.rateLimitPoolSize());
	}

	@Bean
	PostgreSQLSelectForUpdateBasedProxyManager<String> rateLimitBuckets(RateLimitConnections connections) {
		return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(connections.dataSource())
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_bucket")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_FULL_BUCKET))
			.build();
	}

	/**
	 * A pool of a few connections to the application's database, for the buckets only.
	 * Its attempts never wait on a request's transaction, so a request that holds an
	 * application connection always gets one here after at most the few milliseconds of
	 * other attempts. Closed with the application.
	 */
	static final class RateLimitConnections implements AutoCloseable {

		private final HikariDataSource pool;

		RateLimitConnections(DataSource application, int size) {
			HikariDataSource settings;
			try {
				settings = application.unwrap(HikariDataSource.class);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("The rate limits need the application's HikariCP pool settings", ex);
			}
			HikariConfig config = new HikariConfig();
			config.setJdbcUrl(settings.getJdbcUrl());
			config.setUsername(settings.getUsername());
			config.setPassword(settings.getPassword());
			config.setDataSourceProperties(settings.getDataSourceProperties());
			config.setPoolName("rate-limits");
			config.setMaximumPoolSize(size);
			config.setMinimumIdle(1);
			config.setConnectionTimeout(settings.getConnectionTimeout());
			config.setValidationTimeout(settings.getValidationTimeout());
			config.setKeepaliveTime(settings.getKeepaliveTime());
			config.setMaxLifetime(settings.getMaxLifetime());
			// Started on first use, so that a database that is down at start-up fails
			// like the application's pool does, not in this constructor.
			config.setInitializationFailTimeout(-1);
			this.pool = new HikariDataSource(config);
		}

		DataSource dataSource() {
			return this.pool;
		}

		@Override
		public void close() {
			this.pool.close();
		}

	}

	/**
	 * Deletes the rows of buckets that are full again (they would start full anyway), so
	 * that the table stays as small as the set of recent subjects. Runs on one instance
	 * at a time (ShedLock).
	 */
	@Component
	static class ExpiredBucketCleaner {

		private static final int BATCH = 1000;

		private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

		ExpiredBucketCleaner(PostgreSQLSelectForUpdateBasedProxyManager<String> buckets) {
			this.buckets = buckets;
		}

		@Scheduled(fixedDelayString = "${app.security.rate-limit-cleanup-interval:10m}",
				initialDelayString = "${app.security.rate-limit-cleanup-interval:10m}")
		@SchedulerLock(name = "rate-limit-bucket-cleanup", lockAtMostFor = "PT10M")
		public void removeExpired() {
			int removed;
			do {
				removed = this.buckets.removeExpired(BATCH);
			}
			while (removed == BATCH);
		}

	}

}
