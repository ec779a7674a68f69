package org.commonground.dialogue;

import java.time.LocalDate;
import java.util.List;

/**
 * The editable description of a dialogue, as a facilitator submits it. A blank time zone
 * means the zone of its country.
 */
public record DialogueDetails(String title, String summary, String description, String location, String country,
		LocalDate startDate, LocalDate endDate, Visibility visibility, JoinPolicy joinPolicy,
		boolean pseudonymityAllowed, List<String> themes, String timeZone) {

	/** Details whose time zone is the country's. */
	public DialogueDetails(String title, String summary, String description, String location, String country,
			LocalDate startDate, LocalDate endDate, Visibility visibility, JoinPolicy joinPolicy,
			boolean pseudonymityAllowed, List<String> themes) {
		this(title, summary, description, location, country, startDate, endDate, visibility, joinPolicy,
				pseudonymityAllowed, themes, null);
	}

}
