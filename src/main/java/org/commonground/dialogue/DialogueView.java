package org.commonground.dialogue;

/** A dialogue as one viewer may see it. */
public record DialogueView(Dialogue dialogue, ViewerContext context) {
}
