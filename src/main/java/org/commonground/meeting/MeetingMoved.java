package org.commonground.meeting;

/**
 * A facilitator changed when or where a meeting that has not taken place yet takes place
 * (its start, end, time zone or place; not its other details).
 *
 * @param plan the new time and place
 * @param version the meeting's version after the change (one event per change)
 */
public record MeetingMoved(long dialogueId, long meetingId, String title, MeetingPlan plan, long version,
		long movedBy) {
}
