package org.commonground.moderation;

/**
 * A moderator showed a hidden contribution again.
 *
 * @param path its page, relative to the dialogue's
 */
public record ContributionRestored(long dialogueId, String type, long id, long authorId, String title, String path) {
}
