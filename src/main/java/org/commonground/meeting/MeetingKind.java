package org.commonground.meeting;

/** What sort of gathering a meeting is. */
public enum MeetingKind {

	FIELD_VISIT, WORKSHOP, MEETING, ONLINE

}
