package org.commonground.meeting;

/**
 * How many people of one stakeholder group came to a meeting.
 *
 * @param women of them, where recorded; {@code null} otherwise
 * @param men of them, where recorded; {@code null} otherwise
 */
public record AttendanceCount(String groupCode, int people, Integer women, Integer men) {
}
