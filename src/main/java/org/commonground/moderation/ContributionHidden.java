package org.commonground.moderation;

/**
 * A moderator hid a contribution, or enough open reports did ({@code reason}
 * {@code REPORTED}).
 *
 * @param path its page, relative to the dialogue's ({@code challenges/7},
 * {@code comments/42})
 */
public record ContributionHidden(long dialogueId, String type, long id, long authorId, String title, String path,
		String reason) {
}
