package org.commonground.meeting;

import java.util.List;

/**
 * Who came to a meeting: counts per stakeholder group in display order, and the people
 * named with their consent.
 */
public record AttendanceSummary(List<Row> rows, int people, int women, int men, List<Attendee> named) {

	/** One group's counts; women and men {@code null} where not recorded. */
	public record Row(String code, String label, int people, Integer women, Integer men) {
	}

	public boolean isEmpty() {
		return this.rows.isEmpty() && this.named.isEmpty();
	}

	/** Whether any group's women or men were recorded. */
	public boolean byGender() {
		return this.rows.stream().anyMatch((r) -> r.women() != null || r.men() != null);
	}

}
