package org.commonground.account;

/**
 * How an account takes part: on the web, or offline — recorded at a meeting or by SMS,
 * through an account that cannot log in ({@link Account#isOffline()}).
 */
public enum AccountKind {

	/** Signs in on the web. */
	WEB,

	/** Speaks for a group at a meeting or takes part by SMS; cannot log in. */
	OFFLINE

}
