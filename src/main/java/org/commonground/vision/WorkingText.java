package org.commonground.vision;

import org.commonground.dialogue.DialogueView;

/**
 * The working text for its facilitators.
 *
 * @param version the draft's version, {@code -1} before the first save
 * @param latestNumber the newest published version, 0 if none
 */
public record WorkingText(DialogueView view, String text, long version, int latestNumber) {
}
