package org.commonground.challenge;

import java.util.List;

import org.commonground.dialogue.DialogueView;
import org.commonground.dialogue.Theme;

/**
 * A challenge with the dialogue it is in, for its author's or a facilitator's forms.
 *
 * @param themes its themes, for its author's form (empty for a facilitator's)
 */
public record EditableChallenge(DialogueView view, Challenge challenge, List<Theme> themes) {
}
