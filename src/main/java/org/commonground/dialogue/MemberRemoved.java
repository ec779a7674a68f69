package org.commonground.dialogue;

/**
 * Someone left a dialogue, or a facilitator or an admin removed them from it: what other
 * modules keep for that person about the dialogue (what they follow) ends.
 */
public record MemberRemoved(long dialogueId, long accountId) {
}
