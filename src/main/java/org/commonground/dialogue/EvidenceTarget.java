package org.commonground.dialogue;

/**
 * The things of a dialogue that resources of its library can be evidence for, each known
 * by a key: a challenge's or a meeting's id, a vision paragraph's stable key.
 */
public enum EvidenceTarget {

	CHALLENGE, VISION_PARAGRAPH, MEETING

}
