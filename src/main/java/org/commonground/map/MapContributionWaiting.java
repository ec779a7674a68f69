package org.commonground.map;

/**
 * A member proposed a relation or disputed one: it waits for a facilitator's decision.
 * Published in the member's transaction so that the dialogue's facilitators are told.
 *
 * @param accountId the member who proposed or disputed
 * @param relationId the relation proposed or disputed
 * @param id the proposal's (the relation's) or the dispute's id
 */
public record MapContributionWaiting(long dialogueId, long accountId, long relationId, long id,
		MapDecisionMade.Subject subject) {

	/**
	 * The notification's kind: {@code MAP_PROPOSAL_WAITING} or
	 * {@code MAP_DISPUTE_WAITING}.
	 */
	public String kind() {
		return "MAP_" + this.subject.name() + "_WAITING";
	}

}
