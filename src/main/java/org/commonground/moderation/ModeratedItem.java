package org.commonground.moderation;

import java.time.Instant;

import org.jsoup.Jsoup;

/**
 * A contribution as moderators see it, whatever its state.
 *
 * @param authorId the account that wrote it (its name comes from the account module when
 * a page shows it)
 * @param title the challenge's title, or the title of what a comment is on
 * @param html its sanitized text, or {@code null} if its author deleted it
 * @param path its page, relative to the dialogue's ({@code challenges/7},
 * {@code comments/42})
 * @param language the language it is written in (its title and text)
 */
public record ModeratedItem(String type, long id, long dialogueId, long authorId, String title, String html,
		String path, Instant createdAt, String language) {

	/** Words that name it in a notice: its title, else the start of its text. */
	public String label() {
		if (this.title != null && !this.title.isBlank()) {
			return this.title;
		}
		String text = (this.html != null) ? Jsoup.parse(this.html).text() : "";
		return (text.length() > LABEL_LENGTH) ? text.substring(0, LABEL_LENGTH - 1).stripTrailing() + "\u2026" : text;
	}

	private static final int LABEL_LENGTH = 80;

}
