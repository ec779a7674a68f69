package org.commonground.challenge;

/**
 * A member raised a challenge. Published inside the posting transaction.
 *
 * @param held whether it waits for a moderator's approval
 */
public record ChallengeRaised(long dialogueId, long challengeId, long authorId, String title, boolean held) {
}
