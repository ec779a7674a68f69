package org.commonground.moderation;

import java.time.Instant;

import org.commonground.account.Account;

/**
 * A contribution as moderators see it, whatever its state.
 *
 * @param title the challenge's title, or the title of what a comment is on
 * @param html its sanitized text, or {@code null} if its author deleted it
 * @param path its page, relative to the dialogue's ({@code challenges/7},
 * {@code comments/42})
 */
public record ModeratedItem(String type, long id, long dialogueId, Account author, String title, String html,
		String path, Instant createdAt) {
}
