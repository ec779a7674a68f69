package org.commonground.meeting;

import java.time.LocalDate;

/**
 * The latest correction of published minutes, as readers see it beside what it corrected.
 *
 * @param on the day it was corrected, in the dialogue's time zone
 * @param reason the facilitator's reason
 */
public record MinuteCorrectionNote(LocalDate on, String reason) {

}
