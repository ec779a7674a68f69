package org.commonground.challenge;

import org.commonground.dialogue.DialogueView;

/** A challenge with the dialogue it is in, for its author's or a facilitator's forms. */
public record EditableChallenge(DialogueView view, Challenge challenge) {
}
