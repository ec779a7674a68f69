package org.commonground.dialogue;

/** What happened when someone asked to join. */
public enum JoinOutcome {

	/** Now an active member. */
	JOINED,
	/** A facilitator must approve the request. */
	REQUESTED,
	/** Was already a member, or had already asked; nothing changed. */
	UNCHANGED

}
