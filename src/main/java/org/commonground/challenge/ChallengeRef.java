package org.commonground.challenge;

/** A challenge as other modules link to it: its id and title. */
public record ChallengeRef(long id, String title) {
}
