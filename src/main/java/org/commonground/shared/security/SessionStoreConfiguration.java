package org.commonground.shared.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

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

}
