package org.commonground.shared.security;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC). Two requests of one session at once
 * (a double click on a form whose answer sets a flash message) would both insert the same
 * new session attribute and one would fail; with PostgreSQL's upsert both succeed.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributeUpsert() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	/**
	 * Deletes expired sessions every minute, on one instance at a time (ShedLock), in
	 * place of Spring Session's own clean-up, which every instance would run
	 * ({@code spring.session.jdbc.cleanup-cron: "-"}).
	 */
	@Component
	static class SessionCleanup {

		private final JdbcIndexedSessionRepository sessions;

		SessionCleanup(JdbcIndexedSessionRepository sessions) {
			this.sessions = sessions;
		}

		@Scheduled(cron = "0 * * * * *")
		@SchedulerLock(name = "session-cleanup", lockAtMostFor = "PT5M")
		public void removeExpired() {
			this.sessions.cleanUpExpiredSessions();
		}

	}

}
