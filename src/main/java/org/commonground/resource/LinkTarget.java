package org.commonground.resource;

/**
 * The kinds of things a resource can be evidence for; a link holds the kind and the
 * thing's key (a challenge's or meeting's id, a paragraph's stable key).
 */
public enum LinkTarget {

	CHALLENGE, VISION_PARAGRAPH, MEETING

}
