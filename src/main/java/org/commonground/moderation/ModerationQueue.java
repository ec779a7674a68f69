package org.commonground.moderation;

import java.util.List;

import org.commonground.dialogue.DialogueView;

/**
 * The cases that wait for a decision, most reported first, then oldest.
 *
 * @param view the dialogue, or {@code null} for the admins' queue over all dialogues
 */
public record ModerationQueue(DialogueView view, List<QueueItem> items) {
}
