package org.commonground.map;

/**
 * A member's dispute of a relation waits for a facilitator, who accepts or declines it.
 */
public enum DisputeStatus {

	PENDING, ACCEPTED, DECLINED

}
