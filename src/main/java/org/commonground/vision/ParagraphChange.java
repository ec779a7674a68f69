package org.commonground.vision;

/** How a paragraph of a version relates to the previous version. */
public enum ParagraphChange {

	/** No paragraph of the previous version was similar enough: a new key. */
	NEW,

	/** The same text as a paragraph of the previous version (perhaps moved): its key. */
	UNCHANGED,

	/**
	 * Similar enough to a paragraph of the previous version: its key, marked modified.
	 */
	MODIFIED

}
