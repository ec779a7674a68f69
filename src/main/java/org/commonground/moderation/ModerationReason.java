package org.commonground.moderation;

/** Why something was reported or hidden. */
public enum ModerationReason {

	SPAM, ABUSE, OFF_TOPIC, PERSONAL_INFORMATION, OTHER;

	/**
	 * The reason shown for content hidden automatically after reports, until a moderator
	 * decides.
	 */
	public static final String REPORTED = "REPORTED";

}
