package org.commonground.dialogue;

/** A dialogue in a list, with its number of active members. */
public record DialogueSummary(Dialogue dialogue, long memberCount) {
}
