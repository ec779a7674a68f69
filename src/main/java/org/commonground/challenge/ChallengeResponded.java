package org.commonground.challenge;

/**
 * A facilitator set a challenge's status or public response. Published inside the
 * facilitator's transaction.
 *
 * @param statusChanged whether the status differs from the one before
 * @param revision the challenge's version the facilitator answered (tells two responses
 * apart)
 */
public record ChallengeResponded(long dialogueId, long challengeId, long authorId, String title, ChallengeStatus status,
		boolean statusChanged, long responderId, long revision) {
}
