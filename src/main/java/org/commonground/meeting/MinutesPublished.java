package org.commonground.meeting;

/** A facilitator published the minutes of a meeting. */
public record MinutesPublished(long dialogueId, long meetingId, String title, long publishedBy) {
}
