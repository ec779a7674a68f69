package org.commonground.shared.persistence;

/**
 * The embedded PostgreSQL could not start; the message says how to use an external one.
 */
class EmbeddedDatabaseStartException extends RuntimeException {

	EmbeddedDatabaseStartException(String message, Throwable cause) {
		super(message, cause);
	}

}
