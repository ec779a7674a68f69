package org.commonground.vision;

/** A member's position on one paragraph of one version. */
public enum Stance {

	AGREE, CAN_LIVE_WITH, DISAGREE

}
