package org.commonground.notification;

/** How often a person gets email about a category of notifications. */
public enum EmailFrequency {

	/** No email; the inbox only. */
	NONE,
	/** One email per notification, right away. */
	IMMEDIATE,
	/** In the daily digest. */
	DAILY,
	/** In the weekly digest, on the day the person chose. */
	WEEKLY

}
