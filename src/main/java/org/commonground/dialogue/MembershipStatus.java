package org.commonground.dialogue;

/** State of a membership; REMOVED covers leaving, declined requests and removal. */
public enum MembershipStatus {

	PENDING, ACTIVE, REMOVED

}
