package org.commonground.shared.security;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.config.SessionRepositoryCustomizer;
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
	 * Writes a session's last access only when it is at least a minute old (or a tenth of
	 * the idle timeout, if that is shorter). Spring Session updates the session's row at
	 * the end of every request of a signed-in person, only to move its last access and
	 * expiry forward: a write of the row and its four index entries and a flush of the
	 * write-ahead log to disk, for a page that only reads. Now such a request's update
	 * matches no row, and its transaction commits without writing. A change of the
	 * session's id, owner or idle timeout is written at once, as before. The cost: a
	 * session idle for the configured timeout may end up to a minute earlier.
	 */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTouchThrottle() {
		return (repository) -> repository.setUpdateSessionQuery(THROTTLED_UPDATE);
	}

	/**
	 * Spring Session's update, with its six parameters in their order (the new id, last
	 * access, idle timeout in seconds, expiry, owner, and the row's key), made to skip a
	 * row whose only change would be a last access less than a minute later.
	 */
	static final String THROTTLED_UPDATE = """
			UPDATE %TABLE_NAME% S
			SET SESSION_ID = V.SESSION_ID, LAST_ACCESS_TIME = V.LAST_ACCESS_TIME,
			    MAX_INACTIVE_INTERVAL = V.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = V.EXPIRY_TIME,
			    PRINCIPAL_NAME = V.PRINCIPAL_NAME
			FROM (SELECT CAST(? AS CHAR(36)) AS SESSION_ID, CAST(? AS BIGINT) AS LAST_ACCESS_TIME,
			             CAST(? AS INT) AS MAX_INACTIVE_INTERVAL, CAST(? AS BIGINT) AS EXPIRY_TIME,
			             CAST(? AS VARCHAR(254)) AS PRINCIPAL_NAME, CAST(? AS CHAR(36)) AS PRIMARY_ID) V
			WHERE S.PRIMARY_ID = V.PRIMARY_ID
			  AND (S.SESSION_ID <> V.SESSION_ID
			       OR S.MAX_INACTIVE_INTERVAL <> V.MAX_INACTIVE_INTERVAL
			       OR S.PRINCIPAL_NAME IS DISTINCT FROM V.PRINCIPAL_NAME
			       OR V.LAST_ACCESS_TIME - S.LAST_ACCESS_TIME >= LEAST(60000, CAST(V.MAX_INACTIVE_INTERVAL AS BIGINT) * 100))
			""";

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
