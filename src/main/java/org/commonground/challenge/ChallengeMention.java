package org.commonground.challenge;

/** A challenge as another module cites it: its id and title. */
public record ChallengeMention(long id, String title, String language) {
}
