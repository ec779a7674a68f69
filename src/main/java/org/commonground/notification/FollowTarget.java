package org.commonground.notification;

/** What can be followed. */
public enum FollowTarget {

	DIALOGUE, CHALLENGE

}
