package org.commonground.search;

/**
 * What a search result is. {@code MEETING_MINUTES}: published minutes, indexed by
 * triggers on the meeting module's tables (migration V101).
 */
public enum SearchKind {

	DIALOGUE, CHALLENGE, COMMENT, VISION_PARAGRAPH, RESOURCE, MAP_ACTOR, MEETING_MINUTES

}
