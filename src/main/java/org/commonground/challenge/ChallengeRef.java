package org.commonground.challenge;

/**
 * A challenge as other modules link to it: its id and title.
 *
 * @param language the language of the title, or {@code null} when not asked for
 * @param translated whether the title is a facilitator's translation of the original
 */
public record ChallengeRef(long id, String title, String language, boolean translated) {

	public ChallengeRef(long id, String title) {
		this(id, title, null, false);
	}

}
