package org.commonground.dialogue;

import java.time.LocalDate;

/**
 * A contribution that a facilitator recorded on behalf of people in a room or on the
 * phone (issue 16): how many people it speaks for, the day it was said, and whether a
 * second facilitator has checked the record. The meeting module sets it; the modules that
 * own challenges and comments keep and show it ("recorded at Geita workshop, 12 March,
 * for 14 artisanal miners · awaiting check").
 *
 * @param people how many people it speaks for (at least 1)
 * @param on the day it was said, in the meeting's time zone
 * @param checked whether a second facilitator has checked it
 * @param channel how it reached the facilitator ({@code CARD}, {@code SMS}...), or null
 * when unknown
 * @param meetingId the meeting it was said at, or null (a text message belongs to none)
 * @param meetingTitle that meeting's title, or null
 */
public record RecordedVoice(int people, LocalDate on, boolean checked, String channel, Long meetingId,
		String meetingTitle) {

	public RecordedVoice(int people, LocalDate on, boolean checked) {
		this(people, on, checked, null, null, null);
	}

	/** The value of a row's three columns, or null when they are empty. */
	public static RecordedVoice of(Integer people, LocalDate on, Boolean checked) {
		return of(people, on, checked, null, null, null);
	}

	/**
	 * The value of a row's three columns with its record's channel and meeting, or null
	 * when the columns are empty.
	 */
	public static RecordedVoice of(Integer people, LocalDate on, Boolean checked, String channel, Long meetingId,
			String meetingTitle) {
		return (people == null || on == null) ? null
				: new RecordedVoice(people, on, Boolean.TRUE.equals(checked), channel, meetingId, meetingTitle);
	}

}
