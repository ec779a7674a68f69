package org.commonground.shared.security;

import java.time.Duration;

import javax.sql.DataSource;

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
 */
@Configuration(proxyBeanMethods = false)
class RateLimitStoreConfiguration {

	/** A bucket's row is kept a minute past the time it would be full again. */
	private static final Duration KEEP_FULL_BUCKET = Duration.ofMinutes(1);

	@Bean
	PostgreSQLSelectForUpdateBasedProxyManager<String> rateLimitBuckets(DataSource dataSource) {
		return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_bucket")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_FULL_BUCKET))
			.build();
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
