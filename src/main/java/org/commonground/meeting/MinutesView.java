package org.commonground.meeting;

import java.util.List;

import org.commonground.comment.CommentThread;

/**
 * A meeting's minutes as one reader sees them.
 *
 * @param language the language asked for: a version's, else the reader's interface
 * language
 * @param languages every language the minutes are written in, original first
 * @param commentsOpen whether comments are taken now (in review, before the end date)
 * @param canManage whether the viewer writes them (a facilitator of the dialogue, and the
 * meeting not cancelled)
 * @param closed whether the meeting was cancelled: the minutes are read-only, take no
 * comments and are never published
 * @param thread the comments on them, or {@code null} on drafts and on the meeting's page
 * @param languageCorrection the latest correction of their original language, if any
 * @param corrected whether they were corrected after publishing (they have a history)
 */
public record MinutesView(Minutes minutes, List<MinuteEntry> items, String language, List<String> languages,
		boolean commentsOpen, boolean canManage, boolean closed, CommentThread thread,
		MinuteCorrectionNote languageCorrection, boolean corrected) {

	public boolean isEmpty() {
		return this.items.isEmpty();
	}

}
