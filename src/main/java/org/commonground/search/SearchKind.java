package org.commonground.search;

/**
 * What a search result is. {@code MEETING_MINUTES} is indexed by the meeting module's own
 * trigger (calling {@code search_index} from its migration) once it has minutes.
 */
public enum SearchKind {

	DIALOGUE, CHALLENGE, COMMENT, VISION_PARAGRAPH, RESOURCE, MAP_ACTOR, MEETING_MINUTES

}
