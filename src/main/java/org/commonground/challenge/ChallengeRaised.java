package org.commonground.challenge;

/**
 * A member raised a challenge. Published inside the posting transaction.
 *
 * @param raisedBy who posted it: its author, or the facilitator who recorded it on behalf
 * of the people in a room (the author is then the group's voice)
 * @param held whether it waits for a moderator's approval
 */
public record ChallengeRaised(long dialogueId, long challengeId, long authorId, long raisedBy, String title,
		boolean held) {
}
