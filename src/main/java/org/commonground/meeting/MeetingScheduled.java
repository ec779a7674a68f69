package org.commonground.meeting;

import java.time.Instant;

/**
 * A facilitator planned a new meeting of a dialogue (one that has not started yet: a
 * meeting recorded after it took place is not announced).
 *
 * @param plan when and where; {@code null} in events stored before it was added
 */
public record MeetingScheduled(long dialogueId, long meetingId, String title, Instant startsAt, long scheduledBy,
		MeetingPlan plan) {

	public MeetingScheduled(long dialogueId, long meetingId, String title, Instant startsAt, long scheduledBy) {
		this(dialogueId, meetingId, title, startsAt, scheduledBy, null);
	}

}
