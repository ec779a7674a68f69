package org.commonground.dialogue;

/**
 * Implemented by the module that records who came to a dialogue's meetings and what they
 * said there, so that the representation panel shows the room beside the members online.
 * Like a {@link ContributionCounter}, it gives one SQL select over its own tables, which
 * {@link RepresentationService} runs in the panel's one statement.
 */
public interface AttendanceCounter {

	/**
	 * The select, for the dialogue bound as {@code :dialogueId}, with four columns: the
	 * id of the stakeholder group people spoke for, the people who attended (summed over
	 * its meetings), the contributions recorded on the group's behalf and the people
	 * those speak for. A group may come in several rows; they are added up.
	 */
	String inRoomQuery();

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
