package org.commonground.map;

/**
 * A facilitator decided on a member's proposal or dispute of a relation; published in the
 * deciding transaction so that the member is told.
 *
 * @param accountId the member who proposed or disputed
 * @param relationId the relation proposed or disputed
 */
public record MapDecisionMade(long dialogueId, long accountId, long relationId, Subject subject, boolean accepted) {

	/** What was decided on. */
	public enum Subject {

		PROPOSAL, DISPUTE

	}

	/** The notification's kind: {@code MAP_PROPOSAL_ACCEPTED} and the like. */
	public String kind() {
		return "MAP_" + this.subject.name() + (this.accepted ? "_ACCEPTED" : "_DECLINED");
	}

}
