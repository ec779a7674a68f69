package org.commonground.dialogue;

import java.util.Map;

/**
 * Implemented by the module that records who came to a dialogue's meetings and what they
 * said there, so that the representation panel shows the room beside the members online.
 * Must answer with one query.
 */
public interface AttendanceCounter {

	/**
	 * The dialogue's meetings by the stakeholder group code people spoke for: people who
	 * attended, summed over its meetings, and the contributions recorded on their behalf
	 * with the people those speak for.
	 */
	Map<String, InRoom> inRoomByGroup(long dialogueId);

	/**
	 * One group's figures from the room.
	 *
	 * @param met people who attended the dialogue's meetings
	 * @param recorded contributions recorded on the group's behalf (challenges and
	 * comments, also counted among the contributions)
	 * @param spokenFor the people those recorded contributions speak for, summed
	 */
	record InRoom(long met, long recorded, long spokenFor) {

		public InRoom plus(InRoom other) {
			return new InRoom(this.met + other.met, this.recorded + other.recorded, this.spokenFor + other.spokenFor);
		}

	}

}
