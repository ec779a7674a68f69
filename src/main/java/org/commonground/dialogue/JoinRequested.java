package org.commonground.dialogue;

/** Someone asked to join a dialogue that needs a facilitator's approval. */
public record JoinRequested(long dialogueId, long accountId) {
}
