package org.commonground.moderation;

/**
 * A moderator approved a contribution that pre-moderation held: everyone sees it now.
 *
 * @param title its title, or the start of its text
 * @param path its page, relative to the dialogue's
 * @param approvedBy the moderator who approved it
 */
public record ContributionApproved(long dialogueId, String type, long id, long authorId, String title, String path,
		long approvedBy) {
}
