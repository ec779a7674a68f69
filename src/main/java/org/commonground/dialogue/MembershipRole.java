package org.commonground.dialogue;

/** A member's role in one dialogue. */
public enum MembershipRole {

	PARTICIPANT, FACILITATOR

}
