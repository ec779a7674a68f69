package org.commonground.sms;

import java.time.Instant;

/**
 * A text in a dialogue's SMS inbox.
 *
 * @param groupId the sender's stakeholder group
 * @param challengeId the challenge it became, was added to as a comment, or merged into
 * @param language the sender's language (what the text is most likely written in)
 */
public record SmsContribution(long id, long participantId, Long groupId, String district, String body, Status status,
		Long challengeId, Instant receivedAt, Instant decidedAt, String language) {

	public enum Status {

		/** Waiting for a facilitator. */
		NEW,
		/** Accepted as a challenge. */
		CHALLENGE,
		/** Accepted as a comment on a challenge. */
		COMMENT,
		/** Merged into an existing challenge ("this affects me too"). */
		MERGED,
		/** Declined. */
		DECLINED

	}

	public boolean isNew() {
		return this.status == Status.NEW;
	}

}
