package org.commonground.meeting;

/**
 * A facilitator cancelled a meeting.
 *
 * @param plan when and where it was to take place
 * @param reason why, or {@code null}
 */
public record MeetingCancelled(long dialogueId, long meetingId, String title, MeetingPlan plan, String reason,
		long cancelledBy) {
}
