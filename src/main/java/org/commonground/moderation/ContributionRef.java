package org.commonground.moderation;

import org.commonground.dialogue.DialogueView;

/**
 * A contribution found in the viewed dialogue, with its case if it has one, for the
 * report and review forms.
 *
 * @param path the contribution's page
 */
public record ContributionRef(DialogueView view, ModeratedItem item, ModerationCase moderationCase, String path) {
}
