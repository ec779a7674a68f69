package org.commonground.meeting;

import java.time.Instant;

/** A facilitator planned a new meeting of a dialogue. */
public record MeetingScheduled(long dialogueId, long meetingId, String title, Instant startsAt, long scheduledBy) {
}
