package org.commonground.dialogue;

import java.time.LocalDate;
import java.util.List;

/** The editable description of a dialogue, as a facilitator submits it. */
public record DialogueDetails(String title, String summary, String description, String location, String country,
		LocalDate startDate, LocalDate endDate, Visibility visibility, JoinPolicy joinPolicy,
		boolean pseudonymityAllowed, List<String> themes) {
}
