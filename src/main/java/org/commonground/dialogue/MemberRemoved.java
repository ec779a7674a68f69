package org.commonground.dialogue;

/**
 * A facilitator or an admin removed someone from a dialogue: what other modules keep for
 * that person about the dialogue (what they follow) ends.
 */
public record MemberRemoved(long dialogueId, long accountId) {
}
