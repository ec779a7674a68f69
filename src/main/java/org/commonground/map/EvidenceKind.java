package org.commonground.map;

/**
 * What a relation's evidence points at. Challenges now; meetings and resources join when
 * their modules exist.
 */
public enum EvidenceKind {

	CHALLENGE

}
