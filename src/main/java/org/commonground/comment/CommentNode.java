package org.commonground.comment;

import java.time.Instant;
import java.util.List;

import org.commonground.dialogue.AuthorLabel;
import org.commonground.dialogue.RecordedVoice;

/**
 * A comment as one viewer sees it, with the replies shown under it.
 *
 * @param html the sanitized text, or {@code null} when deleted or hidden
 * @param author name or pseudonym, decided by the dialogue's author label policy
 * @param speakingAs the stakeholder group the author spoke for when writing
 * @param anchor the part of the target it is on (a paragraph key), or '' for the whole
 * @param targetVersion the version of the target commented on, if it has versions
 * @param replyCount all direct replies, of which {@code replies} are the first ones
 * @param mine whether the viewer wrote it and may edit or delete it
 * @param canReply whether the viewer may reply to it here
 * @param hiddenAt when a moderator (or enough reports) hid it
 * @param hiddenReason the reason category it was hidden for
 * @param authored whether the viewer wrote it (whatever its state)
 * @param moderates whether the viewer moderates the dialogue (and sees hidden text,
 * marked)
 * @param recorded for a comment a facilitator recorded on behalf of people in a room,
 * whom it speaks for; else {@code null}
 * @param canReport whether the viewer may report it
 * @param translates whether the viewer may translate it (facilitators and members marked
 * as translators)
 */
public record CommentNode(long id, Long parentId, int depth, CommentStatus status, String html, AuthorLabel author,
		String speakingAs, Instant createdAt, Instant editedAt, String anchor, Integer targetVersion, int replyCount,
		List<CommentNode> replies, boolean mine, boolean canReply, Instant hiddenAt, String hiddenReason,
		boolean authored, boolean moderates, boolean canReport, String language, List<CommentTranslation> translations,
		RecordedVoice recorded, boolean translates) {

	public boolean hidden() {
		return this.status == CommentStatus.HIDDEN;
	}

	public boolean pending() {
		return this.status == CommentStatus.PENDING;
	}

	/**
	 * Who wrote it is shown: always, except to others than its author and moderators
	 * while it is hidden or held.
	 */
	public boolean authorShown() {
		return (!hidden() && !pending()) || textShown();
	}

	/** The text is shown: to everyone, or marked to its author and moderators. */
	public boolean textShown() {
		return this.html != null;
	}

	public boolean visible() {
		return this.status == CommentStatus.VISIBLE;
	}

	public boolean edited() {
		return this.editedAt != null;
	}

	/** Replies exist beyond those shown. */
	public boolean moreReplies() {
		return this.replyCount > this.replies.size();
	}

}
