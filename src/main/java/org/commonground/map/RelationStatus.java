package org.commonground.map;

/** Whether a relation is on the map, waits for a facilitator, or was declined. */
public enum RelationStatus {

	AGREED, PROPOSED, DECLINED

}
