package org.commonground.resource;

/** What a library entry is. */
public enum ResourceKind {

	RESEARCH, PUBLICATION, BLOG, VIDEO, AUDIO, DATASET, LINK, PHOTO_STORY;

	/** Videos and audio need a transcript or summary, for people on a slow link. */
	public boolean needsTranscript() {
		return this == VIDEO || this == AUDIO;
	}

	/** Blog posts and photo stories carry their own content; others a file or a URL. */
	public boolean needsFileOrUrl() {
		return this != BLOG && this != PHOTO_STORY;
	}

}
