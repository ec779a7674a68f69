package org.commonground.meeting;

import java.time.Instant;

/**
 * A contribution recorded at a meeting, as its page lists it.
 *
 * @param challengeId the challenge it became or comments on
 * @param commentId the comment it became, for comments
 * @param title a challenge's title; for a comment, the title of the challenge it is on
 * where everyone may see that challenge, else null
 * @param capturedBy who wrote it down (null once that account is gone)
 * @param capturedById that account's id, so that it cannot check its own record
 * @param checkedBy the second facilitator who checked it, or null while it awaits a check
 * @param versionNumber for stances and comments on the vision: the vision version, its
 * paragraph (and, for stances, the hands shown)
 * @param photoFileId the photo of the card or flip chart, seen by facilitators only; or
 * null
 */
public record RecordedEntry(long id, RecordedKind kind, Long challengeId, Long commentId, String title, String body,
		String groupLabel, int people, boolean weighted, RecordedChannel channel, String capturedBy, Long capturedById,
		Instant capturedAt, String checkedBy, Instant checkedAt, Integer versionNumber, String paragraphKey,
		Integer agree, Integer canLiveWith, Integer disagree, Long photoFileId) {

	public boolean checked() {
		return this.checkedAt != null;
	}

}
