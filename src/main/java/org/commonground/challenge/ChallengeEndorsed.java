package org.commonground.challenge;

/**
 * A member said a challenge affects them too (the first time: a repeated request
 * publishes nothing). Published inside the endorsing transaction.
 */
public record ChallengeEndorsed(long dialogueId, long challengeId, long accountId) {
}
