package org.commonground.meeting;

/** A meeting as other modules link to it: its id and title. */
public record MeetingRef(long id, String title) {
}
