package org.commonground.export;

import java.time.Instant;

/**
 * One contribution as the exports write it: the columns of {@code docs/exports.md}.
 *
 * @param author "Participant n" (stable within the dialogue), or the display name when
 * identities were asked for
 * @param text the Markdown source; {@code null} when deleted, or hidden or held and not
 * asked for
 * @param depth 0 for challenges and comments, 1 for replies, 2 for replies to replies
 */
record ContributionRow(String type, long id, Long parentId, Long challengeId, Integer version, String paragraphKey,
		Instant createdAt, String authorGroupCode, String authorGroup, String author, String title, String text,
		String status, String visibility, Integer endorsements, String disposition, String dispositionReason,
		int depth) {
}
