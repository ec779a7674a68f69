package org.commonground.map;

/**
 * What a relation's evidence points at: a challenge, a meeting or a resource of the
 * dialogue's library.
 */
public enum EvidenceKind {

	CHALLENGE, MEETING, RESOURCE

}
