package org.commonground.dialogue;

/** How a person becomes a member. */
public enum JoinPolicy {

	OPEN, APPROVAL, INVITE

}
