package org.commonground.dialogue;

import java.util.Map;

/**
 * Implemented by the module that records who came to a dialogue's meetings, so that the
 * representation panel shows the people met in a room beside the members online. Must
 * answer with one query.
 */
public interface AttendanceCounter {

	/**
	 * People who attended the dialogue's meetings, summed over its meetings, by the
	 * stakeholder group code they spoke for.
	 */
	Map<String, Long> peopleMetByGroup(long dialogueId);

}
