package org.commonground.vision;

/** A facilitator published a new version of the dialogue's vision. */
public record VersionPublished(long dialogueId, int number, String changeSummary, long publisherId) {
}
