package org.commonground.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.commonground.support.Parallel;
import org.commonground.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application contexts, as two instances of the application, on one database: when
 * the scheduler of each fires the digest job at the same moment, the job runs in one of
 * them only (ShedLock, lock {@code notification-digest}, with the module's own lock
 * configuration). Each context counts the runs of its job by the clock it asks once per
 * run.
 */
class ScheduledOnceIT {

	@Test
	void theDigestJobRunsOnceWhenTwoInstancesFireItTogether() throws Exception {
		TestDatabase.Connection db = TestDatabase.get();
		DriverManagerDataSource dataSource = new DriverManagerDataSource(db.url(), db.username(), db.password());
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.update("delete from shedlock where name = 'notification-digest'");
		AtomicInteger runs = new AtomicInteger();

		try (AnnotationConfigApplicationContext one = instance(dataSource, runs);
				AnnotationConfigApplicationContext two = instance(dataSource, runs)) {
			List<AnnotationConfigApplicationContext> instances = List.of(one, two);
			Parallel.run(2, (i) -> {
				instances.get(i).getBean(DigestJob.class).sendDue();
				return null;
			});
			assertThat(runs).as("runs of the job across both instances").hasValue(1);

			one.getBean(DigestJob.class).sendDue();
			assertThat(runs).as("still locked right after a run (lockAtLeastFor)").hasValue(1);
		}
		assertThat(
				jdbc.queryForObject("select count(*) from shedlock where name = 'notification-digest'", Integer.class))
			.isEqualTo(1);
	}

	private static AnnotationConfigApplicationContext instance(DataSource dataSource, AtomicInteger runs) {
		AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
		context.registerBean(DataSource.class, () -> dataSource);
		context.register(OneInstanceLocks.class);
		Clock countingClock = new Clock() {
			@Override
			public ZoneId getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				runs.incrementAndGet();
				// before the day's digest hour: the run ends at once
				return Instant.EPOCH;
			}
		};
		context.registerBean(DigestJob.class,
				() -> new DigestJob(new NotificationStore(JdbcClient.create(dataSource), null), null, null, null,
						new NotificationProperties(6, Duration.ofMinutes(15), Duration.ofMinutes(1), ""), countingClock,
						new DataSourceTransactionManager(dataSource), null, null));
		context.refresh();
		return context;
	}

	/**
	 * What shared's SchedulingConfiguration sets up for ShedLock, without the scheduler.
	 */
	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	@net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
	static class OneInstanceLocks {

		@org.springframework.context.annotation.Bean
		net.javacrumbs.shedlock.core.LockProvider lockProvider(DataSource dataSource) {
			return new net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider(
					net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider.Configuration.builder()
						.withJdbcTemplate(new JdbcTemplate(dataSource))
						.withTableName("shedlock")
						.usingDbTime()
						.build());
		}

	}

}
