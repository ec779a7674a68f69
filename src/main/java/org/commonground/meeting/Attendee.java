package org.commonground.meeting;

/**
 * Someone who came to a meeting and agreed to be named, with the group they spoke for.
 */
public record Attendee(long id, String name, String groupLabel) {
}
